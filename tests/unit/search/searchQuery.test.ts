import { describe, expect, test } from 'vitest';
import {
  newestSearcher,
  preloadTerms,
  searchPasses,
  type NewestSearch,
  type PagefindApi,
  type PagefindResult,
  type SearchStep,
} from '#src/lib/search/searchQuery.ts';
import { NEWEST_FIRST_MIN } from '#src/lib/search/newestIndex.ts';

/**
 * A Pagefind that answers each term (as searched, with its exactDiacritics) with fixed ids; a
 * result's URL is its id, or what `urls` gives for it.
 */
function fakePagefind(answers: Record<string, string[]>, urls: Record<string, string> = {}) {
  const searched: string[] = [];
  let exact = false;
  const api: PagefindApi = {
    options: async (options) => {
      exact = options.exactDiacritics === true;
    },
    preload: async () => undefined,
    search: async (term) => {
      const key = `${exact ? 'exact' : 'folded'}:${term}`;
      searched.push(key);
      const results = (answers[key] ?? []).map((id): PagefindResult => ({
        id,
        score: 1,
        data: async () => ({ url: urls[id] ?? id, excerpt: '', meta: {}, filters: {} }),
      }));
      return { results };
    },
  };
  return { api, searched };
}

async function steps(
  api: PagefindApi,
  query: string,
  sortByDate = false,
  newest?: NewestSearch,
): Promise<SearchStep[]> {
  const all: SearchStep[] = [];
  for await (const step of searchPasses(api, query, sortByDate, newest)) all.push(step);
  return all;
}

const ids = (step: SearchStep) => step.results.map((result) => result.id);

describe('searchPasses', () => {
  test('yields the exact-marks pass, then adds the folded pass after it, each page once', async () => {
    const { api, searched } = fakePagefind({
      'exact:rừng': ['a', 'b'],
      'folded:rừng': ['c', 'a', 'd'],
    });
    const found = await steps(api, 'Rừng');
    expect(searched).toEqual(['exact:rừng', 'folded:rừng']);
    expect(found.map(ids)).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(found.map((step) => step.complete)).toEqual([false, true]);
  });

  test('puts pages with the words side by side first within each pass', async () => {
    const { api } = fakePagefind({
      'folded:"cho don"': ['y'],
      'folded:cho don': ['z', 'y', 'w'],
    });
    // Typed without marks: one folded pass, the phrase's page first.
    expect((await steps(api, 'cho don')).map(ids)).toEqual([['y', 'z', 'w']]);
  });

  test('searches once, folded, when sorting by date', async () => {
    const { api, searched } = fakePagefind({ 'folded:dồng lâu': ['p'] });
    const found = await steps(api, 'Đồng Lâu', true);
    expect(searched).toEqual(['folded:dồng lâu']);
    expect(found).toEqual([{ results: [expect.objectContaining({ id: 'p' })], complete: true }]);
  });

  test("never sets one search's options between another's and its search", async () => {
    const { api, searched } = fakePagefind({
      'exact:rừng': ['a'],
      'folded:rừng': ['a', 'b'],
      'folded:"cho don"': ['d'],
      'folded:cho don': ['c', 'd'],
    });
    // Options answered as a worker does, a while after they are set.
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    const slow: PagefindApi = { ...api, options: (options) => api.options(options).then(tick) };
    // A second search started while the first runs (a quick second Enter, a changed sort).
    const [first, second] = await Promise.all([steps(slow, 'rừng'), steps(slow, 'cho don')]);
    expect([...searched].sort()).toEqual([
      'exact:rừng',
      'folded:"cho don"',
      'folded:cho don',
      'folded:rừng',
    ]);
    expect(ids(first.at(-1)!)).toEqual(['a', 'b']);
    expect(ids(second.at(-1)!)).toEqual(['d', 'c']);
  });

  test('ends with no result for a query with nothing to search', async () => {
    const { api, searched } = fakePagefind({});
    expect(await steps(api, '""')).toEqual([{ results: [], complete: true }]);
    expect(searched).toEqual([]);
  });
});

/** `count` page ids from `from` on: n0, n1, ... */
const pageIds = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `vi_n${from + i}`);

describe("searchPasses with the newest articles' index", () => {
  test("shows the newest matches of a common word first, then the archive's results after them", async () => {
    const newestIds = pageIds(NEWEST_FIRST_MIN);
    const newest = fakePagefind({ 'exact:rừng': newestIds });
    // The archive ranks older pages (o0, o1) before the newest ones, and has them all.
    const archive = fakePagefind({
      'exact:rừng': ['vi_o0', ...[...newestIds].reverse(), 'vi_o1'],
      'folded:rừng': ['vi_o2', 'vi_n0'],
    });
    const found = await steps(archive.api, 'rừng', false, {
      search: newestSearcher(newest.api),
      shown: 3,
    });
    expect(newest.searched).toEqual(['exact:rừng']);
    expect(found.map(ids)).toEqual([
      ['vi_n0', 'vi_n1', 'vi_n2'],
      ['vi_n0', 'vi_n1', 'vi_n2', 'vi_o0', ...pageIds(NEWEST_FIRST_MIN - 3, 3).reverse(), 'vi_o1'],
      expect.arrayContaining(['vi_o2']),
    ]);
    expect(found.map((step) => step.complete)).toEqual([false, false, true]);
    // Each page once, the first ones now the archive's own results.
    const last = found.at(-1)!.results;
    expect(new Set(ids(found.at(-1)!)).size).toBe(last.length);
    expect(last.length).toBe(NEWEST_FIRST_MIN + 3);
    const archiveResults = new Set(
      (await archive.api.search('rừng'))!.results.map((result) => result.id),
    );
    expect(archiveResults.has(last[0]!.id)).toBe(true);
  });

  test('searches the archive only once the newest matches are shown, not while they load', async () => {
    const newest = fakePagefind({ 'folded:rung': pageIds(NEWEST_FIRST_MIN + 10) });
    const archive = fakePagefind({ 'folded:rung': ['vi_o0'] });
    const passes = searchPasses(archive.api, 'rung', false, {
      search: newestSearcher(newest.api),
      shown: 10,
    });
    const first = await passes.next();
    expect(first.value && ids(first.value)).toEqual(pageIds(10));
    // The page shows them (their records load) before it asks for more: the archive waits.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(archive.searched).toEqual([]);
    const next = await passes.next();
    expect(archive.searched).toEqual(['folded:rung']);
    expect(next.value && ids(next.value)).toEqual([...pageIds(10), 'vi_o0']);
  });

  test("leaves a word in few of the newest pages in the archive's order", async () => {
    const newest = fakePagefind({ 'folded:tiep': pageIds(NEWEST_FIRST_MIN - 1) });
    const archive = fakePagefind({ 'folded:tiep': ['vi_o0', ...pageIds(NEWEST_FIRST_MIN - 1)] });
    const found = await steps(archive.api, 'tiep', false, {
      search: newestSearcher(newest.api),
      shown: 10,
    });
    expect(found.map(ids)).toEqual([['vi_o0', ...pageIds(NEWEST_FIRST_MIN - 1)]]);
  });

  test('tells a page by its URL where two names could be its', async () => {
    // The newest index names the page vi_abc1234; the archive, where another page took that
    // name, names it vi_abc12345.
    const newestIds = ['vi_abc1234', ...pageIds(NEWEST_FIRST_MIN - 1)];
    const urls = { vi_abc1234: '/bai-viet/moi/', vi_abc12345: '/bai-viet/moi/' };
    const newest = fakePagefind({ 'folded:ho': newestIds }, urls);
    const archive = fakePagefind(
      { 'folded:ho': ['vi_abc1234', ...pageIds(NEWEST_FIRST_MIN - 1), 'vi_abc12345'] },
      { vi_abc1234: '/bai-viet/cu/', vi_abc12345: '/bai-viet/moi/' },
    );
    const found = await steps(archive.api, 'ho', false, {
      search: newestSearcher(newest.api),
      shown: 2,
    });
    const last = found.at(-1)!;
    expect(ids(last).slice(0, 3)).toEqual(['vi_abc12345', 'vi_n0', 'vi_abc1234']);
    expect(new Set(ids(last)).size).toBe(NEWEST_FIRST_MIN + 1);
  });

  test('goes on with the archive alone when the newest index fails', async () => {
    const archive = fakePagefind({ 'folded:ho': ['vi_o0'] });
    const failing: PagefindApi = {
      ...archive.api,
      search: async () => {
        throw new Error('no worker');
      },
    };
    const found = await steps(archive.api, 'ho', false, {
      search: newestSearcher(failing),
      shown: 10,
    });
    expect(found.map(ids)).toEqual([['vi_o0']]);
  });

  test('is not searched when sorting by date', async () => {
    const newest = fakePagefind({ 'folded:rung': pageIds(NEWEST_FIRST_MIN) });
    const archive = fakePagefind({ 'folded:rung': ['vi_o0'] });
    await steps(archive.api, 'rung', true, { search: newestSearcher(newest.api), shown: 10 });
    expect(newest.searched).toEqual([]);
  });
});

describe('newestSearcher', () => {
  test('searches a query once, however it is typed, and gives its first pass', async () => {
    const { api, searched } = fakePagefind({ 'exact:rừng': ['vi_n0', 'vi_n1'] });
    const search = newestSearcher(api);
    const typing = search('rừng');
    const entered = search('  Rừng ');
    expect(entered).toBe(typing);
    expect((await entered).map((result) => result.id)).toEqual(['vi_n0', 'vi_n1']);
    expect(searched).toEqual(['exact:rừng']);
  });

  test('runs one query at a time, and of those waiting only the last', async () => {
    const { api, searched } = fakePagefind({
      'exact:rừng': ['vi_n0'],
      'folded:"cho don"': ['vi_n2'],
      'folded:cho don': ['vi_n1', 'vi_n2'],
    });
    // Options answered as a worker does, a while after they are set.
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    const search = newestSearcher({
      ...api,
      options: (options) => api.options(options).then(tick),
    });
    const running = search('rừng');
    // Its turn has come: its options are being set when the next queries are typed.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const typedOn = search('cho');
    const last = search('cho don');
    await expect(typedOn).rejects.toThrow('superseded');
    const [first, second] = await Promise.all([running, last]);
    // Each pass with its own options: one query's never set between another's and its search.
    expect(searched).toEqual(['exact:rừng', 'folded:"cho don"', 'folded:cho don']);
    expect(first.map((result) => result.id)).toEqual(['vi_n0']);
    // The pages with the words side by side first.
    expect(second.map((result) => result.id)).toEqual(['vi_n2', 'vi_n1']);
  });
});

describe('preloadTerms', () => {
  test("gives each pass's words once, once the last word has three letters", () => {
    expect(preloadTerms('rừ')).toEqual([]);
    expect(preloadTerms('rừng')).toEqual(['rừng']);
    expect(preloadTerms('Đồng Lâu')).toEqual(['đồng lâu', 'dồng lâu']);
    expect(preloadTerms('cho don')).toEqual(['cho don']);
    expect(preloadTerms('bắc k')).toEqual([]);
  });
});
