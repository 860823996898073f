/**
 * The heap of the Astro process of a build, from the machine's memory instead of a fixed figure
 * (it was 8 GiB: more than a 7 GiB CI runner has, and less than an archive past a few hundred
 * thousand articles would need). Astro holds the archive model and the pages it writes; at
 * 50,000 articles its process peaked at about 2.6 GiB (BENCHMARKS.md). What it cannot get is
 * said in words, not as V8's "heap out of memory" trace.
 */

const MIB = 2 ** 20;
/** The share of the machine's memory Astro may use: the rest is for Pagefind, the merge and the system. */
export const ASTRO_MEMORY_SHARE = 0.75;
/** Never less than this (Node's own default on a 64-bit machine is about 2 GiB or more). */
export const MIN_ASTRO_HEAP_MIB = 2048;

/** The old-generation heap, in MiB, for the Astro process on a machine with `memoryBytes`. */
export function astroHeapMiB(memoryBytes: number): number {
  return Math.max(MIN_ASTRO_HEAP_MIB, Math.floor((memoryBytes * ASTRO_MEMORY_SHARE) / MIB));
}

/** The memory this process may use: the container's limit where there is one, else the machine's. */
export function machineMemory(total: number, constrained: number): number {
  // constrainedMemory() is 0, or a huge number, when no limit is set.
  return constrained > 0 && constrained < total ? constrained : total;
}

/** Whether a line of a process's error output is V8 running out of heap (its first line on). */
export function ranOutOfHeap(line: string): boolean {
  return /<--- Last few GCs --->|JavaScript heap out of memory|Reached heap limit/.test(line);
}
