import { describe, expect, test } from 'vitest';
import { lastmodOf, sitemapLastmods } from '#src/lib/sharing/sitemapLastmod.ts';
import { archive } from './sharingArchive.ts';

const lastmods = sitemapLastmods(archive);
const iso = (path: string) => lastmodOf(lastmods, path)?.toISOString();

describe('sitemapLastmods', () => {
  test('dates an article by its latest update or correction', () => {
    expect(iso('/bai-viet/bai-2/')).toBe('2023-05-19T01:00:00.000Z');
    expect(iso('/bai-viet/chuyen-o-na-ri/')).toBe('2022-04-10T00:00:00.000Z');
  });

  test('dates a listing by the newest change among its published articles', () => {
    expect(iso('/chuyen-de/hoc-va-lam-theo-bac/')).toBe('2023-05-19T01:00:00.000Z');
    expect(iso('/dia-phuong/na-ri/')).toBe('2023-05-17T06:00:00.000Z');
    expect(iso('/luu-tru/2022/')).toBe('2022-04-10T00:00:00.000Z');
    expect(iso('/tac-gia/le-van-an/')).toBe('2022-04-10T00:00:00.000Z');
  });

  test('dates the home page, the indexes and pages without stories by the newest change', () => {
    for (const path of ['/', '/chuyen-de/', '/tim-kiem/', '/rss/', '/dia-phuong/bach-thong/'])
      expect(iso(path)).toBe('2023-05-19T01:00:00.000Z');
  });

  test('counts the later pages of a listing as the listing', () => {
    expect(iso('/chu-de/kinh-te/trang/2/')).toBe(iso('/chu-de/kinh-te/'));
  });

  test('has no entry for an unpublished article', () => {
    expect(iso('/bai-viet/bai-3/')).toBeUndefined();
    expect(iso('/bai-viet/ban-nhap/')).toBeUndefined();
  });
});
