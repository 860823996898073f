/**
 * Builds the Pagefind index of dist/ through Pagefind's Node API. Pages can be added while Astro
 * is still writing others (see scripts/build.ts): Pagefind's service reads them on the second
 * core and writes them in parts as they fill, and once every searchable page is in, the parts
 * are merged into one index while Astro goes on with listings and feeds (it writes searchable
 * pages first: src/integrations/archive.ts).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { prepareForIndex, sortValuesOf } from '#src/lib/search/indexedText.ts';
import { mergeIndexPartsInWorker, writeSearchFacets, type IndexPart } from './searchIndexParts.ts';
import { pagefindVersionProblem } from './pagefindMerge.ts';
import { openIndexCache, textHash, type CachedPage } from './searchIndexCache.ts';
import { appendTo } from '#src/lib/shared/collections.ts';

/** The version of the Pagefind package installed (its package.json is not among its exports). */
function installedPagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  let folder = path.dirname(entry);
  while (path.basename(folder) !== 'pagefind') folder = path.dirname(folder);
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
}

/** How many pages are sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;

/**
 * Stops Pagefind's service and waits (on Linux, up to 2 s) until its process is gone. The
 * `pagefind` package only signals it; without the wait this process could exit first, leaving
 * the service's CPU time uncounted in the build's (the benchmark counts what it waited for).
 */
async function closePagefind(): Promise<void> {
  await pagefind.close();
  const children = `/proc/${process.pid}/task/${process.pid}/children`;
  const pagefindChildren = () => {
    try {
      return readFileSync(children, 'utf8')
        .split(' ')
        .filter((pid) => pid && readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind'));
    } catch {
      return [];
    }
  };
  for (let waited = 0; waited < 2000 && pagefindChildren().length; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

/** HTML files of the build, except the index's own folder. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): string[] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return full === path.join(root, 'pagefind') ? [] : htmlFiles(full, root);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export type SearchIndexOptions = {
  outputPath?: string;
  /** Turns a page into what the index reads (the plain page for a comparison index). */
  prepare?: (html: string) => string | undefined;
  /** Pages per part (PART_PAGES). */
  partPages?: number;
  /**
   * A folder that keeps the index between builds (scripts/lib/search/searchIndexCache.ts), for
   * an incremental build: pages given to `add` are those rendered in this build; any other page
   * found at `finish` that the cache knows is taken as unchanged without being read, and only
   * the pages whose text changed are indexed, then merged with the previous index.
   */
  cacheDir?: string;
  /**
   * The folder of the previous build's copy of each page (Astro's incremental cache), where the
   * pages announced by `reusing` are read until Astro has restored them.
   */
  previousPages?: string;
  /**
   * An index of the pages given alone (a few of the build's): `finish` does not look for the
   * build's other pages.
   */
  givenOnly?: boolean;
  /**
   * Runs once the index is merged, before `finish` returns, while Astro may still be writing
   * the pages that are not searchable; `rendered` tells the pages given to `add` (read) from
   * those restored. The index's Pagefind service is closed by then.
   */
  afterMerge?: (rendered: (file: string) => boolean) => Promise<void>;
};

export type SearchIndexer = {
  /** Queues a written page of the build (an absolute path of an .html file). */
  add(file: string): void;
  /**
   * A page restored unchanged from the previous build: taken from the cache without being read
   * when the cache knows it, read like a written page otherwise.
   */
  restored(file: string): void;
  /**
   * Pages Astro will restore unchanged, by their path in the build folder, announced before it
   * renders: taken as restored now, with the size of their copy in `previousPages`.
   */
  reusing(pages: string[]): void;
  /**
   * Adds every page not added yet, writes the index unless it is written already, and returns
   * how many pages it holds; throws when Pagefind reported an error or the count is wrong.
   */
  finish(): Promise<number>;
  /** Stops Pagefind without writing anything (the build failed). */
  cancel(): Promise<void>;
  /** Pages given to Pagefind in this build, and pages merged from parts of the cache. */
  counts(): { indexed: number; reused: number };
};

/**
 * Pages per part of the index. Pagefind's service writes parts of 300 pages in about 0.2 GiB
 * (500 pages: 0.25 GiB, 1,000: 0.45 GiB), where one index of 11,264 pages took 2.9 GiB
 * (BENCHMARKS.md, "Memory"); the parts are merged into one index
 * (scripts/lib/search/searchIndexParts.ts). Smaller parts saved no more: the merge then needs more.
 */
export const PART_PAGES = 300;

/** A part being filled, then written by Pagefind's service into a folder of its own. */
type Part = IndexPart & {
  index: PagefindIndex;
  added: number;
  adding: number;
  written?: Promise<void>;
  /** What the cache records of its pages (with a cacheDir). */
  pages: CachedPage[];
};

/**
 * Starts an index of the build in `outDir` that must hold `expectedPages` pages (0: any number):
 * pages are added with `add`, then `finish`. Pages go to Pagefind in parts of `partPages`, each
 * written as it fills; the parts are merged into the index as soon as it holds `expectedPages`
 * pages, or at `finish`. With a `cacheDir` that holds the previous build's index, only changed
 * pages are indexed and merged with it.
 */
export async function startSearchIndex(
  outDir: string,
  expectedPages: number,
  {
    outputPath = path.join(outDir, 'pagefind'),
    prepare = prepareForIndex,
    partPages = PART_PAGES,
    cacheDir,
    previousPages,
    givenOnly = false,
    afterMerge,
  }: SearchIndexOptions = {},
): Promise<SearchIndexer> {
  // Before any page is indexed: a Pagefind the merge does not know would fail only at the end.
  const problem = pagefindVersionProblem(installedPagefindVersion(), 'installed');
  if (problem) throw new Error(problem);
  const partsFolder = `${outputPath}.parts`;
  rmSync(partsFolder, { recursive: true, force: true });
  const cache = cacheDir === undefined ? undefined : openIndexCache(cacheDir);
  /**
   * Set once every page is known (every searchable page accounted for, or at finish): every
   * page read from then on is indexed.
   */
  let settled = false;
  /** Searchable pages known so far: indexed, found unchanged, or restored and in the cache. */
  let accounted = 0;
  const parts: Part[] = [];
  const queued = new Set<string>();
  const waiting: string[] = [];
  const failures: string[] = [];
  let indexed = 0;
  let running = 0;
  let idle: (() => void) | undefined;
  let merged: Promise<number> | undefined;

  const openPart = async (): Promise<Part> => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const part: Part = {
      index,
      dir: path.join(partsFolder, String(parts.length)),
      sortValues: new Map(),
      added: 0,
      adding: 0,
      pages: [],
    };
    parts.push(part);
    return part;
  };
  // The first part is opened now, so that Pagefind's service is known to start.
  let filling: Part | undefined = await openPart();
  let opening: Promise<Part> | undefined;
  const partToFill = async () => {
    if (filling) return filling;
    opening ??= openPart().then((part) => {
      filling = part;
      opening = undefined;
      return part;
    });
    return opening;
  };

  /** Writes a part once it is no longer filled and its last page is in. */
  const writePart = (part: Part) => {
    if (part.written || part.adding > 0 || part === filling) return;
    part.written = part.index.writeFiles({ outputPath: part.dir }).then(async (result) => {
      if (result.errors.length)
        throw new Error(`Pagefind could not write the index: ${result.errors.join('; ')}`);
      // The service lets go of the part's pages.
      await part.index.deleteIndex();
    });
    // Handled by finish; a rejection must not go unobserved meanwhile.
    part.written.catch(() => undefined);
  };

  /** Writes the part being filled and merges every part into the index. */
  const merge = () => {
    if (merged) return;
    const last = filling;
    filling = undefined;
    // An index with no page at all is still written, as Pagefind writes it.
    if (last && (last.added > 0 || (parts.length === 1 && !cache?.reusedPages()))) writePart(last);
    const written = parts.filter((part) => part.written);
    merged = Promise.all(written.map((part) => part.written)).then(async () => {
      // Pagefind's service keeps the memory of the parts it let go of: 0.2 GiB at 10,000 articles.
      await closePagefind();
      const pages = cache
        ? await cache.merge(written, outputPath)
        : (
            await mergeIndexPartsInWorker(
              written.map(({ dir, sortValues }) => ({ dir, sortValues })),
              outputPath,
            )
          ).pages;
      await afterMerge?.((file) => queuedToRead.has(file));
      return pages;
    });
    merged.catch(() => undefined);
  };

  /** A page's URL from its file, and as the index holds it (a folder's index.html is the folder). */
  const fileUrl = (file: string) => '/' + path.relative(outDir, file).split(path.sep).join('/');
  const indexedUrl = (file: string) => fileUrl(file).replace(/index\.html$/, '');

  /** Announced pages (reusing) read from the previous build's copy: Astro may not have yet. */
  const readFrom = new Map<string, string>();

  const addOne = async (file: string) => {
    const url = fileUrl(file);
    const at = indexedUrl(file);
    try {
      const html = readFileSync(readFrom.get(file) ?? file, 'utf8');
      const content = prepare(html);
      const size = Buffer.byteLength(html);
      if (content === undefined) {
        cache?.notSearchable(at, size);
        return;
      }
      const hash = cache && textHash(content);
      if (!settled) accounted++;
      // Left in the previous index.
      if (hash && !settled && cache?.unchanged(at, hash, file, size)) return;
      if (merged) {
        failures.push(`${url}: a searchable page beyond the ${expectedPages} expected`);
        return;
      }
      let part = await partToFill();
      // Pages read at once all wait for the same part: those beyond its size go to the next.
      while (part.added >= partPages) part = await partToFill();
      part.added++;
      part.adding++;
      if (part.added >= partPages && filling === part) filling = undefined;
      const sort = sortValuesOf(content);
      for (const [key, value] of sort) appendTo(part.sortValues, key, [value]);
      if (hash) part.pages.push({ url: at, hash, size, sort: Object.fromEntries(sort) });
      const added = await part.index.addHTMLFile({ url: at, content });
      part.adding--;
      if (added.errors.length) failures.push(`${url}: ${added.errors.join('; ')}`);
      else indexed++;
      writePart(part);
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // At most IN_FLIGHT pages at Pagefind at once: its service parses one while the next is read.
  const pump = () => {
    while (running < IN_FLIGHT && waiting.length) {
      running++;
      void addOne(waiting.shift()!).finally(() => {
        running--;
        pump();
      });
    }
    if (running > 0) return;
    // Every searchable page is in (Astro writes them first): the index is merged while Astro
    // writes the rest.
    if (expectedPages > 0 && accounted === expectedPages && !failures.length && !merged) {
      settled = true;
      merge();
    }
    if (idle) idle();
  };

  /** Waits until every page queued has been read and given to Pagefind. */
  const drained = () =>
    new Promise<void>((resolve) => {
      idle = resolve;
      pump();
    });

  /** Pages given to `add`: written in this build, or restored but unknown to the cache. */
  const queuedToRead = new Set<string>();
  const add = (htmlFile: string) => {
    if (queued.has(htmlFile)) return;
    queued.add(htmlFile);
    queuedToRead.add(htmlFile);
    waiting.push(htmlFile);
    pump();
  };

  const restored = (
    htmlFile: string,
    size = statSync(htmlFile).size,
    at = indexedUrl(htmlFile),
  ) => {
    if (queued.has(htmlFile)) return;
    if (cache?.restoredUnsearchable(at, size)) {
      queued.add(htmlFile);
      return;
    }
    if (!settled && cache?.restored(at, htmlFile, size)) {
      queued.add(htmlFile);
      accounted++;
      pump();
      return;
    }
    add(htmlFile);
  };

  const stop = async () => {
    await Promise.all(parts.map((part) => part.written?.catch(() => undefined)));
    await merged?.catch(() => undefined);
    await closePagefind();
    rmSync(partsFolder, { recursive: true, force: true });
    cache?.discard();
  };

  const reusing = (pages: string[]) => {
    if (previousPages === undefined) return;
    for (const page of pages) {
      const copy = path.join(previousPages, page);
      const size = statSync(copy, { throwIfNoEntry: false })?.size;
      // Rendered after all, and added when written.
      if (size === undefined) continue;
      const file = path.join(outDir, page);
      readFrom.set(file, copy);
      // Announced from the build folder's root, as fileUrl gives it.
      restored(file, size, page.replace(/index\.html$/, ''));
    }
  };

  return {
    add,
    restored: (file) => restored(file),
    reusing,
    cancel: stop,
    counts: () => ({ indexed, reused: cache?.reusedPages() ?? 0 }),
    finish: async () => {
      try {
        for (const htmlFile of givenOnly ? [] : htmlFiles(outDir)) {
          // Only pages not known yet are looked at: a file gone meanwhile is no concern.
          if (queued.has(htmlFile)) continue;
          const size = statSync(htmlFile, { throwIfNoEntry: false })?.size;
          if (size !== undefined) restored(htmlFile, size);
        }
        await drained();
        settled = true;
        if (failures.length)
          throw new Error(`Pagefind could not index ${failures.slice(0, 5).join('\n')}`);
        const held = indexed + (cache?.reusedPages() ?? 0);
        if (held < expectedPages) {
          throw new Error(
            `the search index holds ${held} pages, fewer than the ${expectedPages} published`,
          );
        }
        merge();
        // Pagefind may leave out a page it was given (one without data-pagefind-body, when others
        // have it): the merged index says how many it holds.
        const pages = await merged!;
        if (pages < expectedPages) {
          throw new Error(
            `the search index holds ${pages} pages, fewer than the ${expectedPages} published`,
          );
        }
        writeSearchFacets(outputPath);
        cache?.commit();
        return pages;
      } finally {
        await stop();
      }
    },
  };
}

/** Indexes every page of `outDir` that marks searchable content and writes outDir/pagefind. */
export async function buildSearchIndex(
  outDir: string,
  expectedPages: number,
  options: SearchIndexOptions = {},
): Promise<number> {
  return (await startSearchIndex(outDir, expectedPages, options)).finish();
}
