/** The heap the search index merge is given, from its parts and the machine's free memory. */
import { describe, expect, test } from 'vitest';
import {
  BASE_MIB,
  GC_MARGIN,
  HEAP_PER_BYTE,
  mergeHeapSize,
} from '#scripts/lib/search/mergeHeapSize.ts';

const MIB = 2 ** 20;
const GIB = 2 ** 30;

describe('mergeHeapSize', () => {
  test('gives the base heap plus room for one chunk of each part, the merged chunk and the metadata', () => {
    const heap = mergeHeapSize(
      { largestChunkBytes: [MIB / 8, MIB / 8], metaBytes: MIB / 4 },
      8 * GIB,
    );
    // (2 × 0.25 MiB + 0.25 MiB) × 40 × 2 = 60 MiB of decoded data with its margin.
    expect(heap).toEqual({
      ok: true,
      heapMiB: BASE_MIB + 0.75 * HEAP_PER_BYTE * GC_MARGIN,
      neededMiB: 124,
    });
  });

  test('grows with the parts, not by a fixed amount a part', () => {
    const parts = (count: number, bytes: number) => ({
      largestChunkBytes: Array<number>(count).fill(bytes),
      metaBytes: 0,
    });
    const small = mergeHeapSize(parts(38, 40_000), 8 * GIB);
    const large = mergeHeapSize(parts(188, 40_000), 8 * GIB);
    const denser = mergeHeapSize(parts(188, 80_000), 8 * GIB);
    expect(small.ok && large.ok && denser.ok).toBe(true);
    expect(large.neededMiB - BASE_MIB).toBeCloseTo(((small.neededMiB - BASE_MIB) * 188) / 38, -1);
    expect(denser.neededMiB - BASE_MIB).toBeCloseTo((large.neededMiB - BASE_MIB) * 2, -1);
  });

  test('refuses, saying what it needs and what there is, when the machine has too little free', () => {
    const heap = mergeHeapSize({ largestChunkBytes: [10 * MIB], metaBytes: 0 }, 1 * GIB);
    expect(heap.ok).toBe(false);
    if (heap.ok) return;
    expect(heap.neededMiB).toBe(BASE_MIB + 2 * 10 * HEAP_PER_BYTE * GC_MARGIN);
    expect(heap.availableMiB).toBe(1024);
    expect(heap.message).toBe(
      'merging the search index (1 part) needs about 1664 MiB of memory and only 1024 MiB is ' +
        'available: close other programs or build on a machine with at least 640 MiB more memory',
    );
  });

  test('runs when what is free is just enough', () => {
    const needed = mergeHeapSize({ largestChunkBytes: [MIB], metaBytes: 0 }, 64 * GIB).neededMiB;
    expect(mergeHeapSize({ largestChunkBytes: [MIB], metaBytes: 0 }, needed * MIB).ok).toBe(true);
    expect(mergeHeapSize({ largestChunkBytes: [MIB], metaBytes: 0 }, needed * MIB - 1).ok).toBe(
      false,
    );
  });
});
