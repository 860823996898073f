/**
 * Article bodies rendered to HTML by the archive itself, without a JavaScript module per article.
 *
 * An article is data, not code (bodyRules.ts): Markdown plus the shared components with literal
 * props. So its body needs no MDX compiler and no JavaScript at all: it is parsed by the same
 * parser Astro uses (Sätteri, with Astro's defaults: GFM and smart punctuation) into an HTML
 * tree, the components are drawn by bodyComponents.ts, pictures come from Astro's image pipeline,
 * and headings get Astro's ids. The checker refuses everything else before a build starts; this
 * renderer refuses it again (it throws), so nothing unchecked reaches a page or a feed.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { drawComponent, type CardLookup } from './bodyComponents.ts';
import { isComment, isSafeLink } from './bodyRules.ts';
import { absoluteLink } from './paths.ts';

export type Heading = { depth: number; slug: string; text: string };

export type RenderedBody = {
  html: string;
  /** The same HTML for feeds: every link and picture absolute. */
  feedHtml: string;
  headings: Heading[];
};

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
      throw new Error(`<${node.name}> has an attribute that is not a literal`);
    }
    props[attribute.name] = value ?? '';
  }
  return props;
}

/**
 * Renders a body to HTML and its headings: Markdown, the shared components, pictures drawn by
 * `pictures`; and for feeds, with links and pictures made absolute against `pageUrl`.
 */
export function renderBody(
  body: string,
  cards: CardLookup,
  pictures: PictureLookup,
  pageUrl: string,
): RenderedBody {
  const tree = mdxToHast(body.normalize('NFC'), {
    features: { gfm: true, smartPunctuation: true },
    position: false,
  }) as Root;
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
    if (type.startsWith('mdx') || type === 'raw') throw new Error(`a body cannot hold ${type}`);
    if (node.type !== 'element') return node;
    if (node.tagName === 'img') {
      return pictures(String(node.properties.src ?? ''), String(node.properties.alt ?? ''));
    }
    const href = node.properties.href;
    if (typeof href === 'string' && !isSafeLink(href)) throw new Error(`unsafe link "${href}"`);
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
  const html = toHtml(tree);
  const absoluteLinks = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const { properties } = node;
      for (const name of ['href', 'src'] as const) {
        const value = properties[name];
        if (typeof value === 'string') properties[name] = absoluteLink(value, pageUrl);
      }
      if (typeof properties.srcSet === 'string') {
        properties.srcSet = properties.srcSet.replace(
          /(^|,\s*)(\S+)/g,
          (_match, lead, url) => `${lead}${absoluteLink(url, pageUrl)}`,
        );
      }
    }
    if ('children' in node) node.children.forEach(absoluteLinks);
  };
  absoluteLinks(tree);
  return { html, feedHtml: toHtml(tree), headings };
}
