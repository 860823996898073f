/**
 * `npm run bench -- --articles N`: generates N synthetic articles, builds them as `npm run build`
 * does and with a plain Astro site side by side, and prints and saves (bench-results.json) what
 * it cost against the budgets at 10,000 articles. The plain Astro site is left out at sizes
 * where its memory, projected from 10,000 articles, exceeds the machine's (`--baseline`), and
 * `--covers none` generates text-only articles. See BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, type BenchOptions } from './lib/bench/args.ts';
import { planBaseline } from './lib/bench/baselinePlan.ts';
import { buildArchive, buildBaseline, checkContent } from './lib/bench/builds.ts';
import { editArticle, generateContent } from './lib/bench/content.ts';
import { measureDist } from './lib/bench/dist.ts';
import { drawPhotos } from './lib/bench/photos.ts';
import { cachedCards, cardsPerSecond } from './lib/bench/cards.ts';
import { coverDownload, imageFigures } from './lib/bench/pictures.ts';
import { formatCount, formatSeconds } from './lib/bench/format.ts';
import { buildPhases, phaseAt } from './lib/bench/phases.ts';
import { judgeBudgets } from './lib/bench/budgets.ts';
import { peakLines, profileTable, summaryTable } from './lib/bench/report.ts';
import {
  measuredBaseline,
  type BenchResults,
  type BuildFigures,
  type SiteFigures,
  type SizeRun,
} from './lib/bench/results.ts';
import type { Measured } from './lib/bench/run.ts';
import { firstSearch, medianSearch, SEARCH_RUNS, type SearchFigures } from './lib/bench/search.ts';

const WORK = path.resolve('bench/work');
const RESULTS_FILE = 'bench-results.json';
/** Distinct photos drawn for the covers; every article still gets a file of its own. */
const PHOTOS = 6;

/** The content's kind, for folder names: the generator's default, or text only. */
let contentKind: 'content' | 'text' = 'content';

/** The folders of one size: content, the two builds and the baseline's cache. */
function folders(articles: number) {
  return {
    content: path.join(WORK, `${contentKind}-${articles}`),
    archiveOut: path.join(WORK, `dist-${articles}`),
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

/** Builds the archive (as `npm run build` does) at one size; `fresh` drops its caches first. */
function archiveBuild(articles: number, fresh: boolean): Promise<Measured> {
  const f = folders(articles);
  const label = `building the archive (${formatCount(articles)} articles, ${fresh ? 'fresh' : 'after one edit'})`;
  const log = f.log(fresh ? 'archive-build' : 'archive-rebuild');
  return step(label, () => buildArchive(f.content, f.archiveOut, log, fresh));
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
  for (const articles of sizes) {
    const archive = await archiveBuild(articles, true);
    cardsCold = cachedCards();
    full = { archive, baseline: plan.run ? await baselineBuild(articles, true) : undefined };
    runs.push({
      articles,
      archiveSeconds: full.archive.wallSeconds,
      archiveCpuSeconds: full.archive.cpuSeconds,
      baselineSeconds: full.baseline?.wallSeconds,
    });
  }
  progress('measuring the built sites');
  const archiveDist = measureDist(f.archiveOut, 'bai-viet/');
  const search = await searchOnce(f.archiveOut);
  const edited = content.articleFiles[Math.floor(content.articleFiles.length / 2)];
  editArticle(edited);
  progress(`edited ${path.relative('.', edited)}`);
  const archiveRebuild = await archiveBuild(n, false);
  const cardsWarm = cachedCards() - cardsCold;
  progress('drawing cards one at a time');
  const perSecond = await cardsPerSecond();
  const baselineRebuild = plan.run ? await baselineBuild(n, false) : undefined;
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
  searchBytes: 'bytes of every /pagefind/ response, as served without transport compression',
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
  console.log(`\n${profileTable(results)}\n\n${peakLines(results)}\n`);
  console.log(`Saved ${RESULTS_FILE}; logs in ${path.relative('.', path.join(WORK, 'logs'))}/.`);
  warnIfBusy(results);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
