/**
 * An article body's HTML tree, as a parser gives it (with MDX's component nodes), made into the
 * archive's HTML: the shared components drawn, pictures drawn by the caller, links checked and
 * headings given Astro's ids. The build (renderBody.ts) and the editor's preview share it.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { drawComponent, type CardLookup } from './drawComponents.ts';
import { isComment, isSafeLink, shortCode } from './bodySafety.ts';
import { toolMessages } from '#src/i18n/vi.ts';

/** The renderers' refusals, in the checker's words (the checker reports them first). */
const say = toolMessages.body;

export type Heading = { depth: number; slug: string; text: string };

/** Draws the picture a body names (`src` as written), or throws when it has none such. */
export type PictureLookup = (src: string, alt: string) => Element;

type MdxJsxElement = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
};

function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function literalProps(node: MdxJsxElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const { value } = attribute;
    const literal = value === null || value === undefined || typeof value === 'string';
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string' || !literal) {
      throw new Error(
        typeof attribute.name === 'string'
          ? say.expressionProp(node.name ?? '', attribute.name)
          : say.spreadProp(node.name ?? '', shortCode(String(value ?? ''))),
      );
    }
    props[attribute.name] = value ?? '';
  }
  return props;
}

/**
 * Draws a parsed body in place and returns its headings; throws on anything a body may not hold
 * (the checker refuses it first).
 */
export function drawBodyTree(tree: Root, cards: CardLookup, pictures: PictureLookup): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];

  const visit = (node: RootContent): RootContent => {
    const type = node.type as string;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxElement;
      // Children first: Astro ids headings in document order, inside components too.
      const children = jsx.children.map(visit) as ElementContent[];
      return drawComponent(jsx.name ?? '', literalProps(jsx), children, cards);
    }
    if (type === 'mdxTextExpression' || type === 'mdxFlowExpression') {
      const code = String((node as unknown as { value: unknown }).value);
      if (isComment(code)) return { type: 'text', value: '' };
    }
    if (type.startsWith('mdx') || type === 'raw') {
      const code = String((node as unknown as { value?: unknown }).value ?? '');
      throw new Error(
        type === 'raw' ? say.htmlTag(shortCode(code)) : say.expression(shortCode(code)),
      );
    }
    if (node.type !== 'element') return node;
    if (node.tagName === 'img') {
      return pictures(String(node.properties.src ?? ''), String(node.properties.alt ?? ''));
    }
    const href = node.properties.href;
    if (typeof href === 'string' && !isSafeLink(href)) throw new Error(say.unsafeLink(href));
    if (/^h[1-6]$/.test(node.tagName)) {
      const text = textOf(node);
      const slug = slugger.slug(text);
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      node.properties = { ...node.properties, id: slug };
    }
    node.children = node.children.map(visit) as Element['children'];
    return node;
  };

  tree.children = tree.children.map(visit);
  return headings;
}
