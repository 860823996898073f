/** MDX bodies checked the way the build compiles them (Sätteri, Astro's MDX compiler). */
import { mdxToJs } from 'satteri';
import { MDX_COMPONENTS } from './mdxComponents.ts';

/** Components every article may use without importing them (none yet beyond HTML). */
export const GLOBAL_COMPONENTS: ReadonlySet<string> = new Set(Object.keys(MDX_COMPONENTS));

export type MdxProblem = { line: number; message: string; hint: string };

const COMPONENT_TAG = /<([A-Z][A-Za-z0-9]*)(?=[\s/>])/g;
const DEFINED_NAME =
  /^(?:export\s+(?:const|let|var|function)\s+([A-Z][A-Za-z0-9]*)|import\s+([A-Z][A-Za-z0-9]*)\b|import\s*\{([^}]*)\})/gm;

/** How to fix what stops a body from compiling: the tag or brace concerned when the compiler names it. */
function compileHint(reason: string): string {
  const tag = /closing tag for `<([^>\s]+)>`/.exec(reason)?.[1];
  if (tag) return `close it with </${tag}>, or write \\< where "<" is plain text`;
  if (reason.includes('closing brace for `{`'))
    return 'close it with }, or write \\{ where "{" is plain text';
  return 'close every <tag>, and write { } and < > as \\{ \\} and \\< \\> when they are plain text';
}

/**
 * What stops an MDX body from compiling (an unclosed tag, a stray brace), and the components it
 * uses that are neither defined in it nor available to every article. `firstLine` is the file
 * line of the body's first line.
 */
export function mdxProblems(body: string, firstLine: number): MdxProblem[] {
  try {
    mdxToJs(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*?)(?: \(mdx[^)]*\))?$/s.exec(message.split('\n')[0]);
    // Positions inside the message count from the body; the line already says where.
    const reason = (match ? match[3] : message).replace(/ \(\d+:\d+\)/g, '');
    return [
      {
        line: match ? firstLine + Number(match[1]) - 1 : firstLine,
        message: `MDX does not compile: ${reason}`,
        hint: compileHint(reason),
      },
    ];
  }
  const defined = new Set(GLOBAL_COMPONENTS);
  for (const match of body.matchAll(DEFINED_NAME)) {
    for (const name of [match[1], match[2], ...(match[3]?.split(',') ?? [])]) {
      const clean = name
        ?.trim()
        .split(/\s+as\s+/)
        .pop();
      if (clean) defined.add(clean);
    }
  }
  const problems: MdxProblem[] = [];
  body.split('\n').forEach((text, index) => {
    for (const [, name] of text.matchAll(COMPONENT_TAG)) {
      if (defined.has(name)) continue;
      problems.push({
        line: firstLine + index,
        message: `unknown component <${name}>`,
        hint: GLOBAL_COMPONENTS.size
          ? `use one of ${[...GLOBAL_COMPONENTS].map((c) => `<${c}>`).join(', ')}, or define it in the article`
          : 'articles have no shared components yet: remove it, or define it in the article with export const',
      });
    }
  });
  return problems;
}
