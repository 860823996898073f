/** The search page in a real browser: real queries, filters in the URL, nothing unpublished. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SITES } from '../build/sites.ts';
import { launchBrowser, openPage } from './browser.ts';
import type { SearchFacets } from '#src/lib/search/searchFacets.ts';
import { serveStatic } from './staticServer.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeNewestIndex } from '#scripts/lib/search/newestIndex.ts';
import {
  NEWEST_FIRST_MIN,
  NEWEST_INDEX_ABOVE,
  NEWEST_INDEX_FOLDER,
  type PagefindEntry,
} from '#src/lib/search/newestIndex.ts';
import { loadPagefind } from '../search/pagefindNode.ts';

let browser: Browser;
let base: string;
let close: () => void;

beforeAll(async () => {
  browser = await launchBrowser();
  const served = await serveStatic(SITES.sample.outDir);
  base = served.url;
  close = () => served.server.close();
});
afterAll(async () => {
  await browser?.close();
  close?.();
});

type WorkerCall = { worker: string; method: string; term: unknown };

/**
 * Installed before the page's scripts: records in `window.workerCalls` what the page asks of
 * each worker (Pagefind's workers take `{ method, args }` messages).
 */
function recordWorkerCalls() {
  const calls: WorkerCall[] = [];
  (window as unknown as { workerCalls: WorkerCall[] }).workerCalls = calls;
  const urls = new WeakMap<Worker, string>();
  const NativeWorker = window.Worker;
  window.Worker = new Proxy(NativeWorker, {
    construct(target, args: [string | URL, WorkerOptions?]) {
      const worker = new target(...args);
      urls.set(worker, String(args[0]));
      return worker;
    },
  });
  const post = NativeWorker.prototype.postMessage as (...args: unknown[]) => void;
  NativeWorker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    const { method, args: callArgs } = (args[0] ?? {}) as { method?: string; args?: unknown[] };
    if (method) calls.push({ worker: urls.get(this) ?? '', method, term: callArgs?.[0] });
    post.apply(this, args);
  };
}

/** Waits until a search is complete: the filters show once every result and count is in. */
const searchCompleted = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('[data-filters]')?.classList.contains('invisible'),
  );

/** Types `query` into the search page and returns the result URLs in order. */
async function searchFor(query: string, path = '/tim-kiem/') {
  const session = await openPage(browser);
  await session.page.goto(`${base}${path}`);
  await session.page.fill('#q', query);
  await session.page.press('#q', 'Enter');
  await session.page.waitForFunction(
    () =>
      document.querySelector('[data-results] li') ||
      document.querySelector('[data-status]')?.textContent?.startsWith('Không tìm thấy'),
  );
  const links = await session.page.$$eval('[data-results] h3 a', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return { ...session, links };
}

describe('the search page', () => {
  test.each([
    ['cho don', '/dia-phuong/cho-don/'],
    ['Đặng Thị Lan', '/nhan-vat/dang-thi-lan/'],
    ['Ma Văn Hoà', '/nhan-vat/ma-van-hoa/'],
    ['quỹ tiết kiệm', '/mo-hinh/quy-tiet-kiem-cong-dong/'],
    ['khỉ ho cò gáy', '/bai-viet/toi-muon-bien-noi-khi-ho-co-gay-nay-thanh-noi-dang-song/'],
  ])('ranks the expected page first for "%s"', async (query, expected) => {
    const { links, errors, page, close: done } = await searchFor(query);
    expect(links[0]).toBe(expected);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(errors).toEqual([]);
    await done();
  });

  test('runs the search in the URL, so a search can be shared', async () => {
    const { page, errors, close: done } = await openPage(browser);
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('người hiến đất')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.inputValue('#q')).toBe('người hiến đất');
    expect(await page.getAttribute('[data-results] li:first-child h3 a', 'href')).toBe(
      '/bai-viet/nguoi-hien-dat-o-na-ri/',
    );
    expect(await page.textContent('[data-results] li:first-child mark')).toBeTruthy();
    expect(errors).toEqual([]);
    await done();
  });

  test('narrows results with filters kept in the URL', async () => {
    const { page, errors, close: done } = await searchFor('nông thôn');
    // The count, once every pass has run: the first results show one by one as they arrive.
    await page.waitForFunction(() =>
      /^\d+ kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    const before = Number((await page.textContent('[data-status]'))!.match(/^\d+/)![0]);
    await page.getByRole('checkbox', { name: /^Bài viết \(\d+\)$/ }).check();
    await page.waitForFunction(() => location.search.includes('kind='));
    await page.getByRole('checkbox', { name: /^Na Rì \(\d+\)$/ }).check();
    await page.waitForFunction(() => location.search.includes('district='));
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 1);
    const after = await page.$$eval('[data-results] h3 a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(after).toEqual(['/bai-viet/nguoi-hien-dat-o-na-ri/']);
    expect(before).toBeGreaterThan(1);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('kind')).toEqual(['Bài viết']);
    expect(params.getAll('district')).toEqual(['Na Rì']);
    expect(errors).toEqual([]);
    await done();
  });

  test('works with the keyboard alone: type, filter, open a result', async () => {
    const { page, errors, close: done } = await openPage(browser);
    await page.goto(`${base}/tim-kiem/`);
    await page.locator('#q').focus();
    await page.keyboard.type('na ri');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-results] li');
    // Tab on to the first filter and tick it with the space bar.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (
        await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox',
        )
      )
        break;
    }
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      /[?&](kind|series|district|topic|year)=/.test(location.search),
    );
    await page.waitForSelector('[data-results] li');
    const first = await page.getAttribute('[data-results] li:first-child h3 a', 'href');
    await page.locator('[data-results] li:first-child h3 a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
    expect(errors).toEqual([]);
    await done();
  });

  test('finds no unpublished text', async () => {
    for (const marker of ['Khauvaimuon', 'Nhapbanthao']) {
      const { page, close: done } = await searchFor(marker);
      const text = (await page.textContent('[data-results]')) ?? '';
      expect(text.toLowerCase()).not.toContain(marker.toLowerCase());
      await done();
    }
  });

  test('leads from the header search box of any page to the results', async () => {
    const { page, errors, close: done } = await openPage(browser, { width: 360 });
    await page.goto(`${base}/dia-phuong/na-ri/`);
    await page.fill('#tim-nhanh', 'ha van duc');
    await page.press('#tim-nhanh', 'Enter');
    await page.waitForSelector('[data-results] li');
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
    expect(await page.getAttribute('[data-results] li:first-child h3 a', 'href')).toBe(
      '/nhan-vat/ha-van-duc/',
    );
    expect(errors).toEqual([]);
    await done();
  });

  test('loads no Pagefind file on an article page', async () => {
    const { page, close: done } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${base}/bai-viet/nguoi-hien-dat-o-na-ri/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(requested.filter((url) => url.endsWith('.js'))).toEqual([]);
    await done();
  });

  test('loads Pagefind once the page is idle, and the index words typed before Enter', async () => {
    const { page, errors, close: done } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' });
    // Its script, worker, WebAssembly and metadata; no word of the index yet.
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(requested.filter((path) => path.endsWith('.pf_index'))).toEqual([]);
    await page.locator('#q').focus();
    await page.keyboard.type('nông thôn');
    await expect
      .poll(() => requested.filter((path) => path.endsWith('.pf_index')).length)
      .toBeGreaterThan(0);
    expect(await page.locator('[data-results] li').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-results] li');
    expect(errors).toEqual([]);
    await done();
  });

  test('loads Pagefind only when the box gets focus, for a reader saving data', async () => {
    const { page, errors, close: done } = await openPage(browser);
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true } }),
    );
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#q').focus();
    await expect.poll(() => requested).toContain('/pagefind/pagefind.js');
    await page.keyboard.type('nông thôn');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-results] li');
    expect(errors).toEqual([]);
    await done();
  });

  test("counts and applies filters from the build's table, not Pagefind's filter files", async () => {
    const { page, errors, close: done } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('nông thôn')}`);
    await page.getByRole('checkbox', { name: /^Bài viết \(\d+\)$/ }).check();
    await page.waitForFunction(() => location.search.includes('kind='));
    await page.getByRole('checkbox', { name: /^Na Rì \(\d+\)$/ }).check();
    await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 1);
    expect(requested).toContain('/pagefind/search-facets.json');
    expect(requested.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(errors).toEqual([]);
    await done();
  });

  test('still shows the results and their count when the filter table cannot load', async () => {
    const { page, close: done } = await openPage(browser);
    await page.route('**/pagefind/search-facets.json', (route) => route.abort());
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('nông thôn')}`);
    await searchCompleted(page);
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(1);
    expect(await page.textContent('[data-status]')).toMatch(/^\d+ kết quả/);
    expect(await page.locator('[data-filter]:not([hidden])').count()).toBe(0);
    await done();
  });

  describe("with the newest articles' index", () => {
    // The sample is smaller than the newest articles' index: one of its 30 newest pages is
    // written for the test, and the page is told the archive is large enough to have it.
    let work: string;
    let newestDir: string;
    let newestUrls: Set<string>;
    const entryFile = path.join(SITES.sample.outDir, 'pagefind', 'pagefind-entry.json');

    beforeAll(async () => {
      work = mkdtempSync(path.join(os.tmpdir(), 'newest-e2e-'));
      newestDir = path.join(work, NEWEST_INDEX_FOLDER);
      await writeNewestIndex(SITES.sample.outDir, {
        count: 30,
        above: 30,
        outputPath: newestDir,
      });
      const newest = await loadPagefind(work, NEWEST_INDEX_FOLDER);
      newestUrls = new Set(
        await Promise.all(
          (await newest.search('người'))!.results.map(async (result) => (await result.data()).url),
        ),
      );
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    /** Serves the test's newest index to `page`, and tells it the archive has one. */
    const routeNewestIndex = async (page: Page) => {
      await page.route(
        (url) => url.pathname === '/pagefind/pagefind-entry.json' && !url.search,
        async (route) => {
          const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
          for (const language of Object.values(entry.languages))
            language.page_count = NEWEST_INDEX_ABOVE + 1;
          await route.fulfill({ json: entry });
        },
      );
      await page.route('**/pagefind-newest/**', (route) =>
        route.fulfill({
          path: path.join(
            newestDir,
            decodeURIComponent(new URL(route.request().url()).pathname).slice(
              `/${NEWEST_INDEX_FOLDER}/`.length,
            ),
          ),
        }),
      );
    };

    test("shows a common word's newest matches first, then all the archive's", async () => {
      expect(newestUrls.size).toBeGreaterThanOrEqual(NEWEST_FIRST_MIN);
      const allResults = async (routed: boolean) => {
        const { page, errors, close: done } = await openPage(browser);
        const requested: string[] = [];
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        if (routed) await routeNewestIndex(page);
        await page.goto(`${base}/tim-kiem/`);
        await page.fill('#q', 'người');
        await page.press('#q', 'Enter');
        await page.waitForSelector('[data-results] li');
        const first = await page.$$eval('[data-results] h3 a', (as) =>
          as.map((a) => a.getAttribute('href')!),
        );
        await searchCompleted(page);
        const shown = () => page.locator('[data-results] li').count();
        const total = Number((await page.textContent('[data-status]'))?.match(/^\d+/)?.[0]);
        // Each "more" shows ten results as they arrive: the next click waits for all ten.
        for (let before = await shown(); before < total; before = await shown()) {
          await page.locator('[data-more]').click();
          await expect.poll(shown).toBe(Math.min(before + 10, total));
        }
        expect(await page.isVisible('[data-more]')).toBe(false);
        const links = await page.$$eval('[data-results] h3 a', (as) =>
          as.map((a) => a.getAttribute('href')!),
        );
        const status = await page.textContent('[data-status]');
        await done();
        return { first, links, status, requested, errors };
      };
      const routed = await allResults(true);
      const plain = await allResults(false);
      expect(routed.requested).toContain(`/${NEWEST_INDEX_FOLDER}/pagefind.js`);
      expect(plain.requested).not.toContain(`/${NEWEST_INDEX_FOLDER}/pagefind.js`);
      // The first screen is the newest index's (its ten pages' records fetched from it), and
      // stays first.
      const newestFragments = routed.requested.filter((path) =>
        path.startsWith(`/${NEWEST_INDEX_FOLDER}/fragment/`),
      );
      expect(newestFragments.length).toBe(10);
      expect(routed.first.length).toBe(10);
      for (const url of routed.first) expect(newestUrls.has(url), url).toBe(true);
      expect(routed.links.slice(0, 10)).toEqual(routed.first);
      // Then every result of the archive, each once, and the same count.
      expect(new Set(routed.links).size).toBe(routed.links.length);
      expect(new Set(routed.links)).toEqual(new Set(plain.links));
      expect(routed.status).toBe(plain.status);
      expect(routed.errors).toEqual([]);
    });

    test('searches it as typing pauses, and shows that search on Enter without searching again', async () => {
      const { page, errors, close: done } = await openPage(browser);
      await page.addInitScript(recordWorkerCalls);
      await routeNewestIndex(page);
      await page.goto(`${base}/tim-kiem/`);
      await page.locator('#q').focus();
      await page.keyboard.type('người', { delay: 150 });
      const newestSearches = () =>
        page.evaluate(() =>
          (window as unknown as { workerCalls: WorkerCall[] }).workerCalls
            .filter((call) => call.worker.includes('/pagefind-newest/') && call.method === 'search')
            .map((call) => call.term),
        );
      // Searched while the reader has not pressed Enter yet: nothing shows.
      await expect.poll(newestSearches, { timeout: 10_000 }).toContain('người');
      expect(await page.locator('[data-results] li').count()).toBe(0);
      await page.keyboard.press('Enter');
      await searchCompleted(page);
      const first = await page.$$eval('[data-results] h3 a', (as) =>
        as.slice(0, 10).map((a) => a.getAttribute('href')!),
      );
      expect(first.length).toBe(10);
      for (const url of first) expect(newestUrls.has(url), url).toBe(true);
      expect((await newestSearches()).filter((term) => term === 'người')).toEqual(['người']);
      expect(errors).toEqual([]);
      await done();
    });
  });

  test('lists twelve values of a filter, and the rest behind a button that keeps the focus', async () => {
    const { page, errors, close: done } = await openPage(browser);
    // The sample has few topics: the table the page reads gets twenty more, on every page.
    await page.route('**/pagefind/search-facets.json', async (route) => {
      const table = (await (await route.fetch()).json()) as SearchFacets;
      const added = Array.from(
        { length: 20 },
        (_, i) => table.values.push(['topic', `Thử ${i}`]) - 1,
      );
      for (const id of Object.keys(table.pages)) table.pages[id]!.push(...added);
      await route.fulfill({ json: table });
    });
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('nông thôn')}`);
    const topics = page.locator('[data-filter="topic"]');
    const more = topics.getByRole('button', { name: /^Xem thêm \d+ mục$/ });
    await more.waitFor();
    expect(await topics.getByRole('checkbox').count()).toBe(12);
    const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await topics.getByRole('checkbox').count()).toBe(12 + hidden);
    expect(await topics.getByRole('button').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('[data-filter]')?.getAttribute('data-filter'),
      ),
    ).toBe('topic');
    expect(errors).toEqual([]);
    await done();
  });

  test('says without JavaScript that search needs it, and offers the listings', async () => {
    const { page, close: done } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/tim-kiem/?q=bac`);
    expect(await page.locator('main').innerText()).toContain('Trang tìm kiếm cần JavaScript');
    expect(await page.locator('main a[href="/chuyen-de/"]').isVisible()).toBe(true);
    await done();
  });
});
