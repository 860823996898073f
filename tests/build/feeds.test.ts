/**
 * Feeds, parsed with a real XML parser and held to the rules of the W3C feed validator
 * (validator.w3.org/feed/docs/rss2.html), as written down here:
 * - channel: title, link and description are required; `language` is a language code;
 *   `atom:link rel="self"` names the feed's own URL; `image` has url, title and link, and its
 *   link equals the channel's link;
 * - item: a title or a description; `link` and `guid isPermaLink="true"` are absolute URLs;
 *   `pubDate` is an RFC-822 date; `enclosure` has url, a non-negative integer length and a type;
 * - `content:encoded` contains no relative URL ("ContainsRelRef") and no script or event
 *   handler ("ContainsScript", "ContainsUndeclaredEvent").
 */
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtSite } from './dist.ts';
import type { SiteName } from './sites.ts';

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'category'].includes(name),
});

type Item = {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator': string;
  category?: string[];
  enclosure?: { '@url': string; '@length': string; '@type': string };
};

describe.each<SiteName>(['sample', 'other'])('the feeds of the %s site', (name) => {
  const site = builtSite(name);
  const { content, now } = site;
  const siteUrl = content.site.url;
  const published = content.articles.filter((a) => !a.data.draft && a.data.pubDate <= now);
  const newestFirst = [...published].sort(
    (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
  );
  const link = (id: string) => `${siteUrl}/bai-viet/${id}/`;

  const feedFiles = [...site.texts.keys()].filter((file) => file.endsWith('rss.xml'));
  const read = (sitePath: string) => {
    const file = `${site.outDir}${sitePath}`;
    const text = site.texts.get(file);
    if (!text) throw new Error(`no feed at ${sitePath}`);
    return {
      text,
      channel: parser.parse(text).rss.channel as Record<string, unknown> & { item?: Item[] },
    };
  };

  /** The expected feeds: the whole archive, one per series, district, topic, model and person, and one per author with published articles. */
  const expected: [string, string[]][] = [
    ['/rss.xml', newestFirst.slice(0, 50).map((a) => link(a.id))],
    ...content.series
      .filter((s) => published.some((a) => a.data.series === s.id))
      .map((s): [string, string[]] => [
        `/chuyen-de/${s.id}/rss.xml`,
        published
          .filter((a) => a.data.series === s.id)
          .sort((a, b) => a.data.pubDate.getTime() - b.data.pubDate.getTime())
          .map((a) => link(a.id)),
      ]),
    ...(
      [
        ['districts', '/dia-phuong/'],
        ['topics', '/chu-de/'],
        ['models', '/mo-hinh/'],
        ['people', '/nhan-vat/'],
      ] as const
    ).flatMap(([field, prefix]) =>
      content[field].map((entry): [string, string[]] => [
        `${prefix}${entry.id}/rss.xml`,
        newestFirst
          .filter((a) => a.data[field].includes(entry.id))
          .slice(0, 50)
          .map((a) => link(a.id)),
      ]),
    ),
    ...content.authors
      .filter((author) => published.some((a) => a.data.author === author.id))
      .map((author): [string, string[]] => [
        `/tac-gia/${author.id}/rss.xml`,
        newestFirst
          .filter((a) => a.data.author === author.id)
          .slice(0, 50)
          .map((a) => link(a.id)),
      ]),
  ];

  test('builds exactly one feed per listing, each holding exactly its items in order', () => {
    expect(feedFiles.map((file) => file.slice(site.outDir.length)).sort()).toEqual(
      expected.map(([path]) => path).sort(),
    );
    for (const [path, links] of expected) {
      expect(
        (read(path).channel.item ?? []).map((item) => item.link),
        path,
      ).toEqual(links);
    }
  });

  test('meets the RSS 2.0 rules of the W3C validator in every feed', () => {
    for (const [path] of expected) {
      const { channel, text } = read(path);
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), path).toBe(true);
      expect(String(channel.title).length, path).toBeGreaterThan(0);
      expect(String(channel.description).length, path).toBeGreaterThan(0);
      expect(String(channel.link)).toMatch(new RegExp(`^${siteUrl}/`));
      expect(channel.language).toBe('vi');
      expect(String(channel.lastBuildDate)).toMatch(RFC_822);
      const self = channel['atom:link'] as Record<string, string>;
      expect(self['@rel']).toBe('self');
      expect(self['@href']).toBe(`${siteUrl}${path}`);
      const image = channel.image as Record<string, string>;
      expect(image.url).toBe(`${siteUrl}/logo.png`);
      expect(image.link).toBe(channel.link);
      expect(image.title).toBe(channel.title);
      for (const item of channel.item ?? []) {
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.guid['#text']).toBe(item.link);
        expect(item.guid['@isPermaLink']).toBe('true');
        expect(item.pubDate).toMatch(RFC_822);
        expect(item.description.length).toBeGreaterThan(0);
        expect(item['dc:creator'].length).toBeGreaterThan(0);
        const body = parse(item['content:encoded']);
        expect(body.querySelectorAll('script, style, iframe')).toHaveLength(0);
        for (const element of body.querySelectorAll('*')) {
          for (const attribute of Object.keys(element.attributes))
            expect(attribute.startsWith('on'), `${path} ${item.link}`).toBe(false);
          for (const attribute of ['href', 'src']) {
            const value = element.getAttribute(attribute);
            if (value !== undefined)
              expect(value, `${path} ${item.link}`).toMatch(/^(https?:\/\/|mailto:|#$)/);
          }
        }
        if (item.enclosure) {
          expect(item.enclosure['@url']).toMatch(/^https?:\/\//);
          expect(item.enclosure['@length']).toMatch(/^\d+$/);
          expect(item.enclosure['@type']).toMatch(/^audio\//);
        }
      }
    }
  });

  test('dates every item by its publication date', () => {
    const items = read('/rss.xml').channel.item ?? [];
    for (const item of items) {
      const article = published.find((a) => link(a.id) === item.link)!;
      expect(new Date(item.pubDate).getTime()).toBe(article.data.pubDate.getTime());
    }
  });

  test('names the series, districts and topics of an item as categories', () => {
    for (const item of read('/rss.xml').channel.item ?? []) {
      const article = published.find((a) => link(a.id) === item.link)!;
      const names = [
        ...(article.data.series
          ? [content.series.find((s) => s.id === article.data.series)!.data.title]
          : []),
        ...article.data.districts.map(
          (id) => content.districts.find((d) => d.id === id)!.data.name,
        ),
        ...article.data.topics.map((id) => content.topics.find((x) => x.id === id)!.data.name),
      ];
      expect(item.category ?? []).toEqual(names);
    }
  });

  test('advertises the archive feed on every page and its own feed on every listing', () => {
    for (const page of site.pages) {
      const alternates = page.root
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href'));
      expect(alternates[0], page.path).toBe(`${siteUrl}/rss.xml`);
      const listing = /^\/(chuyen-de|dia-phuong|chu-de|mo-hinh|nhan-vat)\/([a-z0-9-]+)\/$/.exec(
        page.path,
      );
      if (listing) {
        expect(alternates, page.path).toContain(`${siteUrl}${page.path}rss.xml`);
        expect(
          page.root.querySelector(`main a[href="${page.path}rss.xml"]`),
          page.path,
        ).not.toBeNull();
      }
    }
  });

  test('advertises the series feed on every series part', () => {
    for (const article of published.filter((a) => a.data.series)) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      expect(
        page.root.querySelector(
          `link[rel="alternate"][href="${siteUrl}/chuyen-de/${article.data.series}/rss.xml"]`,
        ),
      ).not.toBeNull();
    }
  });

  test('lists every feed on /rss/ and in the OPML file', () => {
    const page = site.page('/rss/')!;
    const opml = parser.parse(site.texts.get(`${site.outDir}/rss/feeds.opml`)!);
    const opmlUrls = JSON.stringify(opml)
      .match(/"@xmlUrl":"[^"]+"/g)!
      .map((m) => m.slice(11, -1));
    for (const [path] of expected) {
      expect(page.root.querySelector(`a[href="${path}"]`), path).not.toBeNull();
      expect(opmlUrls).toContain(`${siteUrl}${path}`);
    }
  });
});

describe('the fixture feeds', () => {
  const site = builtSite('other');
  const channel = parser.parse(site.texts.get(`${site.outDir}/rss.xml`)!).rss.channel as {
    item: Item[];
  };

  test('round-trips quotes, & and <> in a title', () => {
    expect(channel.item.map((item) => item.title)).toContain('Chuyện "lá dọc" & <bí mật> của làng');
  });

  test('writes an NFD source in NFC', () => {
    const item = channel.item.find((i) => i.link.endsWith('/bai-viet/ban-nfd/'))!;
    expect(item.title).toBe('Đồng Lau đón Tết'.normalize('NFC'));
    expect(item['content:encoded']).toBe(item['content:encoded'].normalize('NFC'));
  });

  test("encloses an article's recording with its size in bytes", () => {
    const item = channel.item.find((i) => i.link.endsWith('/bai-viet/cu-nhat/'))!;
    expect(item.enclosure).toEqual({
      '@url': 'https://songmay.example.org/bai-viet/cu-nhat/cu-nhat.wav',
      '@length': '8044',
      '@type': 'audio/wav',
    });
  });

  test('renders components, the cover and body pictures to plain HTML with absolute links', () => {
    const item = channel.item.find((i) => i.link.endsWith('/bai-viet/co-thanh-phan/'))!;
    const body = parse(item['content:encoded']);
    expect(body.querySelector('aside[aria-label="Ghi chú của phóng viên"]')!.textContent).toContain(
      'Chợ họp {5} ngày một phiên.',
    );
    expect(
      body.querySelector('a[href="https://songmay.example.org/chuyen-de/mua-nuoc-noi/"]'),
    ).not.toBeNull();
    expect(
      body.querySelector('a[href="https://songmay.example.org/dia-phuong/dong-lau/"]'),
    ).not.toBeNull();
    const images = body.querySelectorAll('img');
    expect(images.map((img) => img.getAttribute('alt'))).toEqual([
      'Mái chợ phiên đỏ dưới nắng chiều',
      'Sạp rau xanh ở góc chợ phiên',
    ]);
    for (const img of images)
      expect(img.getAttribute('src')).toMatch(/^https:\/\/songmay\.example\.org\/_astro\//);
    expect(item['content:encoded']).not.toMatch(/astro-|<script|\son\w+=/);
  });
});
