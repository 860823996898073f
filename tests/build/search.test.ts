/** The search index of the built sites, queried in Node as the search page queries it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { searchVietnamese, type PagefindApi } from '#src/lib/search/searchQuery.ts';
import { loadPagefind, readSearchFacets } from '../search/pagefindNode.ts';
import {
  narrowResults,
  type FacetCounts,
  type Filters,
  type SearchFacets,
} from '#src/lib/search/searchFacets.ts';
import { EXACT_FIRST, JUDGMENTS } from '../search/judgments.ts';
import { hits, scoreJudgments } from '../search/score.ts';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { prepareForIndex } from '#src/lib/search/indexedText.ts';
import { canonicalTones, dFoldedWords } from '#src/lib/shared/vietnamese.ts';
import { builtSite } from './dist.ts';

const urls = async (
  pagefind: PagefindApi,
  query: string,
  filtered?: { filters: Filters; facets: SearchFacets },
) =>
  Promise.all(
    (await searchVietnamese(pagefind, query, filtered)).results.map(
      async (r) => (await r.data()).url,
    ),
  );

/** A page's record in the index, as far as these tests read it. */
type Fragment = { url: string; content: string };

/** Every page's record in the index of the site built in `outDir`. */
const records = (outDir: string): Fragment[] => {
  const folder = path.join(outDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(path.join(folder, name))).toString();
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
  });
};

describe('search over the sample archive', async () => {
  const site = builtSite('sample');
  const pagefind = await loadPagefind(site.outDir);

  test('puts the expected page in the top three for at least 95% of the judgments', async () => {
    const scored = await scoreJudgments(
      async (query) => (await searchVietnamese(pagefind, query)).results,
    );
    const misses = scored
      .filter((s) => s.rank === undefined || s.rank > 3)
      .map((s) => `${s.query} -> ${s.top.join(' ')}`);
    expect(JUDGMENTS.length).toBeGreaterThanOrEqual(40);
    expect(hits(scored) / scored.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('ranks first a page with exactly the word typed with its tone marks', async () => {
    for (const { query, word } of EXACT_FIRST) {
      const [first] = (await searchVietnamese(pagefind, query)).results;
      const data = await first.data();
      const words = (data as unknown as { content: string }).content
        .normalize('NFC')
        .toLowerCase()
        .split(/[^\p{L}\p{M}]+/u);
      expect(words, `${query} -> ${data.url}`).toContain(word);
    }
  });

  test('finds the same pages whatever the spelling of the query', async () => {
    const variants = [
      ['Đồng thuận', ['dong thuan', 'ĐỒNG THUẬN', 'Đồng thuận'.normalize('NFD')]],
      ['hòa', ['hoà', 'hoa', 'HÒA']],
      ['Thúy', ['thuý', 'thuy', 'THUÝ'.normalize('NFD')]],
      ['đường', ['duong', 'DUONG', 'đường'.normalize('NFD')]],
    ] as const;
    for (const [exact, others] of variants) {
      const expected = new Set(await urls(pagefind, exact));
      expect(expected.size, exact).toBeGreaterThan(0);
      for (const other of others)
        expect(new Set(await urls(pagefind, other)), `${exact} / ${other}`).toEqual(expected);
    }
  });

  test('indexes every published article, series, district, model and person page, and nothing else', () => {
    const entry = JSON.parse(readFileSync(`${site.outDir}/pagefind/pagefind-entry.json`, 'utf8'));
    const published = site.content.articles.filter(
      (a) => !a.data.draft && a.data.pubDate <= site.now,
    ).length;
    const c = site.content;
    const seriesWithParts = c.series.filter((s) =>
      c.articles.some((a) => a.data.series === s.id && !a.data.draft && a.data.pubDate <= site.now),
    ).length;
    expect(entry.languages.vi.page_count).toBe(
      published + seriesWithParts + c.districts.length + c.models.length + c.people.length,
    );
  });

  /** The full text of every result of a query, lower case. */
  const texts = async (query: string) =>
    Promise.all(
      (await searchVietnamese(pagefind, query)).results.map(async (r) =>
        ((await r.data()) as unknown as { content: string }).content.toLowerCase(),
      ),
    );

  test('finds no navigation, footer or listing boilerplate', async () => {
    // Pagefind also matches parts of words, so the test is that no result holds the text.
    for (const text of await texts('Giao diện sáng hoặc tối'))
      expect(text).not.toContain('giao diện sáng hoặc tối');
    for (const text of await texts('bản trình diễn')) expect(text).not.toContain('bản trình diễn');
    // Nor an article's date and reading time, which every article has.
    for (const text of await texts('phút đọc')) expect(text).not.toMatch(/\d+ phút đọc/);
    const article = records(site.outDir).find(
      (record) => record.url === '/bai-viet/giu-rung-nhu-giu-nha/',
    );
    expect(article!.content).not.toContain('10/1/2025');
    // Nor the article page's buttons and table of contents.
    for (const words of ['Sao chép liên kết', 'Nghe bài viết', 'Chia sẻ bài viết']) {
      for (const text of await texts(words)) expect(text).not.toContain(words.toLowerCase());
    }
    const all = await urls(pagefind, 'bắc kạn');
    expect(all.length).toBeGreaterThan(0);
    for (const url of all)
      expect(url).toMatch(/^\/(bai-viet|chuyen-de|dia-phuong|mo-hinh|nhan-vat)\/[a-z0-9-]+\/$/);
  });

  test('keeps the words of neighbouring elements apart in the text it finds and shows', () => {
    // Pagefind joins an inline element's text to the text before it ("Ma Văn HòaTổ trưởng"):
    // in this sample's Vietnamese, a capital right after a lower-case letter is that.
    const runTogether = records(site.outDir).flatMap(({ url, content }) =>
      [...content.matchAll(/\S*\p{Ll}\p{Lu}\S*/gu)].map(([word]) => `${url}: ${word}`),
    );
    expect(runTogether).toEqual([]);
  });

  test('never finds the text of a draft or a scheduled article', async () => {
    for (const text of await texts('Khauvaimuon')) expect(text).not.toContain('khauvaimuon');
    for (const text of await texts('Nhapbanthao')) expect(text).not.toContain('nhapbanthao');
    expect(await urls(pagefind, 'Người thợ rừng không bỏ núi')).not.toContain(
      '/bai-viet/nguoi-tho-rung-khong-bo-nui/',
    );
  });

  test('narrows results by kind and district filters, combined', async () => {
    const facets = readSearchFacets(site.outDir);
    const articles = await urls(pagefind, 'nông thôn', { filters: { kind: ['Bài viết'] }, facets });
    expect(articles.length).toBeGreaterThan(0);
    for (const url of articles) expect(url).toMatch(/^\/bai-viet\//);
    const inNaRi = await urls(pagefind, 'nông thôn', {
      filters: { kind: ['Bài viết'], district: ['Na Rì'] },
      facets,
    });
    expect(inNaRi).toEqual(['/bai-viet/nguoi-hien-dat-o-na-ri/']);
  });

  test("filters and counts as Pagefind's own filters do, over the build's filter table", async () => {
    // Pagefind with its filters loaded: what the table replaces on the search page.
    const own = (await loadPagefind(site.outDir)) as unknown as {
      options(options: Record<string, unknown>): Promise<void>;
      filters(): Promise<FacetCounts>;
      search(
        term: string,
        options: { filters: Filters },
      ): Promise<{ results: { id: string }[]; filters: FacetCounts }>;
    };
    await own.filters();
    await own.options({ exactDiacritics: false, ranking: { diacriticSimilarity: 0 } });
    const facets = readSearchFacets(site.outDir);
    const choices: Filters[] = [
      {},
      { kind: ['Bài viết'] },
      { district: ['Na Rì'] },
      { kind: ['Bài viết'], district: ['Chợ Đồn'] },
      { year: ['2023'] },
      { topic: Object.keys((await own.filters()).topic ?? {}).slice(0, 2) },
      { district: ['Nơi không có'] },
    ];
    let compared = 0;
    for (const term of ['bac kan', 'nong thon', 'quy', 'rung', 'mo hinh']) {
      const all = (await own.search(term, { filters: {} })).results;
      for (const filters of choices) {
        const pagefindOwn = await own.search(term, { filters });
        const ours = narrowResults(facets, all, filters);
        expect(
          ours.results.map((r) => r.id),
          `${term} ${JSON.stringify(filters)}`,
        ).toEqual(pagefindOwn.results.map((r) => r.id));
        expect(ours.counts, `${term} ${JSON.stringify(filters)}`).toEqual(pagefindOwn.filters);
        compared += ours.results.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  test('counts results per filter value', async () => {
    const { counts } = await searchVietnamese(pagefind, 'bác', {
      facets: readSearchFacets(site.outDir),
    });
    expect(counts.kind['Bài viết']).toBeGreaterThan(0);
    expect(Object.keys(counts.year)).toContain('2023');
  });
});

describe('search over the fixture archive', async () => {
  const pagefind = await loadPagefind(builtSite('other').outDir);

  test('never finds the text of its draft or its scheduled article', async () => {
    for (const marker of ['Zyxdraftword', 'Qwfutureword']) {
      for (const result of (await searchVietnamese(pagefind, marker)).results) {
        expect(((await result.data()) as unknown as { content: string }).content).not.toContain(
          marker,
        );
      }
    }
  });

  test('finds its articles, folded "đ" included', async () => {
    expect((await urls(pagefind, 'dong lau don tet'))[0]).toBe('/bai-viet/ban-nfd/');
  });
});

/** Every text of an element, a space between elements (words of two elements never run together). */
function spacedText(node: Node): string {
  if (node instanceof TextNode) return node.text;
  if (node instanceof HTMLElement && ['SCRIPT', 'STYLE'].includes(node.tagName)) return ' ';
  return ` ${node.childNodes.map(spacedText).join(' ')} `.replace(/\s+/g, ' ');
}

describe('the pages prepared for the index', () => {
  const site = builtSite('sample');
  const meta = (html: string, name: string) =>
    parse(html)
      .querySelector(`[data-pagefind-meta^="${name}:"]`)
      ?.getAttribute('data-pagefind-meta')
      ?.slice(name.length + 1)
      .split(' ') ?? [];

  test('hold exactly the searchable part of each page, in one tone style, with its "đ" words', () => {
    let prepared = 0;
    for (const page of site.pages) {
      const searchable = page.root.querySelector('[data-pagefind-body]');
      const document = prepareForIndex(page.html);
      if (!searchable) {
        expect(document, page.path).toBeUndefined();
        continue;
      }
      prepared++;
      const body = parse(document!).querySelector('[data-pagefind-body]')!;
      expect(spacedText(body), page.path).toBe(
        spacedText(parse(canonicalTones(searchable.outerHTML))),
      );
      expect(meta(document!, 'dbody').sort(), page.path).toEqual(
        dFoldedWords(canonicalTones(spacedText(searchable))).sort(),
      );
      const title = searchable.querySelector('h1')!.structuredText;
      if (dFoldedWords(title).length) expect(meta(document!, 'dtitle').join(' ')).toContain('d');
    }
    expect(prepared).toBeGreaterThan(40);
  });
});
