/** An article as HTML for feeds: its cover, then its body, every link and picture absolute. */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { drawFigure } from '../body/drawComponents.ts';
import { absoluteLink } from '../shared/paths.ts';
import { getArchive, getFeedBody } from '../content/currentArchive.ts';
import { coverImage, pictureFiles } from '../pictures/pictureFiles.ts';
import { memoWithReads } from '../shared/readTracking.ts';

/** The cover as feed readers show it: one JPEG with its alt text, caption and credit. */
async function coverHtml(id: string, pageUrl: string): Promise<string> {
  const article = (await getArchive()).articleById.get(id);
  const cover = article?.data.cover;
  const image = article && coverImage(article);
  if (!cover || !image) return '';
  const { fallback } = await pictureFiles(image);
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: {
      src: absoluteLink(fallback.src, pageUrl),
      alt: cover.alt,
      width: fallback.width,
      height: fallback.height,
    },
    children: [],
  };
  return toHtml(drawFigure(cover, [img]));
}

async function render(id: string, pageUrl: string): Promise<string> {
  const [cover, body] = await Promise.all([coverHtml(id, pageUrl), getFeedBody(id)]);
  return cover + body;
}

/**
 * The feed-ready HTML of an article; every feed that holds it shares one rendering, and records
 * what that rendering read (readTracking.ts).
 */
export const articleHtml: (id: string, pageUrl: string) => Promise<string> = memoWithReads(render);
