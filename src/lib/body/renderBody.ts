/**
 * Article bodies rendered to HTML by the archive itself, without a JavaScript module per article.
 *
 * An article is data, not code (bodyRules.ts): Markdown plus the shared components with literal
 * props. So its body needs no MDX compiler and no JavaScript at all: it is parsed by the same
 * parser Astro uses (Sätteri, with Astro's defaults: GFM and smart punctuation) into an HTML
 * tree, the components are drawn by drawComponents.ts, pictures come from Astro's image pipeline,
 * and headings get Astro's ids. The checker refuses everything else before a build starts; this
 * renderer refuses it again (it throws), so nothing unchecked reaches a page or a feed.
 */
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import type { CardLookup } from './drawComponents.ts';
import { drawBodyTree, type Heading, type PictureLookup } from './bodyTree.ts';
import { absoluteLink } from '../shared/paths.ts';

export type { Heading, PictureLookup } from './bodyTree.ts';

export type RenderedBody = {
  html: string;
  /** The same HTML for feeds: every link and picture absolute. */
  feedHtml: string;
  headings: Heading[];
};

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
  const headings = drawBodyTree(tree, cards, pictures);
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
