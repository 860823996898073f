/**
 * Listings in pages that do not move. A listing's stories (newest first) are cut into pages
 * counted from the oldest: page 1 holds the oldest `size` stories, page 2 the next, and so on,
 * each at `trang/<n>/` for good. The listing's own path shows the newest stories: those past the
 * last full page and the page before them, between `size` and twice `size` less one. A new story
 * thus changes the listing's first page alone; once enough have come, the stories it showed
 * longest go to a new numbered page, and no page changes what it holds. Counted from the newest,
 * as before, every page of a listing shifted by one with each story: at 10,000 articles a new one
 * re-rendered some 800 listing pages, and the pages a reader or search engine found at an address
 * were soon somewhere else.
 */
import { pagePath } from '../shared/paths.ts';

/** One page of a listing. */
export type Page<Item> = {
  /** Its number, counted from the oldest page (1). */
  number: number;
  /**
   * The number of the listing's newest page, at the listing's own path: this page's number when
   * it is that page. A numbered page knows it only up to a few numbers above its own (NEWEST_SEEN),
   * which is all its links show, so that it stays the same while the listing grows.
   */
  newest: number;
  items: Item[];
};

/** Numbers linked on either side of the current page (pageLinks). */
const AROUND = 2;

/** How far above its own number a numbered page knows the newest page's (see Page.newest). */
const NEWEST_SEEN = AROUND + 3;

/** Whether `page` is its listing's newest page, at the listing's own path. */
export const isNewestPage = (page: Page<unknown>): boolean => page.number === page.newest;

/** The path of page `number` of the listing at `base` whose newest page is `newest`: its own path. */
export const numberedPagePath = (base: string, number: number, newest: number): string =>
  pagePath(base, number === newest ? undefined : number);

/** The path of `page` of the listing at `base`. */
export const pagePathOf = (base: string, page: Page<unknown>): string =>
  numberedPagePath(base, page.number, page.newest);

/** The number of the newest page of a listing of `length` items at `size` a page: at least 1. */
export function newestPageNumber(length: number, size: number): number {
  return Math.max(1, Math.floor(length / size));
}

/**
 * Splits a listing (newest first) into its pages, newest first: the newest page, then the
 * numbered ones down to 1. An empty listing still has one (empty) page.
 */
export function paginate<Item>(items: readonly Item[], size: number): Page<Item>[] {
  const newest = newestPageNumber(items.length, size);
  // The newest page holds what the numbered pages below it do not.
  const newestItems = items.length - (newest - 1) * size;
  return Array.from({ length: newest }, (_, index) => {
    const number = newest - index;
    if (number === newest) return { number, newest, items: items.slice(0, newestItems) };
    const start = newestItems + (newest - 1 - number) * size;
    return {
      number,
      newest: Math.min(newest, number + NEWEST_SEEN),
      items: items.slice(start, start + size),
    };
  });
}

/** A page number to link to, or a gap ("…") for the numbers left out between two of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a listing's page links to, newest first: the newest page and page 1, and
 * `around` pages on either side of the current one, with a gap where numbers are left out (a
 * gap never hides a single number: that number is shown instead). Linking every page made each
 * page of a listing as long as the listing: a topic of 13,000 stories has 1,000 pages.
 */
export function pageLinks(current: number, newest: number, around = AROUND): PageLink[] {
  const shown = new Set([1, newest]);
  for (let n = current - around; n <= current + around; n++)
    if (n >= 1 && n <= newest) shown.add(n);
  const numbers = [...shown].sort((a, b) => b - a);
  const links: PageLink[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && previous - n === 2) links.push(n + 1);
    else if (previous !== undefined && previous - n > 2) links.push('gap');
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
      params: { id, page: pagePathOf('', page).replace(/^\/|\/$/g, '') || undefined },
      props: { key, page },
    })),
  );
}
