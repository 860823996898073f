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
