/**
 * The sizes of an article cover's crops: 1.91:1 for link previews, 16:9, 4:3 and 1:1 for
 * search engines' NewsArticle. Astro's image service never enlarges (sharp's
 * `withoutEnlargement`), and asked for more than the original has it silently skips the crop:
 * so every size asked for fits inside the original, and the size declared is the size made.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './shareCard.ts';

/** A picture's size in pixels. */
export type Size = { width: number; height: number };

/** The aspect ratios of the NewsArticle crops, as Google's article guidelines list them. */
export const ARTICLE_CROP_RATIOS = [
  [16, 9],
  [4, 3],
  [1, 1],
] as const;

/** How wide a crop is made when the original allows: Google asks for at least 1200 px. */
export const CROP_WIDTH = 1200;

/** The largest crop of `ratio` (width, height) that fits in `original`, at most `maxWidth` wide. */
export function cropSize(
  original: Size,
  ratio: readonly [number, number],
  maxWidth = CROP_WIDTH,
): Size {
  const [across, down] = ratio;
  const fullWidth = Math.min(original.width, Math.floor((original.height * across) / down));
  const width = Math.min(fullWidth, maxWidth);
  // Never taller than the original, even when rounding up would ask one pixel more.
  const height = Math.min(original.height, Math.round((width * down) / across));
  return { width, height };
}

/**
 * Whether a cover is large enough to be the page's link preview: a 1200x630 crop, the size
 * Facebook and Zalo show in full. A smaller cover would be shown as a thumbnail, so the page
 * shares its generated card instead.
 */
export function sharesCover(original: Size): boolean {
  return original.width >= CARD_WIDTH && original.height >= CARD_HEIGHT;
}
