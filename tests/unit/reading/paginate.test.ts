import { describe, expect, test } from 'vitest';
import { pageLinks, paginate, pagedRoutes } from '#src/lib/reading/paginate.ts';
import { pagePath } from '#src/lib/shared/paths.ts';

describe('paginate', () => {
  test('splits items into pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((page) => page.count === 3)).toBe(true);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
  });

  test('gives an empty listing one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  test('keeps 500 stories of a district on pages, not one page', () => {
    const pages = paginate(
      Array.from({ length: 500 }, (_, i) => i),
      12,
    );
    expect(pages).toHaveLength(42);
    expect(Math.max(...pages.map((page) => page.items.length))).toBe(12);
  });
});

describe('pagedRoutes', () => {
  test('makes page 1 the bare listing and later pages trang/N', () => {
    const routes = pagedRoutes([{ key: 'a', id: 'ba-be', items: [1, 2, 3] }], 2);
    expect(routes.map((route) => route.params)).toEqual([
      { id: 'ba-be', page: undefined },
      { id: 'ba-be', page: 'trang/2' },
    ]);
  });
});

describe('pagePath', () => {
  test('links page 1 to the listing itself', () => {
    expect(pagePath('/dia-phuong/ba-be/', 1)).toBe('/dia-phuong/ba-be/');
    expect(pagePath('/dia-phuong/ba-be/', 3)).toBe('/dia-phuong/ba-be/trang/3/');
  });
});

describe('pageLinks', () => {
  test('links every page of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('links the first, the last and two on either side of the current page, with gaps', () => {
    expect(pageLinks(1, 650)).toEqual([1, 2, 3, 'gap', 650]);
    expect(pageLinks(300, 650)).toEqual([1, 'gap', 298, 299, 300, 301, 302, 'gap', 650]);
    expect(pageLinks(650, 650)).toEqual([1, 'gap', 648, 649, 650]);
  });

  test('shows a lone left-out number instead of a gap', () => {
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageLinks(6, 10)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 9, 10]);
  });

  test('gives as many links on every page of a long listing, however long', () => {
    const longest = (count: number) =>
      Math.max(...Array.from({ length: count }, (_, i) => pageLinks(i + 1, count).length));
    expect(longest(650)).toBe(longest(65));
    expect(longest(650)).toBeLessThanOrEqual(9);
  });
});
