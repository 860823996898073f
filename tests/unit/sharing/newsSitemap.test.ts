import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import { NEWS_LIMIT, newsArticles, newsSitemap } from '#src/lib/sharing/newsSitemap.ts';
import { article, content } from '../factories.ts';
import { archive, now } from './sharingArchive.ts';

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml).urlset;

describe('newsArticles', () => {
  test('keeps the published articles of the 48 hours before the build, newest first', () => {
    // bai-1 (17 May 13:00) and bai-2 (18 May 07:00) are within two days of 19 May 10:00; bai-3 is scheduled.
    expect(newsArticles(archive.articles, now).map((a) => a.id)).toEqual(['bai-2', 'bai-1']);
    expect(
      newsArticles(archive.articles, new Date('2023-05-19T07:00:01Z')).map((a) => a.id),
    ).toEqual(['bai-2']);
  });

  test('leaves out drafts and articles dated after the build, even when the archive holds them', () => {
    const preview = buildArchive(
      content([
        article('nhap', { pubDate: new Date('2023-05-19T00:00:00Z'), draft: true }),
        article('hen-gio', { pubDate: new Date('2023-05-19T04:00:00Z') }),
      ]),
      { now, includeUnpublished: true },
    );
    expect(newsArticles(preview.articles, now)).toEqual([]);
  });

  test('lists at most 1,000 articles, the newest', () => {
    const many = Array.from({ length: NEWS_LIMIT + 5 }, (_, i) =>
      article(`bai-${i}`, { pubDate: new Date(now.getTime() - (i + 1) * 60_000) }),
    );
    const listed = newsArticles(buildArchive(content(many), { now }).articles, now);
    expect(listed).toHaveLength(NEWS_LIMIT);
    expect(listed[0].id).toBe('bai-0');
  });
});

describe('newsSitemap', () => {
  const xml = newsSitemap(archive.articles, archive.site, now, (a) =>
    a.id === 'bai-2' ? 'https://luutru.example.vn/_astro/anh.jpg' : undefined,
  );
  const urlset = parse(xml);

  test('declares the sitemap, news and image namespaces', () => {
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  });

  test('gives each article its publication, language, date with offset, title and lastmod', () => {
    const [first] = urlset.url;
    expect(first.loc).toBe('https://luutru.example.vn/bai-viet/bai-2/');
    expect(first.lastmod).toBe('2023-05-19T08:00:00+07:00');
    expect(first['news:news']).toEqual({
      'news:publication': { 'news:name': 'Báo Bắc Kạn', 'news:language': 'vi' },
      'news:publication_date': '2023-05-18T07:00:00+07:00',
      'news:title': '70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp',
    });
    expect(first['image:image']).toEqual({
      'image:loc': 'https://luutru.example.vn/_astro/anh.jpg',
    });
    expect(urlset.url[1]).not.toHaveProperty('image:image');
  });

  test('escapes the title', () => {
    expect(xml).toContain(
      '<news:title>70 cơ quan &quot;đỡ đầu&quot; 60 xã khó khăn: Chuyện giúp &amp; được giúp</news:title>',
    );
  });

  test('is a valid empty sitemap when nothing is new', () => {
    const empty = newsSitemap(archive.articles, archive.site, new Date('2030-01-01T00:00:00Z'));
    expect(parse(empty).url).toBeUndefined();
    expect(empty).toContain('</urlset>');
  });
});
