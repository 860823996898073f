/**
 * The editor's preview of an article body, in the browser: parsed by micromark (the archive's
 * own parser, Sätteri, has no build for the browser here), then drawn by the same code as the
 * site's pages (bodyTree.ts): the components look as they will, with the site's styles.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import type { CardLookup } from '../bodyComponents.ts';
import { drawBodyTree } from '../bodyTree.ts';

/** The preview's HTML of a body, or the reason it cannot be drawn. */
export type BodyPreview = { html: string } | { problem: string };

/**
 * Draws `body` as the site will; `pictureUrl` gives the address to show a picture the body
 * names (the editor's copy of an upload, or the file beside the article).
 */
export function previewBody(
  body: string,
  cards: CardLookup,
  pictureUrl: (src: string) => string,
): BodyPreview {
  try {
    const markdown = fromMarkdown(body.normalize('NFC'), {
      extensions: [gfm(), mdxJsx()],
      mdastExtensions: [gfmFromMarkdown(), mdxJsxFromMarkdown()],
    });
    const tree = toHast(markdown, {
      passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'],
    }) as Root;
    drawBodyTree(tree, cards, (src, alt): Element => ({
      type: 'element',
      tagName: 'img',
      properties: { src: pictureUrl(src), alt, className: ['h-auto', 'w-full', 'rounded'] },
      children: [],
    }));
    return { html: toHtml(tree) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
