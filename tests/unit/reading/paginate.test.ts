import { describe, expect, test } from 'vitest';
import {
  isNewestPage,
  newestPageNumber,
  pageLinks,
  paginate,
  pagedRoutes,
  pagePathOf,
} from '#src/lib/reading/paginate.ts';
import { pagePath } from '#src/lib/shared/paths.ts';

/** Stories 1 (oldest) to `count`, newest first, as listings hold them. */
const stories = (count: number) => Array.from({ length: count }, (_, i) => count - i);

describe('paginate', () => {
  test('counts pages from the oldest; the newest page holds what is past the last full one', () => {
    const pages = paginate(stories(7), 2);
    expect(pages.map((page) => page.number)).toEqual([3, 2, 1]);
    expect(pages.map((page) => page.items)).toEqual([
      [7, 6, 5],
      [4, 3],
      [2, 1],
    ]);
    expect(pages.map(isNewestPage)).toEqual([true, false, false]);
  });

  test('gives an empty listing, and a short one, one page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, newest: 1, items: [] }]);
    expect(paginate(stories(3), 10)).toEqual([{ number: 1, newest: 1, items: [3, 2, 1] }]);
  });

  test('a new story changes the newest page alone, and then opens a numbered page', () => {
    const before = paginate(stories(499), 12);
    const after = paginate(stories(500), 12);
    // 499 = 41 pages of 12 and 7 more: the newest page holds 12 + 7.
    expect(before[0]!.items).toHaveLength(19);
    expect(after[0]!.items).toHaveLength(20);
    expect(after.slice(1)).toEqual(before.slice(1));
    // At 504 the newest page's older twelve become page 41, which did not exist before.
    const full = paginate(stories(504), 12);
    expect(full[0]).toMatchObject({ number: 42, newest: 42 });
    expect(full[0]!.items).toEqual(stories(504).slice(0, 12));
    expect(full[1]!.items).toEqual(stories(492).slice(0, 12));
    const kept = full.slice(1).filter((page) => page.number < 37);
    expect(kept).toEqual(before.slice(1).filter((page) => page.number < 37));
  });

  test('never gives a page more than twice the size less one, nor a numbered page a short one', () => {
    for (let count = 0; count < 60; count++) {
      const pages = paginate(stories(count), 12);
      expect(pages.flatMap((page) => page.items)).toEqual(stories(count));
      expect(pages[0]!.items.length).toBeLessThanOrEqual(23);
      for (const page of pages.slice(1)) expect(page.items).toHaveLength(12);
      expect(pages[0]!.number).toBe(newestPageNumber(count, 12));
    }
  });

  test('a numbered page knows the newest number only as far as its links reach', () => {
    const pages = paginate(stories(1200), 12);
    const page = (n: number) => pages.find((p) => p.number === n)!;
    expect(page(1).newest).toBe(6);
    expect(page(94).newest).toBe(99);
    expect(page(95).newest).toBe(100);
    expect(page(100).newest).toBe(100);
  });
});

describe('pagedRoutes', () => {
  test('puts the newest page at the listing itself and the others at trang/N from the oldest', () => {
    const routes = pagedRoutes([{ key: 'a', id: 'ba-be', items: stories(5) }], 2);
    expect(routes.map((route) => route.params)).toEqual([
      { id: 'ba-be', page: undefined },
      { id: 'ba-be', page: 'trang/1' },
    ]);
    expect(routes[1]!.props.page.items).toEqual([2, 1]);
  });
});

describe('pagePath', () => {
  test('links the newest page to the listing itself, and numbered ones to trang/N', () => {
    expect(pagePath('/dia-phuong/ba-be/')).toBe('/dia-phuong/ba-be/');
    expect(pagePath('/dia-phuong/ba-be/', 1)).toBe('/dia-phuong/ba-be/trang/1/');
    expect(pagePath('/dia-phuong/ba-be/', 3)).toBe('/dia-phuong/ba-be/trang/3/');
    const [newest, oldest] = paginate(stories(5), 2);
    expect(pagePathOf('/chu-de/y-te/', newest!)).toBe('/chu-de/y-te/');
    expect(pagePathOf('/chu-de/y-te/', oldest!)).toBe('/chu-de/y-te/trang/1/');
  });
});

describe('pageLinks', () => {
  test('links every page of a short listing, newest first', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 7)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  test('links the newest, the oldest and two on either side of the current page, with gaps', () => {
    expect(pageLinks(650, 650)).toEqual([650, 649, 648, 'gap', 1]);
    expect(pageLinks(300, 650)).toEqual([650, 'gap', 302, 301, 300, 299, 298, 'gap', 1]);
    expect(pageLinks(1, 650)).toEqual([650, 'gap', 3, 2, 1]);
  });

  test('shows a lone left-out number instead of a gap', () => {
    expect(pageLinks(6, 10)).toEqual([10, 9, 8, 7, 6, 5, 4, 'gap', 1]);
    expect(pageLinks(5, 10)).toEqual([10, 'gap', 7, 6, 5, 4, 3, 2, 1]);
  });

  test('gives a numbered page the same links whether it knows the newest number or only its reach', () => {
    for (const newest of [100, 200]) {
      const known = paginate(stories(newest * 12), 12);
      for (const page of known) {
        const exact = pageLinks(page.number, newest).map((n) => (n === newest ? 'newest' : n));
        const seen = pageLinks(page.number, page.newest).map((n) =>
          n === page.newest ? 'newest' : n,
        );
        expect(seen, `page ${page.number}`).toEqual(exact);
      }
    }
  });

  test('gives as many links on every page of a long listing, however long', () => {
    const longest = (count: number) =>
      Math.max(...Array.from({ length: count }, (_, i) => pageLinks(i + 1, count).length));
    expect(longest(650)).toBe(longest(65));
    expect(longest(650)).toBeLessThanOrEqual(9);
  });
});
