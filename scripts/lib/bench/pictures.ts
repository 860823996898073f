/** What the pictures cost: images the build made or reused, and the bytes a phone downloads. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { TimedLine } from './run.ts';

/** The images of one build, from Astro's log ("▶ /_astro/x.webp (before: ...)" per image). */
export type ImageFigures = {
  /** Images encoded by this build. */
  made: number;
  /** Images copied from the image cache of an earlier build. */
  reused: number;
  /** Seconds from "generating optimized images" to the end of that step. */
  seconds: number;
};

const ANSI = /\x1b\[[0-9;]*m/g;

/** Counts the images a build made and reused, and how long that step took, from its log. */
export function imageFigures(lines: readonly TimedLine[]): ImageFigures {
  const texts = lines.map((line) => line.text.replace(ANSI, '').trim());
  const start = texts.findIndex((text) => /generating optimized images/.test(text));
  if (start < 0) return { made: 0, reused: 0, seconds: 0 };
  let made = 0;
  let reused = 0;
  let end = start;
  for (let i = start + 1; i < texts.length; i++) {
    if (/✓ Completed in /.test(texts[i])) {
      end = i;
      break;
    }
    if (!texts[i].includes('▶')) continue;
    if (texts[i].includes('(before:')) made++;
    else reused++;
    end = i;
  }
  return { made, reused, seconds: lines[end].at - lines[start].at };
}

/**
 * The candidate of a srcset ("a.webp 360w, b.webp 720w") a browser takes to fill `devicePixels`:
 * the narrowest at least that wide, else the widest.
 */
export function chooseCandidate(srcset: string, devicePixels: number): string | undefined {
  const candidates = srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url, width]) => ({ url, width: Number.parseInt(width ?? '0', 10) }))
    .sort((a, b) => a.width - b.width);
  return (candidates.find((c) => c.width >= devicePixels) ?? candidates.at(-1))?.url;
}

/** The cover bytes a phone downloads on one article page, at each device pixel ratio. */
export type CoverDownload = { cssWidth: number; bytesByDpr: Record<string, number> };

/**
 * What a phone `cssWidth` pixels wide downloads for the cover of the article page `pagePath`
 * (relative to `dir`) at 2x and 3x, the cover filling the screen's width as its `sizes` says
 * below 768 px; undefined when the page has no cover.
 */
export function coverDownload(
  dir: string,
  pagePath: string,
  cssWidth = 360,
): CoverDownload | undefined {
  const html = readFileSync(path.join(dir, pagePath), 'utf8');
  const source = parse(html).querySelector('article picture source[type="image/webp"]');
  const srcset = source?.getAttribute('srcset');
  if (!srcset) return undefined;
  const bytesByDpr: Record<string, number> = {};
  for (const dpr of [2, 3]) {
    const url = chooseCandidate(srcset, cssWidth * dpr);
    const file = url && path.join(dir, decodeURIComponent(url));
    bytesByDpr[`${dpr}x`] = file && existsSync(file) ? statSync(file).size : Number.NaN;
  }
  return { cssWidth, bytesByDpr };
}
