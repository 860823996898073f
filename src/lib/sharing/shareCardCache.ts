/** Share cards cached by content: an unchanged card is drawn once, then read from disk. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ShareCard } from './shareCard.ts';
import { drawShareCardInWorker } from './cardWorkers.ts';

/** Bump when the card's drawing changes (layout, fonts, colours): every cached card is redrawn. */
export const CARD_VERSION = 2;

/** Where builds keep the cards they drew, beside Astro's own caches. */
export const SHARE_CARD_CACHE_DIR = 'node_modules/.cache/share-cards';

/** The content hash of a card: the same words and version give the same key, and the same PNG. */
export function cardKey(card: ShareCard): string {
  // A fixed field order, so that the key never depends on how the object was built.
  const inputs = [CARD_VERSION, card.title, card.kicker, card.subtitle, card.publisher, card.site];
  return createHash('sha256')
    .update(JSON.stringify(inputs.map((value) => value ?? null)))
    .digest('hex');
}

/** The card's PNG from `<cacheDir>/<key>.png`, drawn and written there only when absent. */
export async function cachedShareCard(
  card: ShareCard,
  cacheDir: string,
  draw: (card: ShareCard) => Promise<Buffer> = drawShareCardInWorker,
): Promise<Buffer> {
  const file = path.join(cacheDir, `${cardKey(card)}.png`);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await draw(card);
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed, so that a build stopped halfway never leaves half a PNG behind.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
