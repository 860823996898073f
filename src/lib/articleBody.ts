/**
 * Article bodies rendered to HTML by the archive itself, without a Vite module per article.
 *
 * Astro's MDX pipeline compiles every body into a JavaScript module that Vite bundles: at 10,000
 * articles that is most of a build's time and all of its memory peak (BENCHMARKS.md). Almost
 * every article is Markdown plus the shared components with literal props, which needs no
 * JavaScript at all: such a "plain" body is parsed by the same compiler Astro uses (Sätteri, with
 * Astro's defaults: GFM and smart punctuation) into an HTML tree, the components are drawn by
 * bodyComponents.ts, and headings get Astro's ids. A body using anything else (an expression,
 * import or export, another tag, a code block Astro highlights, an image Astro optimises) takes
 * Astro's pipeline unchanged. A build test renders the sample both ways and compares the pages.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { drawComponent, type CardLookup } from './bodyComponents.ts';
import { absolute } from './feedHtml.ts';
import { MDX_COMPONENTS } from './mdxComponents.ts';

export type Heading = { depth: number; slug: string; text: string };

export type RenderedBody = {
  html: string;
  /** The same HTML for feeds: every link absolute (what toFeedHtml does to other bodies). */
  feedHtml: string;
  headings: Heading[];
};

/** Not escaped by a backslash: an escaped \{ or \< is plain text (imported articles have them). */
const UNESCAPED = String.raw`(?<!\\)(?:\\\\)*`;

/** What only Astro's MDX pipeline renders: ESM, expressions, code fences, images. */
const NEEDS_MDX_PIPELINE = [
  /^[ \t]*(?:import|export)\s/m,
  new RegExp(`${UNESCAPED}[{}]`),
  /^[ \t]*(?:```|~~~)/m,
  /!\[/,
];
const TAG = new RegExp(`${UNESCAPED}<\\/?([A-Za-z][\\w.:-]*)?`, 'g');

/** Whether `body` renders without Astro's MDX pipeline: Markdown and shared components only. */
export function isPlainBody(body: string): boolean {
  if (NEEDS_MDX_PIPELINE.some((pattern) => pattern.test(body))) return false;
  for (const [, name] of body.matchAll(TAG)) {
    if (!name || !Object.hasOwn(MDX_COMPONENTS, name)) return false;
  }
  return true;
}

/** Set to "1" to send every body through Astro's MDX pipeline (the renderings' comparison test). */
export const MDX_PIPELINE_ENV = 'ARCHIVE_ALL_BODIES_THROUGH_MDX';

/** Whether the archive renders `body` itself in this build (see isPlainBody). */
export function rendersItself(body: string): boolean {
  return process.env[MDX_PIPELINE_ENV] !== '1' && isPlainBody(body);
}

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
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      throw new Error(`<${node.name}> has an attribute that is not a literal`);
    }
    props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  }
  return props;
}

/**
 * Renders a plain body (see isPlainBody) to HTML and its headings, as Astro's MDX pipeline would:
 * same parser and options, same heading ids, the same component markup; and for feeds, with
 * links made absolute against `pageUrl`. A plain body holds nothing else a feed reader must not
 * get (no script, style or handler can be written in one).
 */
export function renderPlainBody(body: string, cards: CardLookup, pageUrl: string): RenderedBody {
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
    if (type.startsWith('mdx')) throw new Error(`a plain body cannot hold ${type}`);
    if (node.type !== 'element') return node;
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
    if (node.type === 'element' && typeof node.properties.href === 'string')
      node.properties.href = absolute(node.properties.href, pageUrl);
    if ('children' in node) node.children.forEach(absoluteLinks);
  };
  absoluteLinks(tree);
  return { html, feedHtml: toHtml(tree), headings };
}
