/**
 * Vietnamese-aware querying of a Pagefind index, shared by the search page and the tests.
 * A query typed with its marks is searched with exact marks first, then folded; a query typed
 * without marks is searched folded, with no bonus for any one spelling. Multi-word queries put
 * pages with the words side by side first.
 */
import { canonicalTones, hasVietnameseMarks } from '../shared/vietnamese.ts';

/** The part of Pagefind's JS API that the search uses. */
export type PagefindApi = {
  options(options: Record<string, unknown>): Promise<void>;
  /** Every filter value with its page count; also loads the filters, without which results carry no counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
};
export type Filters = Record<string, string[]>;
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
};
type PagefindResponse = {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
};

export type SearchOutcome = {
  /** Results in order, each page once. */
  results: PagefindResult[];
  /** For each filter, how many results each value would leave. */
  counts: Record<string, Record<string, number>>;
};

/** The query as the index spells words: NFC, one tone placement, lower case, single spaces. */
export function normalizeQuery(query: string): string {
  return canonicalTones(query.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

type Pass = { term: string; exactDiacritics: boolean };

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
  const folded = { term: normalized.replace(/đ/g, 'd'), exactDiacritics: false };
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

/** Runs `query` against `pagefind` with the passes above, merging their results in order. */
export async function searchVietnamese(
  pagefind: PagefindApi,
  query: string,
  { filters = {}, sortByDate = false }: { filters?: Filters; sortByDate?: boolean } = {},
): Promise<SearchOutcome> {
  const { passes, phrase } = queryPasses(query, sortByDate);
  await pagefind.filters();
  const run = async (pass: Pass) => {
    await pagefind.options({
      exactDiacritics: pass.exactDiacritics,
      ranking: {
        diacriticSimilarity: pass.exactDiacritics ? 0.8 : 0,
        metaWeights: { dtitle: 8, dbody: 1 },
      },
    });
    return pagefind.search(
      pass.term,
      sortByDate ? { filters, sort: { date: 'desc' } } : { filters },
    );
  };
  const phraseIds = new Set(
    phrase ? ((await run(phrase))?.results ?? []).map((result) => result.id) : [],
  );
  const results: PagefindResult[] = [];
  const seen = new Set<string>();
  let counts: SearchOutcome['counts'] = {};
  for (const pass of passes) {
    const response = await run(pass);
    if (!response) continue;
    counts = response.filters;
    const fresh = response.results.filter((result) => !seen.has(result.id));
    // Within a pass, pages with the words side by side go first, each group in Pagefind's order.
    const ordered = [
      ...fresh.filter((r) => phraseIds.has(r.id)),
      ...fresh.filter((r) => !phraseIds.has(r.id)),
    ];
    for (const result of ordered) {
      seen.add(result.id);
      results.push(result);
    }
  }
  return { results, counts };
}
