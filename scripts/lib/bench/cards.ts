/** What the link-preview cards cost: how many a build drew, and how fast they are drawn. */
import { existsSync, readdirSync } from 'node:fs';
import { drawShareCard } from '#src/lib/sharing/shareCard.ts';
import { SHARE_CARD_CACHE_DIR } from '#src/lib/sharing/shareCardCache.ts';

/** The cards of one build: drawn (new in the cache), and the rate at which cards are drawn. */
export type CardFigures = { drawn: number };

/** How many cards the cache holds: a build adds one file for each card it draws. */
export function cachedCards(dir = SHARE_CARD_CACHE_DIR): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.png')).length : 0;
}

/**
 * Cards drawn per second on this machine, several at once as a build draws them (its pages are
 * written four at a time): `count` cards of different titles after one that loads the fonts.
 */
export async function cardsPerSecond(count = 20): Promise<number> {
  const card = (n: number) => ({
    title: `Những con đường mang tên đồng thuận ở thôn Khuổi Hin, số ${n}`,
    kicker: `Bài ${(n % 3) + 1}/3 · Học và làm theo Bác`,
    publisher: 'Báo Bắc Kạn',
  });
  await drawShareCard(card(0));
  const start = performance.now();
  await Promise.all(Array.from({ length: count }, (_, n) => drawShareCard(card(n + 1))));
  return count / ((performance.now() - start) / 1000);
}
