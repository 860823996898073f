/** The budgets at 10,000 articles (from the issue), judged on a run's figures. */
import { measuredBaseline, type BenchResults, type Budget, type SizeRun } from './results.ts';

const KIB = 1024;
const GIB = 1024 ** 3;

/** The status of a budget from a comparison that may not have been possible. */
function judge(ok: boolean | undefined): Budget['status'] {
  return ok === undefined ? 'not measured' : ok ? 'met' : 'not met';
}

/**
 * Seconds per article at the largest size divided by that at the smallest: the archive's wall
 * time, its CPU time (less moved by other processes on the machine) and the baseline's wall
 * time; undefined for a figure missing at either size.
 */
export function costGrowth(sizes: readonly SizeRun[]) {
  if (sizes.length < 2) return undefined;
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const ratio = (key: 'archiveSeconds' | 'archiveCpuSeconds' | 'baselineSeconds') => {
    const [a, b] = [first[key], last[key]];
    return a === undefined || b === undefined
      ? undefined
      : b / last.articles / (a / first.articles);
  };
  return {
    archive: ratio('archiveSeconds')!,
    archiveCpu: ratio('archiveCpuSeconds'),
    baseline: ratio('baselineSeconds'),
  };
}

/** At 10,000 articles one new article rebuilds in at most this share of a fresh build's time. */
export const NEW_ARTICLE_SHARE = 0.2;
/** ... and, the goal, in at most this many seconds. */
export const NEW_ARTICLE_GOAL_SECONDS = 10;

/** The incremental builds' budgets at one size; none when they were not measured there. */
export function incrementalBudgets(size: SizeRun): Record<string, Budget> {
  const incremental = size.incremental;
  if (!incremental) return {};
  const seconds = incremental.newArticle.build.wallSeconds;
  const share = (fresh: number | undefined) =>
    judge(fresh === undefined ? undefined : seconds <= NEW_ARTICLE_SHARE * fresh);
  const percent = `≤ ${Math.round(NEW_ARTICLE_SHARE * 100)}%`;
  return {
    newArticleCold: {
      budget: `${percent} of the cold fresh build`,
      status: share(size.archiveSeconds),
    },
    newArticleWarm: {
      budget: `${percent} of the warm fresh build`,
      status: share(size.warmSeconds),
    },
    newArticleGoal: {
      budget: `goal ≤ ${NEW_ARTICLE_GOAL_SECONDS} s`,
      status: judge(seconds <= NEW_ARTICLE_GOAL_SECONDS),
    },
    incrementalIdentical: {
      budget: 'identical to a fresh build',
      status: judge(incremental.comparison.differences.length === 0),
    },
  };
}

/** Every budget with its status, keyed by the figure it bounds. */
export function judgeBudgets(r: BenchResults): Record<string, Budget> {
  const page = r.archive.dist.medianArticle;
  const search = r.search.status === 'measured' ? r.search : undefined;
  const searchPage = r.searchPage?.status === 'measured' ? r.searchPage : undefined;
  const growth = costGrowth(r.sizes);
  // Every build after the first finds its pictures in the image cache: that build is the budget's.
  const baseline = measuredBaseline(r);
  const wallOk = baseline && r.archive.rebuild.wallSeconds <= baseline.build.wallSeconds;
  const peak = Math.max(r.archive.build.peakRssBytes, r.archive.rebuild.peakRssBytes);
  const phoneCover = r.pictures.cover?.bytesByDpr['2x'];
  return {
    wall: { budget: 'warm ≤ plain Astro full build', status: judge(wallOk) },
    memory: { budget: '≤ 2 GiB (cold and warm)', status: judge(peak <= 2 * GIB) },
    cardsWarm: {
      budget: 'none drawn when no title changed',
      status: judge(r.cards.warm === 0),
    },
    coverPhone: {
      budget: '≤ 80 KB at 360 px, 2x',
      status: judge(phoneCover === undefined ? undefined : phoneCover <= 80_000),
    },
    html: { budget: '≤ 20 KiB', status: judge(page && page.gzipBytes <= 20 * KIB) },
    css: { budget: '≤ 12 KiB', status: judge(page && page.cssGzipBytes <= 12 * KIB) },
    // Whether a script is needed is for a person to judge: any script at all asks for a review.
    js: {
      budget: 'none unless needed',
      status: !page ? 'not measured' : page.jsGzipBytes ? 'review' : 'met',
    },
    searchBytes: { budget: '≤ 300 KiB', status: judge(search && search.bytes <= 300 * KIB) },
    // A first search answered within 500 ms, judged where a reader searches: the search page.
    // Pagefind alone in an empty page (`search.ms`) is printed beside it, with no budget: it is
    // Pagefind's own cost, and it follows the machine (the commit whose run met this budget at
    // 465 ms measured 1,169 ms on a slower machine, see BENCHMARKS.md).
    searchPageTime: {
      budget: '≤ 500 ms',
      status: judge(searchPage && searchPage.firstMs <= 500),
    },
    check: { budget: '≤ 10 s', status: judge(r.checkSeconds <= 10) },
    growth: { budget: '≤ 1.2x', status: judge(growth && growth.archive <= 1.2) },
    // Judged at N, as every budget here (the sizes' rows show each size's own).
    ...incrementalBudgets(r.sizes[r.sizes.length - 1]),
  };
}
