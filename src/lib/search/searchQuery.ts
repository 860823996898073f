/**
 * Vietnamese-aware querying of a Pagefind index, shared by the search page and the tests.
 * A query typed with its marks is searched with exact marks first, then folded; a query typed
 * without marks is searched folded, with no bonus for any one spelling. Multi-word queries put
 * pages with the words side by side first.
 */
import { canonicalTones, hasVietnameseMarks } from '../shared/vietnamese.ts';
import {
  narrowResults,
  type FacetCounts,
  type Filters,
  type SearchFacets,
} from './searchFacets.ts';

/** The part of Pagefind's JS API that the search uses. */
export type PagefindApi = {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads what a search for `term` needs (the index's words), without searching. */
  preload(term: string): Promise<void>;
  search(
    term: string,
    options?: { sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
};
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
};
type PagefindResponse = { results: PagefindResult[] };

export type SearchOutcome = {
  /** Results in order, each page once. */
  results: PagefindResult[];
  /** For each filter, how many results each value would leave. */
  counts: FacetCounts;
};

/** The query as the index spells words: NFC, one tone placement, lower case, single spaces. */
export function normalizeQuery(query: string): string {
  return canonicalTones(query.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

type Pass = { term: string; exactDiacritics: boolean };

/**
 * The query as the broadest pass looks it up: "đ" as "d", since Pagefind folds marks but keeps
 * "đ" a letter of its own. Also what the search page preloads while the reader types.
 */
export function foldedTerm(query: string): string {
  return normalizeQuery(query).replace(/"/g, '').replace(/đ/g, 'd');
}

/**
 * The searches to run for a query, best matches first: exact marks (when the query has any),
 * then folded; and the phrase search whose hits go first within each, for a multi-word query.
 */
export function queryPasses(
  query: string,
  sortByDate: boolean,
): { passes: Pass[]; phrase: Pass | undefined } {
  const normalized = normalizeQuery(query).replace(/"/g, '');
  if (!normalized) return { passes: [], phrase: undefined };
  const folded = { term: foldedTerm(normalized), exactDiacritics: false };
  // Sorting by date: one broad search, already a superset of the others.
  if (sortByDate) return { passes: [folded], phrase: undefined };
  const passes = hasVietnameseMarks(normalized)
    ? [{ term: normalized, exactDiacritics: true }, folded]
    : [folded];
  const phrase = normalized.includes(' ')
    ? { term: `"${folded.term}"`, exactDiacritics: false }
    : undefined;
  return { passes, phrase };
}

/** The results found so far, and whether every pass has run. */
export type SearchStep = { results: PagefindResult[]; complete: boolean };

/**
 * Runs `query` against `pagefind` with the passes above and yields the results after each pass,
 * each page once: a later pass only adds pages after those already found, so the page can show
 * the first ones while the next pass runs.
 */
export async function* searchPasses(
  pagefind: PagefindApi,
  query: string,
  sortByDate = false,
): AsyncGenerator<SearchStep> {
  const { passes, phrase } = queryPasses(query, sortByDate);
  // A query of nothing searchable (quotes alone) still ends, with no result.
  if (!passes.length) return yield { results: [], complete: true };
  const run = async (pass: Pass) => {
    await pagefind.options({
      exactDiacritics: pass.exactDiacritics,
      ranking: {
        diacriticSimilarity: pass.exactDiacritics ? 0.8 : 0,
        metaWeights: { dtitle: 8, dbody: 1 },
      },
    });
    return pagefind.search(pass.term, sortByDate ? { sort: { date: 'desc' } } : {});
  };
  const phraseIds = new Set(
    phrase ? ((await run(phrase))?.results ?? []).map((result) => result.id) : [],
  );
  const results: PagefindResult[] = [];
  const seen = new Set<string>();
  for (const [i, pass] of passes.entries()) {
    const fresh = ((await run(pass))?.results ?? []).filter((result) => !seen.has(result.id));
    // Within a pass, pages with the words side by side go first, each group in Pagefind's order.
    const ordered = [
      ...fresh.filter((r) => phraseIds.has(r.id)),
      ...fresh.filter((r) => !phraseIds.has(r.id)),
    ];
    for (const result of ordered) {
      seen.add(result.id);
      results.push(result);
    }
    yield { results: [...results], complete: i === passes.length - 1 };
  }
}

/**
 * Every result of `query`, those with the chosen filters' values, and the filters' counts
 * (from the index's filter table, `facets`; without it, no result is left out and nothing
 * is counted).
 */
export async function searchVietnamese(
  pagefind: PagefindApi,
  query: string,
  {
    filters = {},
    sortByDate = false,
    facets,
  }: { filters?: Filters; sortByDate?: boolean; facets?: SearchFacets } = {},
): Promise<SearchOutcome> {
  let found: PagefindResult[] = [];
  for await (const step of searchPasses(pagefind, query, sortByDate)) found = step.results;
  return facets ? narrowResults(facets, found, filters) : { results: found, counts: {} };
}
