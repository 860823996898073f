/**
 * `npm run bench -- --articles N`: generates N synthetic articles, builds them as `npm run build`
 * does and with a plain Astro site side by side, and prints and saves (bench-results.json) what
 * it cost against the budgets at 10,000 articles. At each size the archive is built fresh with
 * cold and with warm caches, then incrementally after one new article and after one edited
 * title, and the result is compared with a fresh build of the same content. The plain Astro site
 * is left out at sizes where its memory, projected from 10,000 articles, exceeds the machine's
 * (`--baseline`), and `--covers none` generates text-only articles. See BENCHMARKS.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, type BenchOptions } from './lib/bench/args.ts';
import { planBaseline } from './lib/bench/baselinePlan.ts';
import {
  archiveCacheDir,
  buildArchive,
  buildBaseline,
  checkContent,
  copyContent,
  type ArchiveBuildKind,
} from './lib/bench/builds.ts';
import {
  addArticle,
  editArticle,
  editTitle,
  generateContent,
  type ContentSummary,
} from './lib/bench/content.ts';
import { compareSites } from './lib/distCompare.ts';
import { pageCounts } from './lib/bench/pages.ts';
import { measureDist } from './lib/bench/dist.ts';
import { drawPhotos } from './lib/bench/photos.ts';
import { cachedCards, cardsPerSecond } from './lib/bench/cards.ts';
import { coverDownload, imageFigures } from './lib/bench/pictures.ts';
import { formatCount, formatSeconds } from './lib/bench/format.ts';
import { buildPhases, phaseAt } from './lib/bench/phases.ts';
import { judgeBudgets } from './lib/bench/budgets.ts';
import { comparisonLines, peakLines, profileTable, summaryTable } from './lib/bench/report.ts';
import {
  measuredBaseline,
  type BenchResults,
  type BuildFigures,
  type IncrementalFigures,
  type IncrementalStep,
  type SiteFigures,
  type SizeRun,
} from './lib/bench/results.ts';
import type { Measured } from './lib/bench/run.ts';
import {
  firstSearch,
  medianSearch,
  searchPageTimes,
  SEARCH_RUNS,
  type PageSearchFigures,
  type SearchFigures,
} from './lib/bench/search.ts';

const WORK = path.resolve('bench/work');
const RESULTS_FILE = 'bench-results.json';
/** Distinct photos drawn for the covers; every article still gets a file of its own. */
const PHOTOS = 6;

/** The content's kind, for folder names: the generator's default, or text only. */
let contentKind: 'content' | 'text' = 'content';

/** Differences between the incremental and the fresh site listed at most. */
const DIFFERENCES_SHOWN = 5;

/** The folders of one size: content, the two builds and the baseline's cache, and the copy built to compare. */
function folders(articles: number) {
  return {
    content: path.join(WORK, `${contentKind}-${articles}`),
    archiveOut: path.join(WORK, `dist-${articles}`),
    referenceContent: path.join(WORK, `${contentKind}-${articles}-reference`),
    referenceOut: path.join(WORK, `dist-${articles}-reference`),
    baselineOut: path.join(WORK, `baseline-dist-${articles}`),
    baselineCache: path.join(WORK, `baseline-cache-${articles}`),
    log: (name: string) => path.join(WORK, 'logs', `${name}-${articles}.log`),
  };
}

/** Prints a progress line on stdout. */
function progress(message: string): void {
  console.log(`bench: ${message}`);
}

/** Runs one measured step, stopping the benchmark with the end of its log if it fails. */
async function step(label: string, run: () => Promise<Measured>): Promise<Measured> {
  progress(`${label} ...`);
  const measured = await run();
  if (measured.code !== 0) {
    const tail = readFileSync(measured.logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(
      `${label} failed (exit ${measured.code}); the end of ${measured.logFile}:\n${tail}`,
    );
  }
  progress(`  ${formatSeconds(measured.wallSeconds)}`);
  return measured;
}

/** The figures of a measured build, with its phases and the phase in which memory peaked. */
function buildFigures(measured: Measured): BuildFigures {
  const { code: _code, lines, logFile, processPeaks, ...figures } = measured;
  const phases = buildPhases(lines, figures.wallSeconds);
  const peakPhase = phaseAt(phases, figures.peakAtSeconds);
  return {
    ...figures,
    peakPhase,
    processPeaks: processPeaks.map((p) => ({ ...p, phase: phaseAt(phases, p.atSeconds) })),
    phases,
    log: path.relative('.', logFile),
  };
}

/** Builds the archive (as `npm run build` does) at one size: `what` for the progress line, `logName` for its log. */
function archiveBuild(
  articles: number,
  kind: ArchiveBuildKind,
  what: string,
  logName: string,
): Promise<Measured> {
  const f = folders(articles);
  const label = `building the archive (${formatCount(articles)} articles, ${what})`;
  return step(label, () => buildArchive(f.content, f.archiveOut, f.log(logName), kind));
}

/** Edits one article (a paragraph more) and builds the archive fresh with its caches kept. */
function warmBuild(articles: number, content: ContentSummary): Promise<Measured> {
  const edited = content.articleFiles[Math.floor(content.articleFiles.length / 2)];
  editArticle(edited);
  progress(`edited ${path.relative('.', edited)}`);
  return archiveBuild(articles, 'warm', 'fresh, warm caches, after one edit', 'archive-rebuild');
}

/** One incremental build after `change` was made to `changed`. */
async function incrementalStep(
  articles: number,
  change: string,
  changed: string,
): Promise<IncrementalStep> {
  progress(`${change}: ${path.relative('.', changed)}`);
  const logName = `archive-${change.replaceAll(' ', '-')}`;
  const measured = await archiveBuild(articles, 'incremental', `incremental, ${change}`, logName);
  const pages = pageCounts(measured.lines);
  progress(
    `  ${pages ? `${pages.rendered} rendered, ${pages.reused} reused` : 'no "Pages:" line'}`,
  );
  return { changed: path.relative('.', changed), build: buildFigures(measured), pages };
}

/**
 * The issue's acceptance: the incremental site against a fresh build of the same content. The
 * fresh build is of a copy at another path, with a cache folder of its own: a `--fresh` build
 * of the same folder would share with the incremental builds whatever `--fresh` keeps in its
 * cache, and a stale entry there would show in both sites alike. Only the content-keyed caches
 * (pictures, copied over; cards) are shared.
 */
async function compareWithFresh(articles: number): Promise<IncrementalFigures['comparison']> {
  const f = folders(articles);
  progress(`copying the content to ${path.relative('.', f.referenceContent)}`);
  copyContent(f.content, f.referenceContent);
  await step(`building the copy fresh (${formatCount(articles)} articles), to compare`, () =>
    buildArchive(f.referenceContent, f.referenceOut, f.log('archive-reference'), 'warm'),
  );
  const differences = compareSites(f.archiveOut, f.referenceOut, {
    limit: DIFFERENCES_SHOWN,
    names: ['incremental', 'fresh'],
  });
  progress(`  ${differences.length === 0 ? 'identical' : 'different'}`);
  rmSync(f.referenceContent, { recursive: true, force: true });
  rmSync(archiveCacheDir(f.referenceContent), { recursive: true, force: true });
  // The fresh site stays only when it has something to show.
  if (differences.length > 0) return { differences, reference: path.relative('.', f.referenceOut) };
  rmSync(f.referenceOut, { recursive: true, force: true });
  return { differences };
}

/** After the warm build: one new article, one edited title, each built incrementally; then the comparison. */
async function incrementalBuilds(
  articles: number,
  content: ContentSummary,
  seed: number,
  photos: readonly Buffer[],
): Promise<IncrementalFigures> {
  const added = addArticle(content.dir, articles, seed, photos);
  const newArticle = await incrementalStep(articles, 'one new article', added);
  // Another article than the one warmBuild edited.
  const retitled = content.articleFiles[Math.floor(content.articleFiles.length / 3)];
  editTitle(retitled);
  const editedTitle = await incrementalStep(articles, 'one edited title', retitled);
  return { newArticle, editedTitle, comparison: await compareWithFresh(articles) };
}

/** Builds the plain Astro baseline at one size; `fresh` drops its caches first. */
function baselineBuild(articles: number, fresh: boolean): Promise<Measured> {
  const f = folders(articles);
  const label = `building plain Astro (${formatCount(articles)} articles, ${fresh ? 'fresh' : 'after one edit'})`;
  const log = f.log(fresh ? 'baseline-build' : 'baseline-rebuild');
  const articlesDir = path.join(f.content, 'articles');
  return step(label, () => buildBaseline(articlesDir, f.baselineOut, f.baselineCache, log, fresh));
}

/** Searches the archive built at N in Chromium, SEARCH_RUNS times from cold, and keeps the median. */
async function searchOnce(outDir: string): Promise<SearchFigures> {
  progress(`first search in Chromium, ${SEARCH_RUNS} times from cold ...`);
  const runs: SearchFigures[] = [];
  for (let run = 0; run < SEARCH_RUNS; run++) runs.push(await firstSearch(outDir));
  const search = medianSearch(runs);
  const said =
    search.status === 'measured'
      ? `${search.bytes} bytes, median ${Math.round(search.ms)} ms (${search.runsMs!.map(Math.round).join(', ')} ms)`
      : `skipped: ${search.reason}`;
  progress(`  ${said}`);
  return search;
}

/** The search page as a reader uses it (typed, then opened at its address), SEARCH_RUNS times each. */
async function searchPageOnce(outDir: string): Promise<PageSearchFigures> {
  progress(`the search page in Chromium, typed and opened, ${SEARCH_RUNS} times each ...`);
  const figures = await searchPageTimes(outDir);
  progress(
    figures.status === 'measured'
      ? `  first results ${Math.round(figures.firstMs)} ms after Enter, all ${Math.round(figures.completeMs)} ms; opened: ${Math.round(figures.openedMs)} ms`
      : `  skipped: ${figures.reason}`,
  );
  return figures;
}

/** Measures everything at N articles, and the full builds at the smaller size too (for growth). */
async function measure(options: BenchOptions): Promise<BenchResults> {
  const n = options.articles;
  const sizes = n > options.small ? [options.small, n] : [n];
  contentKind = options.covers === 'none' ? 'text' : 'content';
  const f = folders(n);
  const plan = planBaseline(options.baseline, n, os.totalmem());
  if (!plan.run) progress(`plain Astro baseline ${plan.reason}`);
  let photos: Buffer[] = [];
  if (options.covers === 'photo') {
    progress('drawing the cover photos');
    photos = await drawPhotos(options.seed, PHOTOS);
  } else progress('text-only articles (--covers none): no covers, no body pictures');
  const generated = sizes.map((articles) => {
    progress(
      `generating ${formatCount(articles)} articles in ${path.relative('.', folders(articles).content)}`,
    );
    return generateContent(folders(articles).content, articles, options.seed, photos);
  });
  const content = generated[generated.length - 1];
  const check = await step('npm run check', () => checkContent(f.content, f.log('check')));
  const runs: SizeRun[] = [];
  let full: { archive: Measured; baseline: Measured | undefined } | undefined;
  let cardsCold = 0;
  for (const [index, articles] of sizes.entries()) {
    const archive = await archiveBuild(articles, 'cold', 'fresh, cold caches', 'archive-build');
    cardsCold = cachedCards();
    full = { archive, baseline: plan.run ? await baselineBuild(articles, true) : undefined };
    const run: SizeRun = {
      articles,
      archiveSeconds: full.archive.wallSeconds,
      archiveCpuSeconds: full.archive.cpuSeconds,
      baselineSeconds: full.baseline?.wallSeconds,
    };
    runs.push(run);
    // The smaller size's warm and incremental builds run now: N's cold build deletes the card cache.
    if (articles !== n) {
      run.warmSeconds = (await warmBuild(articles, generated[index])).wallSeconds;
      run.incremental = await incrementalBuilds(articles, generated[index], options.seed, photos);
    }
  }
  progress('measuring the built sites');
  const archiveDist = measureDist(f.archiveOut, 'bai-viet/');
  const search = await searchOnce(f.archiveOut);
  const searchPage = await searchPageOnce(f.archiveOut);
  const archiveRebuild = await warmBuild(n, content);
  const cardsWarm = cachedCards() - cardsCold;
  progress('drawing cards one at a time');
  const perSecond = await cardsPerSecond();
  const baselineRebuild = plan.run ? await baselineBuild(n, false) : undefined;
  // After the baseline's rebuild, which builds the same articles folder with one edit only.
  const last = runs[runs.length - 1];
  last.warmSeconds = archiveRebuild.wallSeconds;
  last.incremental = await incrementalBuilds(n, content, options.seed, photos);
  const baseline: SiteFigures | { skipped: string } =
    plan.run && full!.baseline && baselineRebuild
      ? {
          build: buildFigures(full!.baseline),
          dist: measureDist(f.baselineOut, 'bai-viet/'),
          rebuild: buildFigures(baselineRebuild),
        }
      : { skipped: plan.run ? 'not built' : plan.reason };
  const { articleFiles: _files, ...summary } = content;
  const median = archiveDist.medianArticle;
  return {
    date: new Date().toISOString(),
    machine: machine(),
    methods: METHODS,
    options,
    content: { ...summary, dir: path.relative('.', content.dir) },
    archive: {
      build: buildFigures(full!.archive),
      dist: archiveDist,
      rebuild: buildFigures(archiveRebuild),
    },
    baseline,
    checkSeconds: check.wallSeconds,
    search,
    searchPage,
    sizes: runs,
    pictures: {
      cold: imageFigures(full!.archive.lines),
      warm: imageFigures(archiveRebuild.lines),
      cover: median && coverDownload(f.archiveOut, median.path),
    },
    cards: { cold: cardsCold, warm: cardsWarm, perSecond },
  };
}

/** How each figure is measured, saved with the figures. */
const METHODS = {
  cpu: 'user+sys of the child process tree: cutime+cstime of /proc/self/stat before and after the child',
  memory: 'summed VmRSS of the child and its descendants from /proc, sampled every 100 ms',
  gzip: 'node:zlib gzip at the default level 6',
  units: 'KiB, MiB, GiB: powers of 1,024',
  searchBytes:
    'bytes of every /pagefind/ response to Pagefind alone in an empty page: JSON and JavaScript gzipped as a static host sends them, the index files and WebAssembly as stored',
  searchPage:
    'the search page in a new Chromium each time: typed at one key per 120 ms then Enter, timed in the page from the submit to the first result and to the filters panel (shown once every result is in); opened at /tim-kiem/?q=, timed from navigation to the first result; its bytes: every response from /pagefind/ and /pagefind-newest/ in the last typed run, sent as searchBytes counts them',
};

/** The machine the figures come from. */
function machine(): Record<string, string | number> {
  const version = (name: string) =>
    (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
      .version;
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    chromium: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'none',
  };
}

/** Warns on stderr when other processes used over a tenth of the cores during a full build. */
function warnIfBusy(results: BenchResults): void {
  const cores = os.availableParallelism();
  const sites = { archive: results.archive, baseline: measuredBaseline(results) };
  for (const [name, site] of Object.entries(sites)) {
    if (!site) continue;
    const share = site.build.otherCpuSeconds / (site.build.wallSeconds * cores);
    if (share > 0.1) {
      console.error(
        `bench: other processes used ${Math.round(share * 100)}% of the ${cores} cores during the ${name} build: its figures are slower than on an idle machine`,
      );
    }
  }
}

try {
  const options = parseBenchArgs(process.argv.slice(2));
  const results = await measure(options);
  results.budgets = judgeBudgets(results);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nN = ${formatCount(options.articles)} articles${options.covers === 'none' ? ', text only' : ''}, ${results.machine.cores} cores. Budgets are set for 10,000 articles; "met" is judged on this run's N.\n`,
  );
  if ('skipped' in results.baseline) {
    console.log(`The plain Astro baseline was not built: ${results.baseline.skipped}.\n`);
  }
  console.log(summaryTable(results));
  console.log(`\n${comparisonLines(results)}`);
  console.log(`\n${profileTable(results)}\n\n${peakLines(results)}\n`);
  console.log(`Saved ${RESULTS_FILE}; logs in ${path.relative('.', path.join(WORK, 'logs'))}/.`);
  warnIfBusy(results);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
