import { describe, expect, test } from 'vitest';
import { searchableFirst, SEARCHABLE_PATH } from '../../src/lib/searchIndexing.ts';
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
