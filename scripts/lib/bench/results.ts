/** The shape of everything `npm run bench` measures (and writes to bench-results.json). */
import type { BenchOptions } from './args.ts';
import type { ContentSummary } from './content.ts';
import type { DistFigures } from './dist.ts';
import type { Phase } from './phases.ts';
import type { PageSearchFigures, SearchFigures } from './search.ts';
import type { ProcessPeak } from './run.ts';
import type { CoverDownload, ImageFigures } from './pictures.ts';
import type { PageCounts } from './pages.ts';

/** What one build cost. */
export type BuildFigures = {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** When the memory peaked, and in which phase. */
  peakAtSeconds: number;
  peakPhase: string;
  /** CPU seconds other processes of the machine used during the build (noise). */
  otherCpuSeconds: number;
  /** Each process of the build at its own highest RSS, with the phase it was in then. */
  processPeaks?: (ProcessPeak & { phase: string })[];
  phases: Phase[];
  log: string;
};

/** One site (the archive or the baseline) at N articles. */
export type SiteFigures = { build: BuildFigures; dist: DistFigures; rebuild: BuildFigures };

/** One incremental build (`npm run build`) after one change to the content. */
export type IncrementalStep = {
  /** The article added or edited, relative to the working directory. */
  changed: string;
  build: BuildFigures;
  /** Undefined when the build printed no "Pages:" line. */
  pages: PageCounts | undefined;
};

/** The incremental builds at one size, after its warm fresh build. */
export type IncrementalFigures = {
  newArticle: IncrementalStep;
  editedTitle: IncrementalStep;
  /**
   * The site after both against a fresh build of the same content (compareSites): [] when
   * identical, else the first differences; `reference` is the fresh build then, kept to look into.
   */
  comparison: { differences: string[]; reference?: string };
};

/** Full-build wall and CPU time at one size, for the growth figures (no baseline when skipped). */
export type SizeRun = {
  articles: number;
  /** The cold build: `--fresh` with every cache deleted first. */
  archiveSeconds: number;
  archiveCpuSeconds?: number;
  baselineSeconds?: number;
  /** The warm build: `--fresh` with the picture and card caches kept. */
  warmSeconds?: number;
  incremental?: IncrementalFigures;
};

/** The baseline when it was not built, and why. */
export type SkippedSite = { skipped: string };

/** The baseline's figures, or undefined when it was skipped. */
export function measuredBaseline(r: {
  baseline: SiteFigures | SkippedSite;
}): SiteFigures | undefined {
  return 'skipped' in r.baseline ? undefined : r.baseline;
}

/** A budget at 10,000 articles and whether this run met it ('review': a person must judge). */
export type Budget = { budget: string; status: 'met' | 'not met' | 'not measured' | 'review' };

/** Everything one run measured. */
export type BenchResults = {
  date: string;
  machine: Record<string, string | number>;
  methods: Record<string, string>;
  options: BenchOptions;
  content: Omit<ContentSummary, 'articleFiles'>;
  archive: SiteFigures;
  /** Plain Astro's figures, or why it was not built at this size. */
  baseline: SiteFigures | SkippedSite;
  checkSeconds: number;
  search: SearchFigures;
  /** Absent from results written before the search page was measured. */
  searchPage?: PageSearchFigures;
  sizes: SizeRun[];
  /** The archive's pictures: made cold (empty image cache), reused warm, and what a phone loads. */
  pictures: {
    cold: ImageFigures;
    warm: ImageFigures;
    /** The cover of the median article page, on a phone 360 px wide. */
    cover: CoverDownload | undefined;
  };
  /** Link-preview cards: drawn by the cold and the warm build, and drawn per second here. */
  cards: { cold: number; warm: number; perSecond: number };
  budgets?: Record<string, Budget>;
};
