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
import type { CardLookup } from '../body/drawComponents.ts';
import { drawBodyTree } from '../body/bodyTree.ts';
import { parseHint } from '../body/bodySafety.ts';
import { toolMessages } from '#src/i18n/vi.ts';

const say = toolMessages.body;

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
    return { problem: problemOf(error) };
  }
}

/** What the parser or the drawing code refused, in the checker's words. */
function problemOf(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason !== 'string') return error instanceof Error ? error.message : String(error);
  // micromark's reason names places in the body ("(1:1-1:10)"); the editor shows no lines.
  const words = reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  return `${say.doesNotCompile(words)} (${parseHint(words, say)})`;
}
