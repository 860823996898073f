import { pagePath } from '../shared/paths.ts';

/** One page of a listing. */
export type Page<Item> = {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has. */
  count: number;
  items: Item[];
};

/** How many pages a listing of `length` items has at `size` a page: at least one. */
export function pageCount(length: number, size: number): number {
  return Math.max(1, Math.ceil(length / size));
}

/** Splits a listing into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<Item>(items: readonly Item[], size: number): Page<Item>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** A page number to link to, or a gap ("…") for the numbers left out between two of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a listing's page links to: the first and last pages, and `around` pages on
 * either side of the current one, with a gap where numbers are left out (a gap never hides a
 * single number: that number is shown instead). Linking every page made each page of a listing
 * as long as the listing: a topic of 13,000 stories has 650 pages, and its pages 650 links
 * each, so that the pages' cost and size grew with the square of the listing.
 */
export function pageLinks(current: number, count: number, around = 2): PageLink[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) links.push(n - 1);
    else if (previous !== undefined && n - previous > 2) links.push('gap');
    links.push(n);
  });
  return links;
}

/** The static routes of paginated listings: one per page of every key's items. */
export function pagedRoutes<Key, Item>(
  listings: readonly { key: Key; id: string; items: readonly Item[] }[],
  size: number,
) {
  return listings.flatMap(({ key, id, items }) =>
    paginate(items, size).map((page) => ({
      params: { id, page: pagePath('', page.number).replace(/^\/|\/$/g, '') || undefined },
      props: { key, page },
    })),
  );
}
