import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import {
  prepareForIndex,
  searchableFirst,
  searchablePageCount,
  SEARCHABLE_PATH,
  sortValuesOf,
} from '#src/lib/search/indexedText.ts';
import { article, content } from '../factories.ts';
import {
  articlePath,
  districtPath,
  modelPath,
  personPath,
  seriesPath,
} from '#src/lib/shared/paths.ts';

describe('searchableFirst', () => {
  test('knows the paths of every kind of searchable page, and no listing or feed', () => {
    for (const path of [articlePath, seriesPath, districtPath, modelPath, personPath].map((f) =>
      f('mot-id'),
    ))
      expect(path).toMatch(SEARCHABLE_PATH);
    for (const path of [
      '/',
      '/bai-viet/trang/2/',
      '/dia-phuong/cho-don/trang/2/',
      '/dia-phuong/cho-don/trang/1/',
      '/mo-hinh/',
      '/chu-de/giao-duc/',
      '/nhan-vat/be-van-dung/rss.xml',
      '/luu-tru/2024/',
    ])
      expect(path).not.toMatch(SEARCHABLE_PATH);
  });

  test('puts searchable pages first and keeps the order within each part', () => {
    const pages = ['/rss.xml', '/bai-viet/b/', '/', '/mo-hinh/m/', '/chu-de/t/', '/bai-viet/a'].map(
      (pathname) => ({ pathname }),
    );
    expect(searchableFirst(pages).map((page) => page.pathname)).toEqual([
      '/bai-viet/b/',
      '/mo-hinh/m/',
      '/bai-viet/a',
      '/rss.xml',
      '/',
      '/chu-de/t/',
    ]);
  });
});

describe('searchablePageCount', () => {
  test('counts the published articles and every series, district, model and person page', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const archive = buildArchive(
      content([
        article('da-dang', {
          pubDate: new Date('2024-06-01T00:00:00Z'),
          series: 'loat-bai',
          part: 1,
        }),
        article('ban-nhap', { pubDate: new Date('2024-06-01T00:00:00Z'), draft: true }),
        article('hen-gio', { pubDate: new Date('2025-06-01T00:00:00Z') }),
      ]),
      { now },
    );
    // 1 published article, its series, the 4 districts, 1 model and 1 person of the factory.
    expect(searchablePageCount(archive)).toBe(8);
  });
});

describe('sortValuesOf', () => {
  test('reads each sort key from the attribute it names, or after the colon', () => {
    const html =
      '<article data-pagefind-body><span hidden data-pagefind-sort="date[data-value]" data-value="2024-05-01T00:00:00.000Z"></span>' +
      '<span data-pagefind-sort="weight:3"></span><span data-pagefind-sort="title[data-title]" data-title="A &amp; B"></span></article>';
    expect(sortValuesOf(html)).toEqual(
      new Map([
        ['date', '2024-05-01T00:00:00.000Z'],
        ['weight', '3'],
        ['title', 'A & B'],
      ]),
    );
    expect(sortValuesOf('<article data-pagefind-body><p>no sort</p></article>').size).toBe(0);
  });

  test('refuses a sort key without a value it can read', () => {
    expect(() => sortValuesOf('<span data-pagefind-sort="date">2024</span>')).toThrow(
      'data-pagefind-sort="date" gives no value',
    );
  });
});

describe('prepareForIndex', () => {
  test("keeps the searchable part, without the pictures' alt text", () => {
    const html =
      '<html><body><nav>Trang chủ</nav><article data-pagefind-body><h1>Đường mới</h1>' +
      '<picture><img src="/_astro/a.jpg" alt="Cánh đồng và con đường"></picture><p>Chợ Đồn.</p>' +
      '</article></body></html>';
    const document = prepareForIndex(html)!;
    expect(document).not.toContain('Trang chủ');
    expect(document).not.toContain('Cánh đồng');
    expect(document).toContain('<img src="/_astro/a.jpg" alt="">');
    expect(document).toContain('<p>Chợ Đồn.</p>');
  });
});
