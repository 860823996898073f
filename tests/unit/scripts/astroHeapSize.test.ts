import { describe, expect, test } from 'vitest';
import {
  astroHeapMiB,
  machineMemory,
  MIN_ASTRO_HEAP_MIB,
  ranOutOfHeap,
} from '#scripts/lib/astroHeapSize.ts';

const GIB = 2 ** 30;

describe('astroHeapMiB', () => {
  test('gives Astro three quarters of the machine, so a 7 GiB runner keeps room for the rest', () => {
    expect(astroHeapMiB(7 * GIB)).toBe(5376);
    expect(astroHeapMiB(24 * GIB)).toBe(18432);
  });

  test('never less than Node would give on its own', () => {
    expect(astroHeapMiB(1 * GIB)).toBe(MIN_ASTRO_HEAP_MIB);
  });
});

describe('machineMemory', () => {
  test("is a container's limit when it is below the machine's memory", () => {
    expect(machineMemory(24 * GIB, 7 * GIB)).toBe(7 * GIB);
  });

  test("is the machine's memory when no limit is set (0, or a limit above the machine's)", () => {
    expect(machineMemory(24 * GIB, 0)).toBe(24 * GIB);
    expect(machineMemory(24 * GIB, 2 ** 62)).toBe(24 * GIB);
  });
});

describe('ranOutOfHeap', () => {
  test("recognises V8's messages, and nothing else", () => {
    expect(
      ranOutOfHeap(
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ),
    ).toBe(true);
    expect(ranOutOfHeap('<--- Last few GCs --->')).toBe(true);
    expect(ranOutOfHeap('[build] Error: Could not find the image "a.jpg"')).toBe(false);
  });
});
