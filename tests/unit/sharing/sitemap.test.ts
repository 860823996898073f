import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import {
  sitemapChunks,
  sitemapEntries,
  sitemapIndexXml,
  sitemapXml,
} from '#src/lib/sharing/sitemap.ts';
import { article, content } from '../factories.ts';
import { archive } from './sharingArchive.ts';

const cover = (a: { id: string }) => `https://luutru.example.vn/_astro/${a.id}.jpg`;
const entries = sitemapEntries(archive, cover);
const paths = entries.map((entry) => entry.path);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });

describe('sitemapEntries', () => {
  test('lists every published page once, and no unpublished article', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of ['/', '/bai-viet/bai-1/', '/bai-viet/bai-2/', '/chuyen-de/', '/tim-kiem/'])
      expect(paths).toContain(path);
    expect(paths).toContain('/tac-gia/le-van-an/');
    expect(paths).not.toContain('/bai-viet/bai-3/');
    expect(paths).not.toContain('/bai-viet/ban-nhap/');
  });

  test('gives an article with a cover its image, and other pages none', () => {
    expect(entries.find((e) => e.path === '/bai-viet/bai-2/')!.image).toBe(cover({ id: 'bai-2' }));
    expect(entries.find((e) => e.path === '/bai-viet/bai-1/')!.image).toBeUndefined();
  });

  test('lists the numbered pages of a long listing, each dated by its own newest story', () => {
    const many = buildArchive(
      content(
        Array.from({ length: 24 }, (_, i) =>
          article(`bai-${i}`, { pubDate: new Date(Date.UTC(2024, 0, 1 + i)), topics: ['kinh-te'] }),
        ),
      ),
      { now: new Date('2025-01-01T00:00:00Z') },
    );
    const topic = sitemapEntries(many).filter((e) => e.path.startsWith('/chu-de/kinh-te/'));
    // 24 stories at 12 a page: the newest page and page 1, the oldest twelve.
    expect(topic.map((e) => e.path)).toEqual(['/chu-de/kinh-te/', '/chu-de/kinh-te/trang/1/']);
    expect(topic[0].lastmod).toEqual(new Date(Date.UTC(2024, 0, 24)));
    // Page 1 holds the twelve oldest: 1 to 12 January.
    expect(topic[1].lastmod).toEqual(new Date(Date.UTC(2024, 0, 12)));
  });
});

describe('sitemapXml', () => {
  test('writes loc, lastmod with the site offset and image:image', () => {
    const xml = sitemapXml(entries, archive.site);
    const urls = parser.parse(xml).urlset.url as Record<string, unknown>[];
    const story = urls.find((url) => url.loc === 'https://luutru.example.vn/bai-viet/bai-2/')!;
    expect(story.lastmod).toBe('2023-05-19T08:00:00+07:00');
    expect(story['image:image']).toEqual({ 'image:loc': cover({ id: 'bai-2' }) });
    expect(urls.every((url) => typeof url.lastmod === 'string')).toBe(true);
  });
});

describe('sitemapChunks and sitemapIndexXml', () => {
  test('splits the entries into files and names each in the index with its newest change', () => {
    const chunks = sitemapChunks(entries, 5);
    expect(chunks.flat()).toEqual(entries);
    expect(chunks.every((chunk) => chunk.length <= 5)).toBe(true);
    const index = sitemapIndexXml(chunks, archive.site);
    expect(index).toContain('<loc>https://luutru.example.vn/sitemap-0.xml</loc>');
    expect(index).toContain(
      `<loc>https://luutru.example.vn/sitemap-${chunks.length - 1}.xml</loc>`,
    );
    expect(sitemapChunks([])).toEqual([[]]);
  });
});
