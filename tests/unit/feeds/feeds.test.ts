import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import {
  FEED_LIMIT,
  allFeeds,
  articleFeeds,
  feedItemCounts,
  indexFeeds,
} from '#src/lib/feeds/feeds.ts';
import { feedsOpml } from '#src/lib/feeds/opml.ts';
import { article, content } from '../factories.ts';

const now = new Date('2025-01-01T00:00:00Z');
const many = Array.from({ length: 60 }, (_, i) =>
  article(`bai-${String(i).padStart(2, '0')}`, {
    pubDate: new Date(Date.UTC(2024, 0, 1 + i)),
    districts: ['na-ri'],
  }),
);
const parts = [
  article('phan-2', {
    pubDate: new Date('2024-05-02T00:00:00Z'),
    series: 'loat-bai',
    part: 2,
    topics: ['kinh-te'],
  }),
  article('phan-1', { pubDate: new Date('2024-05-01T00:00:00Z'), series: 'loat-bai', part: 1 }),
];
const archive = buildArchive(content([...many, ...parts]), { now });
const feeds = allFeeds(archive);

describe('allFeeds', () => {
  test('puts the whole-archive feed first, with the latest 50 items, newest first', () => {
    expect(feeds[0]).toMatchObject({ kind: 'archive', path: '/rss.xml' });
    expect(feeds[0].articles).toHaveLength(FEED_LIMIT);
    expect(feeds[0].articles.slice(0, 3).map((a) => a.id)).toEqual(['phan-2', 'phan-1', 'bai-59']);
  });

  test('keeps every part of a series, oldest first', () => {
    const series = feeds.find((feed) => feed.kind === 'series')!;
    expect(series.path).toBe('/chuyen-de/loat-bai/rss.xml');
    expect(series.articles.map((a) => a.id)).toEqual(['phan-1', 'phan-2']);
  });

  test('gives every author of a published article a feed, and no other author', () => {
    const authors = buildArchive(
      content(
        [
          article('bai-tac-gia', {
            pubDate: new Date('2024-06-01T00:00:00Z'),
            author: 'le-van-an',
          }),
        ],
        {
          authors: [
            {
              id: 'le-van-an',
              file: 'le-van-an.yaml',
              data: { name: 'Lê Văn An', invented: true },
            },
            {
              id: 'chua-viet',
              file: 'chua-viet.yaml',
              data: { name: 'Chưa Viết', invented: true },
            },
          ],
        },
      ),
      { now },
    );
    const feed = allFeeds(authors).filter((f) => f.kind === 'author');
    expect(feed.map((f) => [f.path, f.articles.map((a) => a.id)])).toEqual([
      ['/tac-gia/le-van-an/rss.xml', ['bai-tac-gia']],
    ]);
  });

  test('gives every district, topic, model and person a feed, even an empty one', () => {
    const paths = feeds.map((feed) => feed.path);
    expect(paths).toContain('/dia-phuong/cho-don/rss.xml');
    expect(paths).toContain('/chu-de/kinh-te/rss.xml');
    expect(paths).toContain('/mo-hinh/quy/rss.xml');
    expect(paths).toContain('/nhan-vat/ha-van-duc/rss.xml');
    expect(feeds.find((feed) => feed.path === '/dia-phuong/na-ri/rss.xml')!.articles).toHaveLength(
      FEED_LIMIT,
    );
  });
});

describe('articleFeeds', () => {
  test('lists the series feed of a part first, then its districts and topics', () => {
    const part = archive.articleById.get('phan-2')!;
    expect(articleFeeds(indexFeeds(feeds), part).map((feed) => feed.path)).toEqual([
      '/chuyen-de/loat-bai/rss.xml',
      '/chu-de/kinh-te/rss.xml',
    ]);
  });
});

describe('feedItemCounts', () => {
  test('counts the feeds that show each article, and leaves out articles in none', () => {
    const counts = feedItemCounts(feeds);
    const showing = (id: string) =>
      feeds.filter((feed) => feed.articles.some((a) => a.id === id)).length;
    // The newest articles are in the whole archive's feed and their district's; a series part
    // in its series' and topic's too; the oldest of the 60 have dropped out of every latest 50.
    expect(counts.get('bai-59')).toBe(showing('bai-59'));
    expect(counts.get('bai-59')).toBeGreaterThanOrEqual(2);
    expect(counts.get('phan-2')).toBe(showing('phan-2'));
    expect(counts.get('phan-2')).toBeGreaterThanOrEqual(3);
    expect(showing('bai-00')).toBe(0);
    expect(counts.has('bai-00')).toBe(false);
    const items = feeds.reduce((sum, feed) => sum + feed.articles.length, 0);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(items);
  });
});

describe('feedsOpml', () => {
  test('lists every feed with an absolute, escaped URL under its group', () => {
    const opml = feedsOpml(
      'A & B',
      'https://example.org',
      feeds.slice(0, 2),
      {
        archive: 'Tất cả',
        series: 'Chuyên đề',
        district: '',
        topic: '',
        model: '',
        person: '',
        author: '',
      },
      now,
    );
    expect(opml).toContain('<title>A &amp; B</title>');
    expect(opml).toContain('xmlUrl="https://example.org/rss.xml"');
    expect(opml).toContain('<outline text="Chuyên đề">');
  });
});
