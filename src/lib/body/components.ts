/** The components journalists may use in any article without importing them, and what each needs. */
import type { ToolMessages } from '#src/i18n/vi.ts';
import { quoteIds } from '../shared/closestIds.ts';

export type ComponentSpec = {
  /** Props that must be given. */
  required: string[];
  /** Props that may be given. */
  optional: string[];
  /** Whether it wraps Markdown (`<FactBox ...>...</FactBox>`) or stands alone (`<ModelCard ... />`). */
  wraps: boolean;
  /** A prop that names an entry of a collection, checked like front-matter references. */
  reference?: { prop: string; collection: 'models' | 'people' };
};

export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  PullQuote: { required: ['author'], optional: ['role'], wraps: true },
  Figure: { required: ['caption'], optional: ['credit'], wraps: true },
  FactBox: { required: ['title'], optional: [], wraps: true },
  Timeline: { required: [], optional: ['title'], wraps: true },
  ModelCard: {
    required: ['id'],
    optional: [],
    wraps: false,
    reference: { prop: 'id', collection: 'models' },
  },
  PersonCard: {
    required: ['id'],
    optional: [],
    wraps: false,
    reference: { prop: 'id', collection: 'people' },
  },
};

export type ComponentUse = { name: string; line: number; props: Record<string, string> };

const TAG =
  /<([A-Z][A-Za-z0-9]*)((?:\s+[a-zA-Z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const PROP = /([a-zA-Z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Every opening tag of a capitalised component in `body`, with its line and its literal props. */
export function componentUses(body: string, firstLine: number): ComponentUse[] {
  const uses: ComponentUse[] = [];
  body.split('\n').forEach((text, index) => {
    for (const [, name, attributes] of text.matchAll(TAG)) {
      const props: Record<string, string> = {};
      for (const [, prop, double, single, expression] of attributes.matchAll(PROP)) {
        props[prop] = double ?? single ?? expression?.replace(/^\s*(["'])(.*)\1\s*$/, '$2') ?? '';
      }
      uses.push({ name, line: firstLine + index, props });
    }
  });
  return uses;
}

export type ComponentProblem = { line: number; field: string; message: string; hint: string };

/**
 * Missing required props of the shared components, and card ids that name no model or person.
 * Components defined in the article itself are not checked here.
 */
export function componentProblems(
  body: string,
  firstLine: number,
  known: Record<'models' | 'people', ReadonlySet<string>>,
  suggest: (id: string, among: ReadonlySet<string>) => string[],
  say: ToolMessages,
): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  for (const use of componentUses(body, firstLine)) {
    const spec = MDX_COMPONENTS[use.name];
    if (!spec) continue;
    for (const prop of spec.required) {
      if (use.props[prop] !== undefined && use.props[prop].trim() !== '') continue;
      const tag = `<${use.name} ${prop}="..."${spec.wraps ? '>' : ' />'}`;
      problems.push({
        line: use.line,
        field: 'body',
        message: say.components.needsProp(use.name, prop),
        hint: say.components.writeAs(tag),
      });
    }
    const reference = spec.reference;
    const id = reference ? use.props[reference.prop] : undefined;
    if (reference && id && !known[reference.collection].has(id)) {
      const near = suggest(id, known[reference.collection]);
      problems.push({
        line: use.line,
        field: 'body',
        message: say.components.unknownCard(use.name, say.collections[reference.collection], id),
        hint: near.length
          ? say.didYouMean(quoteIds(near))
          : say.content.addOrUse(`${reference.collection}/${id}.yaml`),
      });
    }
  }
  return problems;
}
