/**
 * A responsive picture as an HTML tree: WebP in several widths for browsers that take it, one
 * JPEG for the rest, the intrinsic size so nothing shifts as it loads. One drawing serves covers,
 * body pictures and the small pictures of cards (pictureFiles.ts makes the files).
 */
import type { Element } from 'hast';

/** The files of one picture, as Astro's image pipeline names them. */
export type PictureFiles = {
  /** WebP in several widths, as a srcset ("/_astro/a.webp 360w, ..."). */
  webpSrcset: string;
  /** The JPEG fallback (also what feeds and old browsers get). */
  fallback: { src: string; width: number; height: number };
};

/** How one place shows a picture. */
export type PictureOptions = {
  /** The `sizes` attribute: how wide the picture is drawn. */
  sizes: string;
  /** The first picture a reader sees loads at once, with high priority; the others when near. */
  eager?: boolean;
  /** Classes of the <img>. */
  className?: string;
};

/** The <picture> element of `files`, with `alt` for readers who cannot see it. */
export function pictureElement(files: PictureFiles, alt: string, options: PictureOptions): Element {
  const { fallback } = files;
  return {
    type: 'element',
    tagName: 'picture',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'source',
        properties: { type: 'image/webp', srcSet: files.webpSrcset, sizes: options.sizes },
        children: [],
      },
      {
        type: 'element',
        tagName: 'img',
        properties: {
          src: fallback.src,
          alt,
          width: fallback.width,
          height: fallback.height,
          decoding: 'async',
          loading: options.eager ? 'eager' : 'lazy',
          ...(options.eager ? { fetchPriority: 'high' } : {}),
          ...(options.className ? { className: options.className.split(' ') } : {}),
        },
        children: [],
      },
    ],
  };
}
