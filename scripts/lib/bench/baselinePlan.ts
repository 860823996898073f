/** Whether the plain Astro baseline is built at a size: it holds every page's data at once. */
import type { BaselineChoice } from './args.ts';

const GIB = 1024 ** 3;

/**
 * Plain Astro's peak memory per article, as measured: 5.09 GiB (summed RSS of its process tree)
 * building 10,000 articles with cover photos (BENCHMARKS.md, 2026-12-01). Its memory grows with
 * the archive; text-only articles were not measured and are given the same figure.
 */
export const BASELINE_PEAK_BYTES_PER_ARTICLE = (5.09 * GIB) / 10_000;

/** The decision, with the reason printed and saved when the baseline is skipped. */
export type BaselinePlan = { run: true } | { run: false; reason: string };

/**
 * 'run' and 'skip' decide by themselves; 'auto' skips the baseline when its memory, projected
 * from the measured figure per article, exceeds the machine's memory (`totalMemoryBytes`).
 */
export function planBaseline(
  choice: BaselineChoice,
  articles: number,
  totalMemoryBytes: number,
): BaselinePlan {
  if (choice === 'run') return { run: true };
  if (choice === 'skip') return { run: false, reason: 'skipped on request (--baseline skip)' };
  const projected = articles * BASELINE_PEAK_BYTES_PER_ARTICLE;
  if (projected <= totalMemoryBytes) return { run: true };
  const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;
  return {
    run: false,
    reason:
      `skipped: plain Astro held 5.09 GiB building 10,000 articles, so about ${gib(projected)} ` +
      `projected at ${articles.toLocaleString('en-US')}, more than this machine's ` +
      `${gib(totalMemoryBytes)} of memory (--baseline run builds it anyway)`,
  };
}
