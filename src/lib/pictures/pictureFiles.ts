/**
 * The files of article pictures, made by Astro's image pipeline (sharp) and kept in its cache
 * between builds. WebP, not AVIF: AVIF saves about a fifth more bytes but encodes many times
 * slower, and a newsroom's first build processes every photo of the archive (BENCHMARKS.md).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { PictureFiles } from './picture.ts';
import { ARTICLE_CROP_RATIOS, cropSize, sharesCover, type Size } from '../sharing/coverCrop.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../sharing/shareCard.ts';

/**
 * The widths made of every picture: 360 for the small covers of cards and phones at 1x, 720 for
 * phones at 2x, 1200 for phones at 3x and the article column on a desktop. Never wider than the
 * original. Three widths, not five: every file is encoded once and copied from the cache by every
 * later build, and at 10,000 covers each width costs a minute of a cold build (BENCHMARKS.md).
 */
export const PICTURE_WIDTHS = [360, 720, 1200];

/** The JPEG fallback's width: for feeds and the few browsers without WebP. */
export const FALLBACK_WIDTH = 1200;

/** How wide the article column draws a cover or a body picture. */
export const ARTICLE_PICTURE_SIZES = '(min-width: 768px) 768px, 100vw';

const made = new Map<string, Promise<PictureFiles>>();

async function make(image: ImageMetadata): Promise<PictureFiles> {
  const { width } = original(image);
  const widths = PICTURE_WIDTHS.filter((w) => w < width).concat(
    width <= PICTURE_WIDTHS.at(-1)! ? [width] : [],
  );
  const [webp, fallback] = await Promise.all([
    getImage({ src: image, widths, format: 'webp' }),
    getImage({ src: image, width: Math.min(FALLBACK_WIDTH, width), format: 'jpg' }),
  ]);
  return {
    webpSrcset: webp.srcSet.attribute,
    fallback: {
      src: fallback.src,
      width: Number(fallback.attributes.width),
      height: Number(fallback.attributes.height),
    },
  };
}

/**
 * The facts of an image without marking it as used as it is: reading a property of Astro's image
 * object makes the build publish the original file too (as Astro's own getImage, read the copy).
 */
function original(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}

/** The files of a picture, made once per build however many pages show it. */
export function pictureFiles(image: ImageMetadata): Promise<PictureFiles> {
  // The file's own path: the one property Astro lets code read without publishing the original.
  const key = (image as ImageMetadata & { fsPath: string }).fsPath;
  let files = made.get(key);
  if (!files) {
    files = make(image);
    made.set(key, files);
  }
  return files;
}

/**
 * An article's cover as Astro's image pipeline resolved it (content.config.ts). The archive's
 * types are the checker's, in which a cover is still a path: hence the look at its shape.
 */
export function coverImage(article: {
  data: { cover?: { src: unknown } };
}): ImageMetadata | undefined {
  const src = article.data.cover?.src;
  return typeof src === 'object' && src !== null ? (src as ImageMetadata) : undefined;
}

/** A crop made by the image pipeline: its path on the site and its size in pixels. */
export type Crop = { src: string; width: number; height: number };

async function crop(image: ImageMetadata, size: Size): Promise<Crop> {
  // cropSize keeps every size inside the original, so the file is made at exactly this size.
  const made = await getImage({ src: image, ...size, fit: 'cover', format: 'jpg' });
  return { src: made.src, ...size };
}

/**
 * The crops of an article's cover: `share`, 1200x630 for link previews (only when the cover is
 * large enough, see sharesCover), and `article`, the 16:9, 4:3 and 1:1 crops of its NewsArticle.
 */
export async function coverCrops(image: ImageMetadata): Promise<{ share?: Crop; article: Crop[] }> {
  const size = original(image);
  const [share, ...article] = await Promise.all([
    sharesCover(size) ? crop(image, { width: CARD_WIDTH, height: CARD_HEIGHT }) : undefined,
    ...ARTICLE_CROP_RATIOS.map((ratio) => crop(image, cropSize(size, ratio))),
  ]);
  return { share, article: article as Crop[] };
}

/** Whether an article shares a crop of its cover (true) or its generated card. */
export function sharesCoverOf(article: { data: { cover?: { src: unknown } } }): boolean {
  const image = coverImage(article);
  return image !== undefined && sharesCover(original(image));
}
