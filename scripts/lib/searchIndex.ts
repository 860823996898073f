/**
 * Builds the Pagefind index of dist/ through Pagefind's Node API. Pages can be added while Astro
 * is still writing others (see scripts/build.ts): Pagefind's service reads them on the second
 * core, and once it holds every searchable page it writes the index, while Astro goes on with
 * listings and feeds (it writes searchable pages first: src/integrations/archive.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../../src/lib/searchIndexing.ts';

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
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return full === path.join(root, 'pagefind') ? [] : htmlFiles(full, root);
    return name.endsWith('.html') ? [full] : [];
  });
}

export type SearchIndexOptions = {
  outputPath?: string;
  /** Turns a page into what the index reads (the plain page for a comparison index). */
  prepare?: (html: string) => string | undefined;
};

export type SearchIndexer = {
  /** Queues a written page of the build (an absolute path of an .html file). */
  add(file: string): void;
  /**
   * Adds every page not added yet, writes the index unless it is written already, and returns
   * how many pages it holds; throws when Pagefind reported an error or the count is wrong.
   */
  finish(): Promise<number>;
  /** Stops Pagefind without writing anything (the build failed). */
  cancel(): Promise<void>;
};

/**
 * Starts an index of the build in `outDir` that must hold `expectedPages` pages (0: any number):
 * pages are added with `add`, then `finish`. The index is written as soon as it holds
 * `expectedPages` pages, or at `finish`.
 */
export async function startSearchIndex(
  outDir: string,
  expectedPages: number,
  {
    outputPath = path.join(outDir, 'pagefind'),
    prepare = prepareForIndex,
  }: SearchIndexOptions = {},
): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const queued = new Set<string>();
  const waiting: string[] = [];
  const failures: string[] = [];
  let indexed = 0;
  let running = 0;
  let idle: (() => void) | undefined;
  let written: Promise<void> | undefined;

  const write = () => {
    written ??= index.writeFiles({ outputPath }).then((result) => {
      if (result.errors.length)
        throw new Error(`Pagefind could not write the index: ${result.errors.join('; ')}`);
    });
    // Handled by finish; a rejection must not go unobserved meanwhile.
    written.catch(() => undefined);
  };

  const addOne = async (file: string) => {
    const url = '/' + path.relative(outDir, file).split(path.sep).join('/');
    try {
      const content = prepare(readFileSync(file, 'utf8'));
      if (content === undefined) return;
      if (written) {
        failures.push(`${url}: a searchable page beyond the ${expectedPages} expected`);
        return;
      }
      const added = await index.addHTMLFile({ url: url.replace(/index\.html$/, ''), content });
      if (added.errors.length) failures.push(`${url}: ${added.errors.join('; ')}`);
      else indexed++;
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
    if (expectedPages > 0 && indexed === expectedPages && !failures.length) write();
    if (idle) idle();
  };

  const add = (htmlFile: string) => {
    if (queued.has(htmlFile)) return;
    queued.add(htmlFile);
    waiting.push(htmlFile);
    pump();
  };

  return {
    add,
    cancel: async () => {
      await written?.catch(() => undefined);
      await closePagefind();
    },
    finish: async () => {
      try {
        for (const htmlFile of htmlFiles(outDir)) add(htmlFile);
        await new Promise<void>((resolve) => {
          idle = resolve;
          pump();
        });
        if (failures.length)
          throw new Error(`Pagefind could not index ${failures.slice(0, 5).join('\n')}`);
        if (indexed < expectedPages) {
          throw new Error(
            `the search index holds ${indexed} pages, fewer than the ${expectedPages} published`,
          );
        }
        write();
        await written;
        return indexed;
      } finally {
        await written?.catch(() => undefined);
        await closePagefind();
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
