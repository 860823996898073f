import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive.ts';
import {
  searchableFirst,
  searchablePageCount,
  SEARCHABLE_PATH,
} from '../../src/lib/searchIndexing.ts';
import { article, content } from './factories.ts';
import {
  articlePath,
  districtPath,
  modelPath,
  personPath,
  seriesPath,
} from '../../src/lib/paths.ts';

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
