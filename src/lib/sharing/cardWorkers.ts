/**
 * Share cards drawn in worker threads, one per core. Drawing a card makes megabytes of garbage
 * (satori's layout, the 1200x630 pixels); in Astro's process it was collected in the heap that
 * holds the whole archive, so each card cost more as the archive grew: 50 ms of wall time a card
 * at 10,000 articles, 85-106 ms at 50,000 (BENCHMARKS.md). A worker's heap holds one card.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './cardWorker.ts';
import type { ShareCard } from './shareCard.ts';

/**
 * The worker's module, from the project's root: Astro bundles this file into its build, where
 * its own URL no longer names the sources; the build runs from the project's root.
 */
export const CARD_WORKER_FILE = path.resolve('src/lib/sharing/cardWorker.ts');

/** A worker's heap limit: over ten times what drawing the longest sample title takes. */
const CARD_WORKER_HEAP_MIB = 512;

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending> };

const slots: Slot[] = [];
let nextId = 0;

/** A worker that fails takes its cards with it, and leaves the pool for a new one. */
function startWorker(): Slot {
  // A card's drawing needs tens of megabytes; a worker would otherwise take the heap limit the
  // build gives Astro's process (most of the machine) and collect its garbage that much later.
  const worker = new Worker(CARD_WORKER_FILE, {
    resourceLimits: { maxOldGenerationSizeMb: CARD_WORKER_HEAP_MIB },
  });
  const slot: Slot = { worker, pending: new Map() };
  const fail = (error: Error) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    for (const job of slot.pending.values()) job.reject(error);
    slot.pending.clear();
  };
  slot.worker.on('message', (result: CardResult) => {
    const job = slot.pending.get(result.id)!;
    slot.pending.delete(result.id);
    // An idle worker keeps no process alive (tests, astro dev): only a busy one is referenced.
    if (slot.pending.size === 0) slot.worker.unref();
    if ('error' in result) job.reject(new Error(`share card: ${result.error}`));
    else job.resolve(Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
  });
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => {
    if (slot.pending.size > 0) fail(new Error(`the share card worker stopped (exit ${code})`));
  });
  slot.worker.unref();
  slots.push(slot);
  return slot;
}

/** Draws `card` (see drawShareCard) in the least busy worker, starting one up to a core each. */
export function drawShareCardInWorker(card: ShareCard): Promise<Buffer> {
  const idle = slots.find((slot) => slot.pending.size === 0);
  const slot =
    idle ??
    (slots.length < availableParallelism()
      ? startWorker()
      : slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (slot.pending.size === 0) slot.worker.ref();
    slot.pending.set(id, { resolve, reject });
    slot.worker.postMessage({ id, card } satisfies CardJob);
  });
}
