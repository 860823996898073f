/**
 * The newest articles' own search index, beside the archive's (written by
 * scripts/lib/search/newestIndex.ts). Pagefind's first search costs time for every page a word
 * is in: a word in nearly every page (the province's name) took 0.9 s to its first results at
 * 10,000 articles and 2.4 s at 50,000 (BENCHMARKS.md). An index of a fixed number of the newest
 * pages answers in the same time at any size, so the search page shows the newest matches of
 * such a word from it, then searches the archive's index (searchPasses).
 *
 * Its pages are the newest by the index's date: articles by their date, series by their last
 * part's (the pages the search page can sort by date).
 */

/**
 * How many of the newest pages the small index holds: two to three weeks of a provincial daily.
 * Its first search in a reader's page costs time for every page a word is in: 65-91 ms for a
 * word in nearly every one of 300 pages, 185 ms of 1,000, on the benchmark's two cores.
 */
export const NEWEST_PAGES = 300;

/**
 * The most pages an archive's index holds without the small index: up to there, its own first
 * search of a common word answers about as fast.
 */
export const NEWEST_INDEX_ABOVE = 1_000;

/** Where the newest articles' index is, beside the archive's `pagefind/`. */
export const NEWEST_INDEX_FOLDER = 'pagefind-newest';

/** Whether an archive whose index holds `pageCount` pages has the newest articles' index. */
export const hasNewestIndex = (pageCount: number, above = NEWEST_INDEX_ABOVE): boolean =>
  pageCount > above;

/** What the search needs of an index's `pagefind-entry.json`. */
export type PagefindEntry = { languages: Record<string, { page_count: number }> };

/** How many pages an index holds, from its entry file. */
export const indexedPageCount = (entry: PagefindEntry): number =>
  Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);

/**
 * How many of the newest articles must match for the page to show them first (one in fifty): a
 * word that common is in hundreds or thousands of the archive's pages, whose search takes long;
 * a rarer one is searched in the archive alone, its results in the archive's order.
 */
export const NEWEST_FIRST_MIN = Math.ceil(NEWEST_PAGES / 50);
