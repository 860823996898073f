/** A content file that cannot be read, in the tools' language: what is wrong and how to fix it. */
import type { ToolMessages } from '#src/i18n/vi.ts';
import type { SyntaxProblem } from './sourceFiles.ts';

type YamlError = keyof ToolMessages['syntax']['errors'];

/** The YAML mistakes journalists make most, known by the yaml package's message. */
const YAML_ERRORS: [RegExp, YamlError][] = [
  [/^Nested mappings are not allowed in compact mappings/, 'colonInValue'],
  [/^Implicit keys need to be on a single line/, 'strayLine'],
  [/^Unexpected scalar at node end/, 'afterQuote'],
  [/^Missing closing .?quote/, 'unclosedQuote'],
  [/^Map keys must be unique/, 'twice'],
  [/must be sufficiently indented and end with a \]/, 'unclosedList'],
  [/^All mapping items must start at the same column/, 'indentation'],
  [/^Tabs are not allowed as indentation/, 'tab'],
];

/** The message and fix for a file that cannot be read; the parser's own words for rarer YAML errors. */
export function describeSyntaxError(
  problem: SyntaxProblem,
  say: ToolMessages['syntax'],
): { message: string; hint: string } {
  const parserMessage = problem.parserMessage ?? '';
  switch (problem.kind) {
    case 'no-front-matter':
      return { message: say.noFrontMatter, hint: say.noFrontMatterHint };
    case 'aliases':
      return { message: say.yaml(parserMessage), hint: say.aliasesHint };
    case 'yaml': {
      const known = YAML_ERRORS.find(([pattern]) => pattern.test(parserMessage))?.[1];
      return known
        ? { message: say.yaml(say.errors[known].message), hint: say.errors[known].hint }
        : { message: say.yaml(parserMessage), hint: say.otherHint };
    }
  }
}
