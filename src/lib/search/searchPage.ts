/** The search page in the browser: URL state, Pagefind loaded on demand, results and filters. */
import {
  SEARCH_FILTERS,
  readSearchState,
  toggleFilter,
  writeSearchState,
  type SearchState,
} from './searchParams.ts';
import {
  newestSearcher,
  preloadTerms,
  searchPasses,
  type NewestSearcher,
  type PagefindApi,
  type PagefindData,
  type PagefindResult,
} from './searchQuery.ts';
import {
  filterOptions,
  narrowResults,
  SEARCH_FACETS_FILE,
  type FacetCounts,
  type SearchFacets,
} from './searchFacets.ts';
import { once } from '../shared/collections.ts';
import {
  hasNewestIndex,
  indexedPageCount,
  NEWEST_INDEX_FOLDER,
  type PagefindEntry,
} from './newestIndex.ts';

/** Results shown at once; "more" shows the next ones. */
const PAGE_SIZE = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';
const ENTRY_URL = '/pagefind/pagefind-entry.json';
const NEWEST_URL = `/${NEWEST_INDEX_FOLDER}/pagefind.js`;
const FACETS_URL = `/pagefind/${SEARCH_FACETS_FILE}`;
/** How long typing pauses before the words typed so far are fetched from the index. */
const PRELOAD_DELAY_MS = 80;

type Text = {
  loading: string;
  failed: string;
  empty: string;
  none: string;
  count: string;
  more: string;
  moreValues: string;
  filterNames: Record<string, string>;
};

/**
 * Preloaded as soon as an index starts: punctuation alone, which Pagefind segments, finds no word
 * in and loads nothing for. A worker's first segmentation of a term took 70-150 ms on a two-core
 * machine, which the first word typed would otherwise wait for.
 */
const WARM_UP_TERM = '.';

/** A Pagefind bundle's API, started: its worker, WebAssembly and metadata load now. */
const startPagefind = (url: string): Promise<PagefindApi> =>
  import(/* @vite-ignore */ url).then(async (module: PagefindApi & { init(): Promise<void> }) => {
    await module.options({ excerptLength: 30 });
    await module.init();
    void module.preload(WARM_UP_TERM).catch(() => undefined);
    return module;
  });

/** The archive's Pagefind, loaded once the search page is idle or searches: never on another page. */
const loadPagefind = once(() => startPagefind(PAGEFIND_URL));

/**
 * The newest articles' index (src/lib/search/newestIndex.ts), loaded beside the archive's when
 * the archive has one, and its search (newestSearcher); undefined when it has none or it cannot
 * load (the archive's search is enough).
 */
const loadNewest = once(async (): Promise<NewestSearcher | undefined> => {
  try {
    const response = await fetch(ENTRY_URL, { cache: 'no-cache' });
    if (!response.ok) return undefined;
    const entry = (await response.json()) as PagefindEntry;
    if (!hasNewestIndex(indexedPageCount(entry))) return undefined;
    return newestSearcher(await startPagefind(NEWEST_URL));
  } catch {
    return undefined;
  }
});

/** Whether the reader asked the browser to save data (Chromium's Save-Data setting). */
const savesData = () =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Runs `task` once the page is idle (at the latest after a second), or soon where that is unknown. */
const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(task, { timeout: 1000 })
    : setTimeout(task, 0);

/** Both indexes, as far as the archive has them. */
const loadIndexes = () => Promise.all([loadPagefind(), loadNewest()]);

/** The index's filter table, checked with the server each time: it must match the index. */
const loadFacets = once(async (): Promise<SearchFacets> => {
  const response = await fetch(FACETS_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${FACETS_URL}: ${response.status}`);
  return (await response.json()) as SearchFacets;
});

/** Wires the search page inside `root`. */
export async function mountSearch(root: HTMLElement): Promise<void> {
  const text = JSON.parse(root.dataset.text ?? '{}') as Text;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterPanel = root.querySelector<HTMLElement>('[data-filters]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  let state = readSearchState(location.search);
  /** The results shown (the filters applied), and how many of them are in the list. */
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  /** Every result of the last search that ran to its end: changing a filter needs no new search. */
  let found: { key: string; results: PagefindResult[] } | undefined;

  const sync = (push: boolean) => {
    const query = writeSearchState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const showMore = async (count = PAGE_SIZE) => {
    const current = run;
    const next = results.slice(shown, shown + count);
    shown += next.length;
    const items = next.map(async (result) => resultItem(await result.data()));
    // A failure is met below, in order; none is left unobserved meanwhile.
    for (const item of items) item.catch(() => undefined);
    // Each result shows once it and those before it have arrived, not once the last has.
    for (const item of items) {
      const ready = await item;
      if (current !== run) return;
      list.append(ready);
    }
    more.hidden = shown >= results.length;
  };

  /**
   * Shows `all` with the chosen filters applied. A later pass only adds results after the first
   * ones, so what is shown stays and the list fills up to a screen; the count and the filters'
   * counts come once every pass has run (`complete`).
   */
  const show = async (all: PagefindResult[], complete: boolean, current: number) => {
    const chosen = Object.keys(state.filters).length > 0;
    // Without the table, results still show, with no filter to narrow them by.
    const facets = complete || chosen ? await loadFacets().catch(() => undefined) : undefined;
    if (current !== run) return;
    if (chosen && !facets) throw new Error(`no filter table at ${FACETS_URL}`);
    let counts: FacetCounts = {};
    ({ results, counts } = facets
      ? narrowResults(facets, all, state.filters)
      : { results: all, counts });
    if (complete) {
      status.textContent = (
        results.length ? text.count.replace('{n}', String(results.length)) : text.none
      ).replace('{q}', state.query);
      const moreValues = (hidden: number) => text.moreValues.replace('{n}', String(hidden));
      renderFilters(filterPanel, state, counts, moreValues, (name, value) => {
        state = toggleFilter(state, name, value);
        sync(false);
        void search();
      });
      filterPanel.classList.remove('invisible');
    }
    if (shown < PAGE_SIZE) await showMore(PAGE_SIZE - shown);
    else more.hidden = shown >= results.length;
  };

  const search = async () => {
    const current = ++run;
    input.value = state.query;
    sort.value = state.sort;
    list.replaceChildren();
    shown = 0;
    more.hidden = true;
    if (!state.query) {
      status.textContent = text.empty;
      // Kept in the layout (invisible), so that results appearing never move the page.
      filterPanel.classList.add('invisible');
      return;
    }
    const key = `${state.sort}\n${state.query}`;
    try {
      if (found?.key === key) return await show(found.results, true, current);
      status.textContent = text.loading;
      const chosen = Object.keys(state.filters).length > 0;
      const byDate = state.sort === 'date';
      // With filters chosen, the newest articles' results could not be shown first; sorted by
      // date, the archive's search is one pass. The archive's index may still be loading.
      const newest = chosen || byDate ? undefined : await loadNewest();
      const first = newest && { search: newest, shown: PAGE_SIZE };
      for await (const step of searchPasses(loadPagefind(), state.query, byDate, first)) {
        if (current !== run) return;
        if (step.complete) found = { key, results: step.results };
        // With filters chosen, what a pass finds may all be filtered out: shown at the end.
        if (step.complete || !chosen) await show(step.results, step.complete, current);
        // Once the first results show, the filter table loads while the next pass runs.
        if (!step.complete) loadFacets().catch(() => undefined);
      }
    } catch {
      if (current === run) status.textContent = text.failed;
    }
  };

  // The page is for searching: Pagefind loads once it is idle (its workers and WebAssembly take
  // half a second of a two-core machine), or when the box gets focus for a reader who asked to
  // save data. As typing pauses, the newest articles' index is searched for what is typed, and
  // the archive's words for it load: by the time Enter is pressed, most of a first search is done.
  const start = () => void loadIndexes().catch(() => undefined);
  input.addEventListener('focus', start, { once: true });
  if (!savesData()) whenIdle(start);
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const typed = input.value;
      const terms = preloadTerms(typed);
      const typedDuring = run;
      if (terms.length)
        loadIndexes()
          .then(async ([archive, newest]) => {
            // The newest index's first: its search is the one the first results wait for, and
            // the search on Enter takes it over.
            if (newest) await newest(typed);
            // Once Enter is pressed, the archive's search loads what it needs, after the newest
            // index's results: loading it now would slow their search on two cores.
            if (newest && run !== typedDuring) return;
            await Promise.all(terms.map((term) => archive.preload(term)));
          })
          .catch(() => undefined);
    }, PRELOAD_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // What is searched now is loaded by the search itself.
    clearTimeout(typing);
    state = { ...state, query: input.value.normalize('NFC').trim() };
    sync(true);
    void search();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
    sync(false);
    void search();
  });
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    state = { ...state, filters: {} };
    sync(false);
    void search();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = readSearchState(location.search);
    void search();
  });
  await search();
}

/** The filter checkboxes with their counts; chosen values stay listed even at zero. */
function renderFilters(
  panel: HTMLElement,
  state: SearchState,
  counts: FacetCounts,
  moreValues: (hidden: number) => string,
  onToggle: (name: (typeof SEARCH_FILTERS)[number], value: string) => void,
): void {
  for (const name of SEARCH_FILTERS) {
    const fieldset = panel.querySelector<HTMLFieldSetElement>(`[data-filter="${name}"]`)!;
    const chosen = state.filters[name] ?? [];
    const list = (limit?: number) => {
      const { values, hidden } = filterOptions(name, counts[name] ?? {}, chosen, limit);
      const items = values.map(([value, count]) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = chosen.includes(value);
        box.className = 'mr-2';
        box.addEventListener('change', () => onToggle(name, value));
        label.append(box, `${value} (${count})`);
        item.append(label);
        return item;
      });
      if (hidden > 0) {
        const more = element('button', 'underline', moreValues(hidden));
        more.type = 'button';
        // The button goes: focus moves to the first value it revealed.
        more.addEventListener('click', () => {
          list(Infinity);
          fieldset.querySelectorAll('input')[values.length]?.focus();
        });
        const item = document.createElement('li');
        item.append(more);
        items.push(item);
      }
      fieldset.querySelector('ul')!.replaceChildren(...items);
      fieldset.hidden = values.length === 0;
    };
    list();
  }
}

/** One result: kind and series part, title, date and place, and the excerpt with matches marked. */
function resultItem(data: PagefindData): HTMLLIElement {
  const item = element('li', 'border-b border-rule py-4');
  const kicker = [data.meta.kind, data.meta.part].filter(Boolean).join(' · ');
  if (kicker)
    item.append(element('p', 'text-xs font-semibold tracking-wide text-accent uppercase', kicker));
  const heading = element('h3', 'font-serif text-lg font-bold');
  const link = element('a', '', data.meta.title ?? data.url);
  link.setAttribute('href', data.url);
  heading.append(link);
  item.append(heading);
  const facts = [data.meta.date, data.meta.place].filter(Boolean).join(' · ');
  if (facts) item.append(element('p', 'text-sm text-muted', facts));
  item.append(excerpt(data.excerpt));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt rebuilt from text and <mark> only, so no markup of the page can slip in. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'mt-1 font-serif text-[0.975rem]');
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild!;
  for (const node of Array.from(parsed.childNodes)) {
    if (node.nodeName === 'MARK')
      paragraph.append(element('mark', 'bg-accent-soft text-ink', node.textContent ?? ''));
    else paragraph.append(node.textContent ?? '');
  }
  return paragraph;
}
