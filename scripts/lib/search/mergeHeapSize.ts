/**
 * The heap the search index merge (scripts/lib/search/searchIndexParts.ts) is given, from what its
 * parts hold and what the machine has, instead of a fixed guess (96 MB + 2 MB a part ran out at
 * 50,000 articles).
 *
 * What the merge holds at once: every part's metadata and filters (decoded whole), one decoded
 * word chunk of each part (mergeWords reads the parts side by side), and the merged chunk being
 * filled, which is at most what the parts' chunks hold (one very common word can make it that
 * large). Decoded CBOR takes about 40 bytes of JavaScript heap per byte on disk (uncompressed):
 * measured on 60 word chunks of a 10,000-article index (5.8 MiB of CBOR, 230 MiB of heap).
 */

/** What the merge will read, in uncompressed bytes of Pagefind's files (CBOR). */
export type MergeInput = {
  /** Each part's largest word chunk. */
  largestChunkBytes: number[];
  /** All parts' metadata and filter files together. */
  metaBytes: number;
};

/** The heap to give the merge, or why it cannot run. */
export type MergeHeap =
  | { ok: true; heapMiB: number; neededMiB: number }
  | { ok: false; neededMiB: number; availableMiB: number; message: string };

/** Heap bytes per uncompressed CBOR byte, decoded (measured: 39.6). */
export const HEAP_PER_BYTE = 40;
/** Room for V8 to collect garbage in: a heap near its limit spends its time collecting. */
export const GC_MARGIN = 2;
/** The worker's own heap before it reads anything (modules, cborg), with room to spare. */
export const BASE_MIB = 64;

const MIB = 2 ** 20;

/**
 * The old-generation heap, in MiB, that the merge of `input` needs, and whether `availableBytes`
 * (the machine's memory free for it) holds it; the heap is never set above what is available.
 */
export function mergeHeapSize(input: MergeInput, availableBytes: number): MergeHeap {
  const chunks = input.largestChunkBytes.reduce((sum, bytes) => sum + bytes, 0);
  // One chunk of each part, the merged chunk (at most as large), the metadata and filters.
  const live = (2 * chunks + input.metaBytes) * HEAP_PER_BYTE;
  const neededMiB = Math.ceil(BASE_MIB + (live * GC_MARGIN) / MIB);
  const availableMiB = Math.floor(availableBytes / MIB);
  const parts = input.largestChunkBytes.length;
  if (neededMiB <= availableMiB) return { ok: true, heapMiB: neededMiB, neededMiB };
  return {
    ok: false,
    neededMiB,
    availableMiB,
    message:
      `merging the search index (${parts} part${parts === 1 ? '' : 's'}) needs about ` +
      `${neededMiB} MiB of memory and only ${availableMiB} MiB is available: close other ` +
      `programs or build on a machine with at least ${neededMiB - availableMiB} MiB more memory`,
  };
}
