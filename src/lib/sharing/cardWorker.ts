/** The worker thread of cardWorkers.ts: draws the cards it is sent and posts their PNGs back. */
import { parentPort } from 'node:worker_threads';
import { drawShareCard, type ShareCard } from './shareCard.ts';

/** A card to draw, numbered by the pool. */
export type CardJob = { id: number; card: ShareCard };
/** The PNG of a card, or why it could not be drawn. */
export type CardResult = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, card }: CardJob) => {
  let result: CardResult;
  try {
    result = { id, png: await drawShareCard(card) };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(result);
});
