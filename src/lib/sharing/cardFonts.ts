/**
 * The fonts of the share cards: Be Vietnam Pro from @fontsource, read from node_modules.
 * Satori reads WOFF but not WOFF2, so the site's own serif (@fontsource-variable/noto-serif,
 * WOFF2 only) cannot draw the cards; Be Vietnam Pro ships WOFF files and was drawn for Vietnamese.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontCodePoints } from './fontCoverage.ts';
import { once } from '../shared/collections.ts';

/** The weights a card uses: titles and names in bold, the line under the title in regular. */
export type CardWeight = 400 | 700;

/** One subset of one weight, registered with satori under a name of its own. */
export type CardFontFile = { name: string; weight: CardWeight; file: string };

/** The subsets, ASCII first. Each is its own font name: under one shared name satori keeps one file per weight, and Đ, ư, ờ vanish. */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS: CardWeight[] = [400, 700];

/** Every font name, in the order satori should try them for a character. */
export const CARD_FONT_STACK = SUBSETS.map((subset) => `Be Vietnam Pro ${subset}`);

const resolve = createRequire(import.meta.url).resolve;

/** The font files of the cards, each with its absolute path. */
export function cardFontFiles(): CardFontFile[] {
  return WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: `Be Vietnam Pro ${subset}`,
      weight,
      file: resolve(
        `@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`,
      ),
    })),
  );
}

/** A font as satori takes it. */
export type SatoriFont = { name: string; weight: CardWeight; style: 'normal'; data: Buffer };

/** The card fonts' data, read once per process. */
export const loadCardFonts: () => Promise<SatoriFont[]> = once(() =>
  Promise.all(
    cardFontFiles().map(async (font) => ({
      name: font.name,
      weight: font.weight,
      style: 'normal' as const,
      data: await readFile(font.file),
    })),
  ),
);

/** The characters of `text` that no card font of `weight` can draw (spaces and line breaks aside). */
export function missingGlyphs(text: string, weight: CardWeight = 700): string[] {
  const covered = coverage(weight);
  const missing = [...new Set(text.normalize('NFC'))].filter(
    (char) => !/\s/.test(char) && !covered.has(char.codePointAt(0)!),
  );
  return missing;
}

const coverageByWeight = new Map<CardWeight, Set<number>>();

function coverage(weight: CardWeight): Set<number> {
  let points = coverageByWeight.get(weight);
  if (!points) {
    points = new Set(
      cardFontFiles()
        .filter((font) => font.weight === weight)
        .flatMap((font) => [...fontCodePoints(readFileSync(font.file))]),
    );
    coverageByWeight.set(weight, points);
  }
  return points;
}
