/** The components journalists may use in any article without importing them, and what each needs. */

export type ComponentSpec = {
  /** Props that must be given. */
  required: string[];
  /** A prop that names an entry of a collection, checked like front-matter references. */
  reference?: { prop: string; collection: 'models' | 'people' };
};

export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  PullQuote: { required: ['author'] },
  Figure: { required: ['caption'] },
  FactBox: { required: ['title'] },
  Timeline: { required: [] },
  ModelCard: { required: ['id'], reference: { prop: 'id', collection: 'models' } },
  PersonCard: { required: ['id'], reference: { prop: 'id', collection: 'people' } },
};

export type ComponentUse = { name: string; line: number; props: Record<string, string> };

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[a-zA-Z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const PROP = /([a-zA-Z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Every opening tag of a capitalised component in `body`, with its line and its literal props. */
export function componentUses(body: string, firstLine: number): ComponentUse[] {
  const uses: ComponentUse[] = [];
  body.split('\n').forEach((text, index) => {
    for (const [, name, attributes] of text.matchAll(TAG)) {
      const props: Record<string, string> = {};
      for (const [, prop, double, single, expression] of attributes.matchAll(PROP)) props[prop] = double ?? single ?? expression ?? '';
      uses.push({ name, line: firstLine + index, props });
    }
  });
  return uses;
}
