/**
 * Vietnamese-aware querying of a Pagefind index, shared by the search page and the tests.
 * A query typed with its marks is searched with exact marks first, then folded; a query typed
 * without marks is searched folded, with no bonus for any one spelling. Multi-word queries put
 * pages with the words side by side first.
 */
import { canonicalTones, hasVietnameseMarks } from '../shared/vietnamese.ts';
import { NEWEST_FIRST_MIN } from './newestIndex.ts';
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
 * "đ" a letter of its own.
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

/**
 * What the search page preloads while the reader types: the words of each pass, as each looks
 * them up ("đồng" and "dong" are in different chunks of the index: "đ" is a letter of its own).
 * None while the last word is shorter than PRELOAD_MIN_LETTERS: Pagefind would load every word
 * that starts with it (at 50,000 articles, the chunks of "ti" took longer than the search).
 */
export function preloadTerms(query: string): string[] {
  const { passes } = queryPasses(query, false);
  const last = passes[0]?.term.split(' ').at(-1) ?? '';
  if ([...last].length < PRELOAD_MIN_LETTERS) return [];
  return [...new Set(passes.map((pass) => pass.term))];
}

/** The fewest letters of the last word typed that the page preloads the index for. */
export const PRELOAD_MIN_LETTERS = 3;

/** The results found so far, and whether every pass has run. */
export type SearchStep = { results: PagefindResult[]; complete: boolean };

/** The newest articles' index (src/lib/search/newestIndex.ts) searched, as `newestSearcher` gives. */
export type NewestSearcher = (query: string) => Promise<PagefindResult[]>;

/** The newest articles' search, and how many of its results show first. */
export type NewestSearch = { search: NewestSearcher; shown: number };

/** Each index's last pass, run or under way: the next one on that index waits for it. */
const lastPass = new WeakMap<PagefindApi, Promise<unknown>>();

/**
 * One pass against `api`: its options set, then its search. Passes on one index run in turn, so
 * that no other search's options are set between a pass's and its search: a search started while
 * another runs (a second Enter, a changed sort) would otherwise search with the other's marks.
 */
function runPass(
  api: PagefindApi,
  pass: Pass,
  sortByDate: boolean,
): Promise<PagefindResult[] | undefined> {
  const run = async () => {
    await api.options({
      exactDiacritics: pass.exactDiacritics,
      ranking: {
        diacriticSimilarity: pass.exactDiacritics ? 0.8 : 0,
        metaWeights: { dtitle: 8, dbody: 1 },
      },
    });
    return (await api.search(pass.term, sortByDate ? { sort: { date: 'desc' } } : {}))?.results;
  };
  const found = (lastPass.get(api) ?? Promise.resolve()).catch(() => undefined).then(run);
  lastPass.set(api, found);
  return found;
}

/** The pages with the words side by side, for a multi-word query's `phrase` pass. */
const phraseIds = async (api: PagefindApi, phrase: Pass | undefined) =>
  new Set(phrase ? ((await runPass(api, phrase, false)) ?? []).map((result) => result.id) : []);

/**
 * Searches the newest articles' index: the first pass, pages with the words side by side first.
 * One query at a time, so that a query typed on before its turn came is skipped, not searched;
 * and the last query's search is kept, so that the page can start it as typing pauses and the
 * search on Enter takes it over, finished or under way (the first search in a worker took
 * 100-260 ms on two cores).
 */
export function newestSearcher(api: PagefindApi): NewestSearcher {
  type Search = { query: string; found: Promise<PagefindResult[]> };
  let last: Search | undefined;
  const searchFirstPass = async (query: string) => {
    const { passes, phrase } = queryPasses(query, false);
    if (!passes.length) return [];
    const ids = await phraseIds(api, phrase);
    return phraseFirst((await runPass(api, passes[0]!, false)) ?? [], ids);
  };
  return (query) => {
    const normalized = normalizeQuery(query);
    if (last?.query === normalized) return last.found;
    const previous = last?.found.catch(() => []) ?? Promise.resolve([]);
    const current: Search = {
      query: normalized,
      // A query typed on before its turn came is not searched: only the last one is wanted.
      found: previous.then((): Promise<PagefindResult[]> =>
        last === current ? searchFirstPass(normalized) : Promise.reject(new Error('superseded')),
      ),
    };
    last = current;
    return current.found;
  };
}

/**
 * Runs `query` against `pagefind` with the passes above and yields the results after each pass,
 * each page once: a later pass only adds pages after those already found, so the page can show
 * the first ones while the next pass runs.
 *
 * With the `newest` articles' index, its first pass runs first, and the archive's after it
 * (run at once, the two slowed each other on two cores). When at least NEWEST_FIRST_MIN of the
 * newest articles match, the word is in so many pages that the archive's search takes long:
 * the first `shown` of them are yielded first, and stay first, each replaced by the archive's
 * own result for the page once the archive's search finds it. The archive's search starts when
 * the caller asks for more, once it has shown them: their records load meanwhile, which the
 * archive's search would slow. `pagefind` may still be loading.
 */
export async function* searchPasses(
  pagefind: PagefindApi | Promise<PagefindApi>,
  query: string,
  sortByDate = false,
  newest?: NewestSearch,
): AsyncGenerator<SearchStep> {
  const { passes, phrase } = queryPasses(query, sortByDate);
  // A query of nothing searchable (quotes alone) still ends, with no result.
  if (!passes.length) return yield { results: [], complete: true };
  const run = (api: PagefindApi, pass: Pass) => runPass(api, pass, sortByDate);
  // Sorted by date, the archive's search is one pass already.
  const newestFound = newest && !sortByDate ? newest.search(query) : undefined;
  const results: PagefindResult[] = [];
  /** The newest articles' results shown first that the archive's search has not found yet. */
  const early = new Map<number, PagefindResult>();
  // Without it (not there, or failing), the archive's search goes on alone.
  const newestResults = (await newestFound?.catch(() => undefined)) ?? [];
  if (newestResults.length >= NEWEST_FIRST_MIN) {
    results.push(...newestResults.slice(0, newest!.shown));
    results.forEach((result, i) => early.set(i, result));
    yield { results: [...results], complete: false };
  }
  const archive = Promise.resolve(pagefind);
  // The phrase search, then the first pass: they set the archive's options in turn.
  const phrased = archive.then((api) => phraseIds(api, phrase));
  const firstPass = phrased.then(async () => run(await archive, passes[0]!));
  const seen = new Set<string>();
  for (const [i, pass] of passes.entries()) {
    const found = (await (i === 0 ? firstPass : run(await archive, pass))) ?? [];
    for (const [at, shown] of early) {
      // The first pass is the newest index's own: the page is among its results.
      const same = await samePage(shown, found, i === 0);
      if (!same) continue;
      results[at] = same;
      seen.add(same.id);
      early.delete(at);
    }
    const fresh = found.filter((result) => !seen.has(result.id));
    for (const result of phraseFirst(fresh, await phrased)) {
      seen.add(result.id);
      results.push(result);
    }
    yield { results: [...results], complete: i === passes.length - 1 };
  }
}

/** Within a pass, pages with the words side by side go first, each group in Pagefind's order. */
const phraseFirst = (results: readonly PagefindResult[], phraseIds: Set<string>) => [
  ...results.filter((result) => phraseIds.has(result.id)),
  ...results.filter((result) => !phraseIds.has(result.id)),
];

/**
 * The result among `found` (the archive's index) that is the page `shown` is (from the newest
 * articles' index). Both indexes name a page by its content hash cut short, longer where two
 * pages of the index share the short name: the names may differ in length, one the start of the
 * other. When `found` is known to hold the page (`holdsIt`), a single such name is the page's;
 * otherwise, or among several, their URLs tell.
 */
async function samePage(
  shown: PagefindResult,
  found: readonly PagefindResult[],
  holdsIt: boolean,
): Promise<PagefindResult | undefined> {
  const candidates = found.filter(
    (result) => result.id.startsWith(shown.id) || shown.id.startsWith(result.id),
  );
  if (holdsIt && candidates.length === 1) return candidates[0];
  const { url } = await shown.data();
  for (const candidate of candidates) if ((await candidate.data()).url === url) return candidate;
  return undefined;
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
