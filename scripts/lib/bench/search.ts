/** The first search in a real Chromium: bytes downloaded and time taken, with a cold cache. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { NEWEST_INDEX_FOLDER } from '#src/lib/search/newestIndex.ts';

/** The outcome: figures, or why there are none. */
export type SearchFigures =
  | {
      status: 'measured';
      query: string;
      /** Bytes on the wire, text files gzipped as a static host sends them. */
      bytes: number;
      /** The same files' bytes as stored. */
      rawBytes: number;
      ms: number;
      /** The time of every run, when several were made (see medianSearch). */
      runsMs?: number[];
      requests: number;
      results: number;
    }
  | { status: 'skipped'; reason: string };

/** A one-word query, frequent in the generated text (a long posting list: a hard case). */
export const SEARCH_QUERY = 'rừng';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** An empty page to search from, so that nothing of the site loads Pagefind beforehand. */
const BLANK_PATH = '/__bench__/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
};

/**
 * Types a static host compresses (GitHub Pages, Netlify and Cloudflare all gzip them). Pagefind's
 * index files are gzipped by Pagefind itself, and WebAssembly is sent as stored, to be safe.
 */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json']);

/** Whether a path served is one of the search's files: the archive's index or the newest's. */
const isSearchFile = (urlPath: string) =>
  urlPath.startsWith('/pagefind/') || urlPath.startsWith(`/${NEWEST_INDEX_FOLDER}/`);

/** Runs in the page: loads Pagefind, searches, and loads the first five results. */
const SEARCH_IN_PAGE = `async (query) => {
  const start = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return { ms: performance.now() - start, results: search.results.length };
}`;

/** The few playwright-core calls used here. */
type Page = { goto(url: string): Promise<unknown>; evaluate<R>(expression: string): Promise<R> };
type Browser = { newContext(): Promise<{ newPage(): Promise<Page> }>; close(): Promise<void> };
type Chromium = { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };

/** A static server of `dir` on 127.0.0.1, gzipping text as hosts do, that records what it sends. */
export async function serveDir(dir: string) {
  const sent: { path: string; bytes: number; rawBytes: number }[] = [];
  // Compressed once, as a host serves files compressed ahead: compressing the 2.5 MB filter
  // table of 50,000 articles on each request took the machine's time from the page measured.
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (urlPath === BLANK_PATH) return void response.end('<!doctype html><title>bench</title>');
    let file = path.join(dir, urlPath);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    const stored = readFileSync(file);
    const gzip =
      COMPRESSED.has(path.extname(file)) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip ? (compressed.get(file) ?? gzipSync(stored)) : stored;
    if (gzip) compressed.set(file, body);
    sent.push({ path: urlPath, bytes: body.length, rawBytes: stored.length });
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** playwright-core's Chromium launcher, or undefined when the package is not installed. */
async function loadChromium(): Promise<Chromium | undefined> {
  const name = 'playwright-core'; // a variable: the package is optional for the benchmark
  try {
    return ((await import(name)) as { chromium: Chromium }).chromium;
  } catch {
    return undefined;
  }
}

/** Debian's Chromium through playwright-core, or why the benchmark cannot drive it. */
async function chromiumOrSkip(): Promise<Chromium | { status: 'skipped'; reason: string }> {
  if (!existsSync(CHROMIUM)) return { status: 'skipped', reason: `${CHROMIUM} not found` };
  return (
    (await loadChromium()) ?? { status: 'skipped', reason: 'playwright-core is not installed' }
  );
}

/** Searches the site built in `dir` once, in a fresh Chromium, and reports what it cost. */
export async function firstSearch(dir: string, query = SEARCH_QUERY): Promise<SearchFigures> {
  if (!existsSync(path.join(dir, 'pagefind')))
    return { status: 'skipped', reason: 'no search index (dist/pagefind)' };
  const chromium = await chromiumOrSkip();
  if ('status' in chromium) return chromium;
  const server = await serveDir(path.resolve(dir));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}${BLANK_PATH}`);
    server.sent.length = 0;
    const result = await page.evaluate<{ ms: number; results: number }>(
      `(${SEARCH_IN_PAGE})(${JSON.stringify(query)})`,
    );
    const responses = server.sent.filter((response) => isSearchFile(response.path));
    const sum = (pick: (response: (typeof responses)[number]) => number) =>
      responses.reduce((total, response) => total + pick(response), 0);
    return {
      status: 'measured',
      query,
      bytes: sum((response) => response.bytes),
      rawBytes: sum((response) => response.rawBytes),
      ms: result.ms,
      requests: responses.length,
      results: result.results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** How many cold first searches the benchmark makes: one run alone can be slowed by the machine. */
export const SEARCH_RUNS = 5;

/** The run with the median time, with the time of every run beside it. */
export function medianSearch(runs: SearchFigures[]): SearchFigures {
  const measured = runs.flatMap((run) => (run.status === 'measured' ? [run] : []));
  if (!measured.length) return runs[0];
  const byTime = [...measured].sort((a, b) => a.ms - b.ms);
  return { ...byTime[Math.floor(byTime.length / 2)], runsMs: measured.map((run) => run.ms) };
}

/**
 * The search page as a reader uses it, at one query. Typed into the page's box and Enter pressed
 * right after the last key (Pagefind loads once the page is idle; the typed words, preloaded when
 * typing pauses, are not): until the first results show, and until every result and the filters'
 * counts are in. And the page opened at its address with the query (a shared link, or the search
 * box of another page): from navigation to the first results.
 */
export type PageSearchFigures =
  | {
      status: 'measured';
      query: string;
      /** Medians of the runs, in ms, and every run's figures. */
      firstMs: number;
      completeMs: number;
      openedMs: number;
      runs: { firstMs: number; completeMs: number; openedMs: number }[];
      /** Results the page counted, and bytes of /pagefind/ it was sent when typed (gzipped). */
      results: number;
      bytes: number;
    }
  | { status: 'skipped'; reason: string };

/** How fast the benchmark's reader types: one key every 120 ms (about 80 words a minute). */
const TYPING_DELAY_MS = 120;

/**
 * Installed before the page's own script: the times, from navigation, at which a search was
 * submitted, the first result showed and the filters panel (shown once every result is in) did.
 */
const WATCH_SEARCH = `(() => {
  const times = (window.__searchTimes = {});
  document.addEventListener('submit', () => (times.submit = performance.now()), true);
  new MutationObserver(() => {
    if (times.first === undefined && document.querySelector('[data-results] li'))
      times.first = performance.now();
    const panel = document.querySelector('[data-filters]');
    if (times.complete === undefined && panel && !panel.classList.contains('invisible'))
      times.complete = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

type Times = { submit?: number; first?: number; complete?: number };
type PageSession = Page & {
  addInitScript(script: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: {
    type(text: string, options: { delay: number }): Promise<void>;
    press(key: string): Promise<void>;
  };
  textContent(selector: string): Promise<string | null>;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const SEARCH_PAGE = '/tim-kiem/';

/**
 * Waits for every result and count, asking the page every 20 ms (the page's Content-Security-Policy
 * forbids the string evaluation of Playwright's waitForFunction).
 */
async function searchCompleted(page: PageSession): Promise<Times> {
  for (const started = Date.now(); Date.now() - started < 120_000;) {
    const times = await page.evaluate<Times>('window.__searchTimes');
    if (times.complete !== undefined) return times;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the search page did not finish its search within 120 s');
}

/** Runs the search page SEARCH_RUNS times each way, each time in a new Chromium. */
export async function searchPageTimes(
  dir: string,
  query = SEARCH_QUERY,
): Promise<PageSearchFigures> {
  if (!existsSync(path.join(dir, 'tim-kiem', 'index.html')))
    return { status: 'skipped', reason: 'no search page (tim-kiem/index.html)' };
  const chromium = await chromiumOrSkip();
  if ('status' in chromium) return chromium;
  const server = await serveDir(path.resolve(dir));
  const runs: { firstMs: number; completeMs: number; openedMs: number }[] = [];
  let results = 0;
  let bytes = 0;
  const session = async <T>(use: (page: PageSession) => Promise<T>): Promise<T> => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = (await (await browser.newContext()).newPage()) as PageSession;
      await page.addInitScript(WATCH_SEARCH);
      return await use(page);
    } finally {
      await browser.close();
    }
  };
  try {
    for (let run = 0; run < SEARCH_RUNS; run++) {
      const typed = await session(async (page) => {
        // Counted from the navigation: the page starts loading Pagefind once it is idle.
        server.sent.length = 0;
        await page.goto(`${server.url}${SEARCH_PAGE}`);
        await page.focus('#q');
        await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
        await page.keyboard.press('Enter');
        const times = await searchCompleted(page);
        const status = (await page.textContent('[data-status]')) ?? '';
        results = Number(status.match(/[\d.,]+/)?.[0]?.replace(/[.,]/g, '') ?? 0);
        bytes = server.sent
          .filter((response) => isSearchFile(response.path))
          .reduce((total, response) => total + response.bytes, 0);
        return times;
      });
      const opened = await session(async (page) => {
        await page.goto(`${server.url}${SEARCH_PAGE}?q=${encodeURIComponent(query)}`);
        return searchCompleted(page);
      });
      runs.push({
        firstMs: (typed.first ?? typed.complete!) - typed.submit!,
        completeMs: typed.complete! - typed.submit!,
        openedMs: opened.first ?? opened.complete!,
      });
    }
  } finally {
    await server.close();
  }
  return {
    status: 'measured',
    query,
    firstMs: median(runs.map((run) => run.firstMs)),
    completeMs: median(runs.map((run) => run.completeMs)),
    openedMs: median(runs.map((run) => run.openedMs)),
    runs,
    results,
    bytes,
  };
}
