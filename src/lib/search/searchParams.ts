/** The search page's state as it lives in the URL: /tim-kiem/?q=...&district=...&sort=date */

/** The filters a search can be narrowed by, in the order they are shown. */
export const SEARCH_FILTERS = ['kind', 'series', 'district', 'topic', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export type SearchState = {
  query: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: 'relevance' | 'date';
};

/** Reads the state from a query string; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return {
    query: (params.get('q') ?? '').normalize('NFC').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** Writes the state as a query string (without "?"), in a stable order. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params.toString();
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, name: SearchFilter, value: string): SearchState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [name]: next };
  if (next.length === 0) delete filters[name];
  return { ...state, filters };
}
