/**
 * The search page's filters, counted and applied in the page over a table the build writes
 * beside the index, not by Pagefind: Pagefind counts each filter value by looking for each of its
 * pages in the list of results, a cost of (filter entries × results) on every search once its
 * filters are loaded. At 10,000 articles a common word took 2.7 s on the search page instead of
 * 1.3 s, at 50,000 35 s instead of 3 s. Over this table the cost is one look-up per result.
 */

/** The table's file, in the search index's folder. */
export const SEARCH_FACETS_FILE = 'search-facets.json';

/** What the build writes: every filter value, and the values of each page by Pagefind's id. */
export type SearchFacets = {
  /** Every filter value as [filter, value], filters and values in Pagefind's order. */
  values: [filter: string, value: string][];
  /** For each page (Pagefind's result id), the indexes in `values` of the values it has. */
  pages: Record<string, number[]>;
};

/** Pagefind's filter index, as its files hold it: each value with the numbers of its pages. */
export type FilterPages = [filter: string, values: [value: string, pages: number[]][]][];

/** Chosen values by filter: a page must have every one of them (as Pagefind's filters do). */
export type Filters = Record<string, string[]>;

/** For each filter, how many results each of its values would leave. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The table of an index whose pages are `pageIds` (Pagefind's ids, by page number). */
export function facetTable(pageIds: readonly string[], filters: FilterPages): SearchFacets {
  const values: SearchFacets['values'] = [];
  const ofPage: number[][] = pageIds.map(() => []);
  for (const [filter, byValue] of filters) {
    for (const [value, pages] of byValue) {
      for (const page of pages) ofPage[page]?.push(values.length);
      values.push([filter, value]);
    }
  }
  return { values, pages: Object.fromEntries(pageIds.map((id, page) => [id, ofPage[page]!])) };
}

/**
 * The results that have every chosen value, in their order, and for each filter value how many
 * of those have it (0 included, as Pagefind counts). A chosen value the table does not know
 * leaves no result, as in Pagefind; a page it does not know has no value.
 */
export function narrowResults<T extends { id: string }>(
  facets: SearchFacets,
  results: readonly T[],
  chosen: Filters,
): { results: T[]; counts: FacetCounts } {
  const indexOf = new Map(facets.values.map(([filter, value], i) => [`${filter}\n${value}`, i]));
  const wanted = Object.entries(chosen).flatMap(([filter, values]) =>
    values.map((value) => indexOf.get(`${filter}\n${value}`) ?? -1),
  );
  const kept = results.filter((result) => {
    const has = facets.pages[result.id];
    return wanted.every((value) => has?.includes(value));
  });
  const tally = new Array<number>(facets.values.length).fill(0);
  for (const result of kept) for (const value of facets.pages[result.id] ?? []) tally[value]!++;
  const counts: FacetCounts = {};
  facets.values.forEach(([filter, value], i) => ((counts[filter] ??= {})[value] = tally[i]!));
  return { results: kept, counts };
}

/** How many values of one filter the page lists before "more": a word in most pages touches hundreds of series. */
export const FILTER_VALUES_SHOWN = 12;

/**
 * The values of one filter to list, with their counts: those some result has, and the chosen
 * ones even at 0; years newest first, the others by count, then in Vietnamese order. Past
 * `limit`, values are left for "more" (`hidden`), the chosen ones always listed.
 */
export function filterOptions(
  name: string,
  counts: Record<string, number>,
  chosen: readonly string[],
  limit = FILTER_VALUES_SHOWN,
): { values: [value: string, count: number][]; hidden: number } {
  const values = Object.entries(counts).filter(
    ([value, count]) => count > 0 || chosen.includes(value),
  );
  for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
  values.sort((a, b) =>
    name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'vi'),
  );
  const listed = values.filter(([value], i) => i < limit || chosen.includes(value));
  return { values: listed, hidden: values.length - listed.length };
}
