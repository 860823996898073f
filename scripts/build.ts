/**
 * `npm run build`: checks the content, builds dist/ and its search index. Nothing is written
 * when the content has errors.
 *
 * Three things run side by side on the machine's cores, which matters at archive scale
 * (BENCHMARKS.md): Astro starts in a process of its own while another checks the content; each
 * page Astro reports written goes to Pagefind's service at once; and the site is built in a
 * staging folder that replaces dist/ only when everything, search index included, is done. Until
 * then the previous dist/ stays as it was, so a failed build leaves the site that was there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { commandMessages } from '../src/i18n/messageLanguage.ts';
import { withoutUnchangedPage } from './lib/routeLog.ts';
import { startSearchIndex, type SearchIndexer } from './lib/search/searchIndex.ts';
import { writeNewestIndex } from './lib/search/newestIndex.ts';
import type { CheckPassed } from './lib/checkForBuild.ts';
import type { PageWritten } from './lib/astroBuild.ts';
import { astroHeapMiB, machineMemory, ranOutOfHeap } from './lib/astroHeapSize.ts';
import {
  outDir as buildOutDir,
  CONTENT_CHECKED,
  FRESH_BUILD,
  contentCacheDir,
} from '../src/lib/shared/environment.ts';
import type { PagesReused, PagesReusing } from '../src/integrations/archive.ts';
import { PAGE_MANIFEST_FILE } from '../src/lib/shared/pageReuse.ts';

/**
 * `astro build` into `outDir` in a process of its own (scripts/lib/astroBuild.ts). Its output is
 * held back until `release()` (a refused build shows only the checker's report); `written` hears
 * of each page written, by its absolute path.
 */
function startAstro(
  outDir: string,
  {
    fresh,
    written,
    restored,
    reusing,
    pages,
  }: {
    fresh: boolean;
    written: (page: string) => void;
    restored: (page: string) => void;
    reusing: (pages: string[]) => void;
    pages: (counts: PagesReused['pages']) => void;
  },
) {
  // A large archive needs more than Node's default heap: most of the machine's memory.
  const memory = machineMemory(totalmem(), process.constrainedMemory());
  const heapMiB = astroHeapMiB(memory);
  const child: ChildProcess = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMiB}`, path.join(import.meta.dirname, 'lib/astroBuild.ts')],
    {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        OUT_DIR: outDir,
        [CONTENT_CHECKED]: '1',
        ...(fresh ? { [FRESH_BUILD]: '1' } : {}),
        // Memory the process no longer uses goes back to the system (BENCHMARKS.md, measured
        // with photos at 2,000 and 10,000 articles). Vite's bundler (Rolldown) allocates with
        // mimalloc, which keeps freed memory for a while in transparent huge pages: 0.85 GiB
        // still held at 10,000 articles long after bundling. Glibc keeps up to eight malloc
        // arenas per core for the image pipeline's threads; two are enough.
        MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
        MIMALLOC_ALLOW_THP: process.env.MIMALLOC_ALLOW_THP ?? '0',
        MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      },
    },
  );
  const held: [NodeJS.WriteStream, string][] = [];
  let released = false;
  const pass = (stream: NodeJS.WriteStream, line: string) => {
    if (released) stream.write(`${line}\n`);
    else held.push([stream, line]);
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    // Pages restored unchanged are counted at the end, not named (routeLog.ts).
    const shown = withoutUnchangedPage(line);
    if (shown !== undefined) pass(process.stdout, shown);
  });
  child.on('message', (message: PageWritten | PagesReusing | PagesReused) => {
    if ('written' in message) written(message.written);
    else if ('restored' in message) message.restored.forEach(restored);
    else if ('reusing' in message) reusing(message.reusing);
    else pages(message.pages);
  });
  let outOfHeap = false;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    // V8's native stack trace after running out of heap says nothing to anyone: done() does.
    outOfHeap ||= ranOutOfHeap(line);
    if (!outOfHeap) pass(process.stderr, line);
  });
  const exit = once(child, 'close') as Promise<[number | null, string | null]>;
  return {
    release() {
      released = true;
      for (const [stream, line] of held.splice(0)) stream.write(`${line}\n`);
    },
    async done() {
      const [code, signal] = await exit;
      if (outOfHeap) {
        throw new Error(
          commandMessages().report.astroOutOfMemory(heapMiB, Math.round(memory / 2 ** 20)),
        );
      }
      if (code !== 0) throw new Error(`astro build exited with ${code ?? signal}`);
    },
    async stop() {
      child.kill();
      await exit;
    },
  };
}

/** Runs the content check (scripts/lib/checkForBuild.ts); undefined when the content has errors. */
async function checkContent(): Promise<CheckPassed | undefined> {
  const check = spawn(
    process.execPath,
    // Its messages speak the language this command was asked for (`--lang en`).
    [path.join(import.meta.dirname, 'lib/checkForBuild.ts'), ...process.argv.slice(2)],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let passed: CheckPassed | undefined;
  check.on('message', (message: CheckPassed) => (passed = message));
  const [code, signal] = (await once(check, 'close')) as [number | null, string | null];
  // 1: the content has errors, reported above. Anything else is the check itself failing
  // (out of memory, killed), which no edit of the content would fix.
  if (code !== 0 && code !== 1) throw new Error(`the content check stopped (${code ?? signal})`);
  return code === 0 ? passed : undefined;
}

/**
 * Puts the finished `staging` build in place of `outDir`: the previous build is renamed aside,
 * the new one renamed in. Renames are instant, so there is no moment without a whole site;
 * should the second rename fail, the previous build goes back. The previous build is then
 * renamed for this build alone (nothing is ever renamed to that name again) and deleted by a
 * process of its own that outlives this one: unlinking the 41,000 files of a 10,000-article
 * site took 3.7 s, a tenth of an incremental build, and nobody needs to wait for it.
 */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = `${outDir}.previous`;
  // Left by a build that was killed during its swap.
  await rm(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) renameSync(previous, `${outDir}${OLD_BUILD}${process.pid}-${Date.now()}`);
  deleteInBackground(oldBuilds(outDir));
}

/** What follows `outDir` in the name of a previous build waiting to be deleted. */
const OLD_BUILD = '.old-';

/**
 * The previous builds beside `outDir` waiting to be deleted: this one's, and any left by a
 * deleter that was stopped.
 */
export function oldBuilds(outDir: string): string[] {
  const prefix = `${path.basename(outDir)}${OLD_BUILD}`;
  const parent = path.dirname(outDir);
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => path.join(parent, name));
}

/** Deletes `folders` in a detached process, which this one does not wait for. */
function deleteInBackground(folders: string[]): void {
  if (!folders.length) return;
  const remove =
    "for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });";
  spawn(process.execPath, ['-e', remove, ...folders], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Whether the search index's parts are older than the page manifest: a build stopped after
 * Astro's end and before the index's, whose pages would be restored with text the parts do not
 * have (the parts know a page by its size, and an edit can keep it). The parts then go, and the
 * search index is made anew: the search index keeps its parts beside Astro's incremental cache,
 * and a fresh build makes them anew too.
 */
function searchCacheBehind(searchCache: string): boolean {
  return (
    written(cacheManifest(searchCache)) < written(path.join(contentCacheDir(), PAGE_MANIFEST_FILE))
  );
}

/**
 * Whether the newest articles' index cache is not that of the last build that ended: it is
 * written while Astro writes the listings, before the page manifest and the archive index's
 * cache, so a build stopped in between leaves it newer than the archive index's cache (or
 * alone). It then goes with the same risk as above.
 */
function newestCacheAhead(newestCache: string, searchCache: string): boolean {
  const newest = written(cacheManifest(newestCache));
  return newest > 0 && newest > written(cacheManifest(searchCache));
}

const cacheManifest = (cacheDir: string) => path.join(cacheDir, 'manifest.json');
/** When `file` was last written (0: there is none). */
const written = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/**
 * Checks the content and builds the site; returns false (having written nothing) on content
 * errors, throws on any later failure. Either way the previous build is left exactly as it was
 * and the staging folder is removed.
 */
export async function buildSite(fresh = process.argv.includes('--fresh')): Promise<boolean> {
  const outDir = buildOutDir();
  const staging = `${outDir}.building`;
  rmSync(staging, { recursive: true, force: true });
  const searchCache = path.join(contentCacheDir(), 'search-index');
  const newestCache = path.join(contentCacheDir(), 'search-index-newest');
  if (fresh || searchCacheBehind(searchCache))
    rmSync(searchCache, { recursive: true, force: true });
  if (fresh || newestCacheAhead(newestCache, searchCache))
    rmSync(newestCache, { recursive: true, force: true });

  // Pages written or restored before the index exists wait for it.
  const early: string[] = [];
  const earlyRestored: string[] = [];
  const earlyReusing: string[] = [];
  let search: SearchIndexer | undefined;
  let reported = 0;
  let pages: PagesReused['pages'] | undefined;
  const astro = startAstro(staging, {
    fresh,
    written: (file) => {
      reported++;
      if (search) search.add(file);
      else early.push(file);
    },
    restored: (file) => {
      if (search) search.restored(file);
      else earlyRestored.push(file);
    },
    reusing: (files) => {
      if (search) search.reusing(files);
      else earlyReusing.push(...files);
    },
    pages: (counts) => (pages = counts),
  });

  try {
    const checked = await checkContent();
    if (!checked) {
      console.error(commandMessages().report.buildStopped);
      return false;
    }
    astro.release();
    let newest = 0;
    // Astro's incremental cache (its cacheDir, then dist/).
    const previousPages = path.join(contentCacheDir(), 'dist');
    search = await startSearchIndex(staging, checked.searchablePages, {
      cacheDir: searchCache,
      previousPages,
      // Written while Astro writes the listings, as soon as the archive's index is merged.
      afterMerge: async (rendered) => {
        newest = await writeNewestIndex(staging, {
          cacheDir: newestCache,
          previousPages,
          rendered,
        });
      },
    });
    for (const file of early.splice(0)) search.add(file);
    for (const file of earlyRestored.splice(0)) search.restored(file);
    search.reusing(earlyReusing.splice(0));
    await astro.done();
    // finish() stops Pagefind itself, whether it succeeds or not.
    const indexer = search;
    search = undefined;
    const indexed = await indexer.finish();
    await swapIn(staging, outDir);
    if (pages) console.log(commandMessages().report.pagesReused(pages.rendered, pages.reused));
    console.log(commandMessages().report.searchIndexed(indexed, reported > 0));
    if (newest) console.log(commandMessages().report.newestIndexed(newest));
    return true;
  } finally {
    // Whatever stopped the build, Astro and Pagefind are stopped and the unfinished build goes;
    // after a success there is nothing left to stop, and the staging folder is dist/ now.
    await search?.cancel();
    await astro.stop();
    rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    process.exitCode = (await buildSite()) ? 0 : 1;
  } catch (error) {
    console.error(
      commandMessages().report.buildFailed +
        (error instanceof Error ? error.message : String(error)),
    );
    process.exitCode = 1;
  }
}
