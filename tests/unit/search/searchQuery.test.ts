import { describe, expect, test } from 'vitest';
import {
  searchPasses,
  type PagefindApi,
  type PagefindResult,
  type SearchStep,
} from '#src/lib/search/searchQuery.ts';

/** A Pagefind that answers each term (as searched, with its exactDiacritics) with fixed ids. */
function fakePagefind(answers: Record<string, string[]>) {
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
        data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }),
      }));
      return { results };
    },
  };
  return { api, searched };
}

async function steps(api: PagefindApi, query: string, sortByDate = false): Promise<SearchStep[]> {
  const all: SearchStep[] = [];
  for await (const step of searchPasses(api, query, sortByDate)) all.push(step);
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

  test('ends with no result for a query with nothing to search', async () => {
    const { api, searched } = fakePagefind({});
    expect(await steps(api, '""')).toEqual([{ results: [], complete: true }]);
    expect(searched).toEqual([]);
  });
});
