/** The benchmark's tables: every figure with its ratio to plain Astro and its budget, and the profile. */
import { costGrowth, incrementalBudgets, judgeBudgets } from './budgets.ts';
import { formatBytes, formatCount, formatRatio, formatSeconds, formatTable } from './format.ts';
import {
  measuredBaseline,
  type BenchResults,
  type Budget,
  type IncrementalStep,
  type SiteFigures,
  type SizeRun,
} from './results.ts';
import type { PageSearchFigures } from './search.ts';

/** What the plain Astro column says when the baseline was not built. */
const SKIPPED = 'skipped';

/** A figure measured on both sites. */
type Figure = {
  name: string;
  pick: (site: SiteFigures) => number | undefined;
  show: (value: number) => string;
  budget?: string;
};

/** The figures measured on both the archive and the baseline, in table order. */
const FIGURES: Figure[] = [
  {
    name: 'full build, wall (archive: cold, --fresh with empty picture and card caches)',
    pick: (s) => s.build.wallSeconds,
    show: formatSeconds,
  },
  {
    name: 'full build, CPU (user+sys, process tree)',
    pick: (s) => s.build.cpuSeconds,
    show: formatSeconds,
  },
  {
    name: 'peak memory (RSS of the process tree)',
    pick: (s) => s.build.peakRssBytes,
    show: formatBytes,
  },
  { name: 'pages written (HTML)', pick: (s) => s.dist.htmlPages, show: formatCount },
  {
    name: 'pages per second',
    pick: (s) => s.dist.htmlPages / s.build.wallSeconds,
    show: (n) => n.toFixed(1),
  },
  { name: 'dist/ size', pick: (s) => s.dist.bytes, show: formatBytes },
  {
    name: 'article page HTML, median (raw)',
    pick: (s) => s.dist.medianArticle?.rawBytes,
    show: formatBytes,
  },
  {
    name: 'article page HTML, median (gzip)',
    pick: (s) => s.dist.medianArticle?.gzipBytes,
    show: formatBytes,
    budget: 'html',
  },
  {
    name: 'CSS an article page loads (gzip)',
    pick: (s) => s.dist.medianArticle?.cssGzipBytes,
    show: formatBytes,
    budget: 'css',
  },
  {
    name: 'JS an article page loads (gzip)',
    pick: (s) => s.dist.medianArticle?.jsGzipBytes,
    show: formatBytes,
    budget: 'js',
  },
  {
    name: 'rebuild after editing one article, wall (archive: warm, --fresh with picture and card caches kept)',
    pick: (s) => s.rebuild.wallSeconds,
    show: formatSeconds,
  },
  {
    name: 'peak memory of the rebuild',
    pick: (s) => s.rebuild.peakRssBytes,
    show: formatBytes,
  },
];

/** The pictures' rows: what the cold build made, the warm one reused, and what a phone loads. */
function pictureRows(r: BenchResults, budgets: Record<string, Budget>): string[][] {
  const { cold, warm, cover } = r.pictures;
  const content = r.content;
  const perSecond = cold.seconds > 0 ? (cold.made / cold.seconds).toFixed(1) : '—';
  const share = `${Math.round((cold.seconds / r.archive.build.wallSeconds) * 100)}%`;
  const warmShare = `${Math.round((warm.seconds / r.archive.rebuild.wallSeconds) * 100)}%`;
  const baseline = measuredBaseline(r);
  const phone = (dpr: string) => {
    const bytes = cover?.bytesByDpr[dpr];
    return bytes === undefined ? 'no cover' : `${(bytes / 1000).toFixed(1)} KB`;
  };
  return [
    row(
      'pictures in the content',
      `${formatCount(content.covers)} covers, ${formatCount(content.bodyPictures)} in bodies`,
    ),
    row(
      'cold build: images made, per second',
      `${formatCount(cold.made)} in ${formatSeconds(cold.seconds)} (${perSecond}/s)`,
    ),
    row("cold build: the images' share", share),
    row(
      'warm build: images reused from the cache, made',
      `${formatCount(warm.reused)} reused, ${formatCount(warm.made)} made (${formatSeconds(warm.seconds)}, ${warmShare})`,
    ),
    row(
      'warm build against plain Astro (full)',
      formatSeconds(r.archive.rebuild.wallSeconds),
      baseline ? formatSeconds(baseline.build.wallSeconds) : SKIPPED,
      formatRatio(r.archive.rebuild.wallSeconds, baseline?.build.wallSeconds),
      budgets.wall,
    ),
    row(
      'peak memory, cold and warm builds',
      formatBytes(Math.max(r.archive.build.peakRssBytes, r.archive.rebuild.peakRssBytes)),
      undefined,
      undefined,
      budgets.memory,
    ),
    row(
      'dist/ per article',
      formatBytes(r.archive.dist.bytes / content.articles),
      baseline ? formatBytes(baseline.dist.bytes / content.articles) : SKIPPED,
      formatRatio(r.archive.dist.bytes, baseline?.dist.bytes),
    ),
    row(
      'link-preview cards drawn by the cold build',
      `${formatCount(r.cards.cold)} at ${r.cards.perSecond.toFixed(1)}/s: about ${formatSeconds(r.cards.cold / r.cards.perSecond)}, ${Math.round((r.cards.cold / r.cards.perSecond / r.archive.build.wallSeconds) * 100)}% of it`,
    ),
    row(
      'link-preview cards drawn by the warm build',
      formatCount(r.cards.warm),
      undefined,
      undefined,
      budgets.cardsWarm,
    ),
    row(
      'cover a phone downloads (360 px, 2x)',
      phone('2x'),
      undefined,
      undefined,
      budgets.coverPhone,
    ),
    row('cover a phone downloads (360 px, 3x)', phone('3x')),
  ];
}

/** One row: figure, archive, plain Astro, ratio, budget, status. */
function row(
  name: string,
  archive: string,
  baseline = '—',
  ratio = '—',
  budget?: Budget,
): string[] {
  return [name, archive, baseline, ratio, budget?.budget ?? '', budget?.status ?? ''];
}

/**
 * The search rows: the index size, Pagefind's first search alone (bytes and time), and the search
 * page's; or why they are missing.
 */
function searchRows(r: BenchResults, budgets: Record<string, Budget>): string[][] {
  const index = r.archive.dist.searchIndex;
  const search = r.search;
  const measured = search.status === 'measured' ? search : undefined;
  const skipped = search.status === 'skipped' ? `skipped: ${search.reason}` : '';
  return [
    row(
      'search index (dist/pagefind)',
      index ? `${formatBytes(index.bytes)}, ${index.files} files` : 'not built',
    ),
    row(
      `first search in Chromium, Pagefind alone: bytes sent${measured ? ` ("${measured.query}")` : ''}`,
      measured
        ? `${formatBytes(measured.bytes)} (${formatBytes(measured.rawBytes)} as stored)`
        : skipped,
      undefined,
      undefined,
      budgets.searchBytes,
    ),
    row(
      'first search in Chromium, Pagefind alone: time (no budget)',
      measured
        ? `${Math.round(measured.ms)} ms${
            measured.runsMs && measured.runsMs.length > 1
              ? ` (median of ${measured.runsMs.length}: ${Math.round(Math.min(...measured.runsMs))}-${Math.round(Math.max(...measured.runsMs))})`
              : ''
          }`
        : skipped,
    ),
    ...searchPageRows(r, budgets),
  ];
}

type PageRun = Extract<PageSearchFigures, { status: 'measured' }>['runs'][number];

/** The search page's rows: typed then Enter, to the first results and to all; opened at its address. */
function searchPageRows(r: BenchResults, budgets: Record<string, Budget>): string[][] {
  const page = r.searchPage;
  if (!page) return [];
  if (page.status === 'skipped') return [row('search page in Chromium', `skipped: ${page.reason}`)];
  const { runs } = page;
  const times = (pick: (run: PageRun) => number, median: number) => {
    const all = runs.map(pick);
    return `${Math.round(median)} ms (median of ${runs.length}: ${Math.round(Math.min(...all))}-${Math.round(Math.max(...all))})`;
  };
  return [
    row(
      `search page, typed: Enter to first results ("${page.query}")`,
      times((run) => run.firstMs, page.firstMs),
      undefined,
      undefined,
      budgets.searchPageTime,
    ),
    row(
      `search page, typed: Enter to all ${page.results} results and counts`,
      times((run) => run.completeMs, page.completeMs),
    ),
    row(
      'search page opened at ?q=: to first results',
      times((run) => run.openedMs, page.openedMs),
    ),
    row('search page, typed: bytes of both indexes and the filter table', formatBytes(page.bytes)),
  ];
}

/** The growth rows: build time per article at each size, and the ratio between sizes. */
function growthRows(r: BenchResults, budgets: Record<string, Budget>): string[][] {
  const perArticle = (seconds: number | undefined, articles: number) =>
    seconds === undefined ? SKIPPED : `${((seconds / articles) * 1000).toFixed(1)} ms`;
  const rows = r.sizes.flatMap((size) => [
    row(
      `build time per article at ${formatCount(size.articles)}`,
      perArticle(size.archiveSeconds, size.articles),
      perArticle(size.baselineSeconds, size.articles),
      formatRatio(size.archiveSeconds, size.baselineSeconds),
    ),
    row(
      `build CPU per article at ${formatCount(size.articles)} (user+sys, process tree)`,
      size.archiveCpuSeconds === undefined
        ? '—'
        : perArticle(size.archiveCpuSeconds, size.articles),
    ),
  ]);
  const growth = costGrowth(r.sizes);
  const sizes = `per article at ${formatCount(r.options.articles)} ÷ at ${formatCount(r.sizes[0].articles)}`;
  const times = (ratio: number | undefined, missing: string) =>
    ratio === undefined ? missing : `${ratio.toFixed(2)}x`;
  if (growth) {
    rows.push(
      row(
        `cost growth (wall): ${sizes}`,
        times(growth.archive, '—'),
        times(growth.baseline, SKIPPED),
        undefined,
        budgets.growth,
      ),
      row(`cost growth (CPU): ${sizes}`, times(growth.archiveCpu, '—')),
    );
  } else {
    rows.push(
      row(
        'cost growth',
        `not measured (N ≤ ${formatCount(r.options.small)})`,
        undefined,
        undefined,
        budgets.growth,
      ),
    );
  }
  return rows;
}

/** "1.2 s, peak 812.0 MiB; 45 rendered, 2,400 reused": what one incremental build cost. */
export function stepCell(step: IncrementalStep): string {
  const pages = step.pages
    ? `${formatCount(step.pages.rendered)} rendered, ${formatCount(step.pages.reused)} reused`
    : 'no "Pages:" line';
  return `${formatSeconds(step.build.wallSeconds)}, peak ${formatBytes(step.build.peakRssBytes)}; ${pages}`;
}

/** "12%" of `whole`, with `whole` itself: "12% of 40.1 s"; "—" when it is missing. */
function shareOf(part: number, whole: number | undefined): string {
  return whole === undefined || whole === 0
    ? '—'
    : `${Math.round((part / whole) * 100)}% of ${formatSeconds(whole)}`;
}

/** The incremental builds at one size, beside its cold and warm fresh builds, with their budgets. */
export function incrementalRows(size: SizeRun): string[][] {
  const incremental = size.incremental;
  if (!incremental) return [];
  const budgets = incrementalBudgets(size);
  const at = `at ${formatCount(size.articles)}`;
  const seconds = incremental.newArticle.build.wallSeconds;
  const warm = size.warmSeconds === undefined ? '—' : formatSeconds(size.warmSeconds);
  const { differences } = incremental.comparison;
  return [
    row(
      `fresh builds ${at}: cold caches, warm caches`,
      `${formatSeconds(size.archiveSeconds)}, ${warm}`,
    ),
    row(
      `one new article ${at}, incremental`,
      stepCell(incremental.newArticle),
      undefined,
      undefined,
      budgets.newArticleGoal,
    ),
    row(
      '  its wall time against the cold fresh build',
      shareOf(seconds, size.archiveSeconds),
      undefined,
      undefined,
      budgets.newArticleCold,
    ),
    row(
      '  its wall time against the warm fresh build',
      shareOf(seconds, size.warmSeconds),
      undefined,
      undefined,
      budgets.newArticleWarm,
    ),
    row(`one edited title ${at}, incremental`, stepCell(incremental.editedTitle)),
    row(
      `after both, against a fresh build of the same content ${at}`,
      differences.length === 0
        ? 'identical'
        : `differs: ${differences[0].split('\n')[0]} (see below)`,
      undefined,
      undefined,
      budgets.incrementalIdentical,
    ),
  ];
}

/** For each size: the incremental site against a fresh build, "identical" or its first differences. */
export function comparisonLines(r: BenchResults): string {
  return r.sizes
    .flatMap((size) => {
      const comparison = size.incremental?.comparison;
      if (!comparison) return [];
      const head = `incremental build at ${formatCount(size.articles)} articles against a fresh build of the same content:`;
      if (comparison.differences.length === 0) return [`${head} identical`];
      const kept = comparison.reference ? ` (fresh build kept in ${comparison.reference})` : '';
      return [
        `${head} the first differences${kept}`,
        ...comparison.differences.map((difference) => `  ${difference.replaceAll('\n', '\n  ')}`),
      ];
    })
    .join('\n');
}

/** The rows of the summary table. */
export function summaryRows(r: BenchResults): string[][] {
  const budgets = judgeBudgets(r);
  const n = formatCount(r.options.articles);
  const baseline = measuredBaseline(r);
  const rows = [row('articles (N)', n, baseline ? n : SKIPPED)];
  for (const figure of FIGURES) {
    const a = figure.pick(r.archive);
    const b = baseline && figure.pick(baseline);
    const show = (value: number | undefined) => (value === undefined ? '—' : figure.show(value));
    rows.push(
      row(
        figure.name,
        show(a),
        baseline ? show(b) : SKIPPED,
        formatRatio(a, b),
        figure.budget ? budgets[figure.budget] : undefined,
      ),
    );
  }
  rows.push(...pictureRows(r, budgets));
  rows.push(...searchRows(r, budgets));
  rows.push(
    row('npm run check', formatSeconds(r.checkSeconds), undefined, undefined, budgets.check),
  );
  rows.push(...growthRows(r, budgets));
  for (const size of r.sizes) rows.push(...incrementalRows(size));
  return rows;
}

/** The summary table, in Markdown. */
export function summaryTable(r: BenchResults): string {
  const header = ['figure', 'archive', 'plain Astro', 'ratio', 'budget at 10,000', 'status'];
  return formatTable(header, summaryRows(r));
}

/** Where the full build's time goes, for the archive and the baseline side by side. */
export function profileTable(r: BenchResults): string {
  const a = r.archive.build;
  const b = measuredBaseline(r)?.build;
  const share = (seconds: number, total: number) => `${Math.round((seconds / total) * 100)}%`;
  const rows = a.phases.map((phase, i) => [
    phase.name,
    formatSeconds(phase.seconds),
    share(phase.seconds, a.wallSeconds),
    b ? formatSeconds(b.phases[i].seconds) : SKIPPED,
    b ? share(b.phases[i].seconds, b.wallSeconds) : '',
  ]);
  rows.push([
    'whole build (wall)',
    formatSeconds(a.wallSeconds),
    '100%',
    b ? formatSeconds(b.wallSeconds) : SKIPPED,
    b ? '100%' : '',
  ]);
  return formatTable(['phase of the full build', 'archive', 'share', 'plain Astro', 'share'], rows);
}

/** When and in which phase each full build's memory peaked, and how busy the machine was. */
export function peakLines(r: BenchResults): string {
  const line = (name: string, build: BenchResults['archive']['build']) =>
    `${name}: memory peaked at ${formatBytes(build.peakRssBytes)}, ${formatSeconds(build.peakAtSeconds)} into the build (${build.peakPhase}); other processes used ${formatSeconds(build.otherCpuSeconds)} of CPU meanwhile`;
  const baseline = measuredBaseline(r);
  return [
    line('archive', r.archive.build),
    ...processLines(r.archive.build),
    baseline
      ? line('plain Astro', baseline.build)
      : `plain Astro: ${'skipped' in r.baseline ? r.baseline.skipped : SKIPPED}`,
    ...(baseline ? processLines(baseline.build) : []),
  ].join('\n');
}

/** Processes smaller than this at their peak are left out of the lines below. */
const SMALL_PROCESS_BYTES = 32 * 1024 ** 2;

/** One line per process of a build that reached SMALL_PROCESS_BYTES: its own peak and phase. */
export function processLines(build: BenchResults['archive']['build']): string[] {
  return (build.processPeaks ?? [])
    .filter((p) => p.peakRssBytes >= SMALL_PROCESS_BYTES)
    .map(
      (p) =>
        `  ${formatBytes(p.peakRssBytes)} at ${formatSeconds(p.atSeconds)} (${p.phase}): ${p.command}`,
    );
}
