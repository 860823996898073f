/**
 * Link previews, structured data and the news sitemap, read from the built sites the way a
 * crawler or a chat app reads them: every picture a page names is opened in dist/ and its real
 * size read from the PNG or JPEG header.
 */
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { isPublished } from '#src/lib/content/publication.ts';
import { builtSite, fileFor, type BuiltPage } from './dist.ts';
import type { SiteName } from './sites.ts';

/** The width and height in a PNG's IHDR or a baseline/progressive JPEG's SOF marker. */
function imageSize(bytes: Buffer): { type: 'png' | 'jpeg'; width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG') {
    return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset < bytes.length) {
      const marker = bytes[offset + 1];
      const length = bytes.readUInt16BE(offset + 2);
      // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return {
          type: 'jpeg',
          height: bytes.readUInt16BE(offset + 5),
          width: bytes.readUInt16BE(offset + 7),
        };
      }
      offset += 2 + length;
    }
  }
  throw new Error('not a PNG or JPEG file');
}

const meta = (page: BuiltPage, key: string) =>
  page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

type Ld = Record<string, unknown> & { '@type'?: string; '@graph'?: Ld[] };

/** Every JSON-LD node of a page, graphs opened. */
function jsonLd(page: BuiltPage): Ld[] {
  return page.root.querySelectorAll('script[type="application/ld+json"]').flatMap((script) => {
    const data = JSON.parse(script.textContent) as Ld;
    return data['@graph'] ?? [data];
  });
}

const ofType = (page: BuiltPage, type: string) => jsonLd(page).filter((n) => n['@type'] === type);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'item', 'image:image'].includes(name),
});

describe.each<SiteName>(['sample', 'other'])('sharing the pages of the %s site', (name) => {
  const site = builtSite(name);
  const siteUrl = site.content.site.url;
  const published = site.content.articles.filter((a) => isPublished(a, site.now));

  /** The file in dist/ of an absolute URL of the site, and its size as its header says. */
  const picture = (url: string) => {
    expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
    const file = fileFor(site.outDir, new URL(url).pathname);
    expect(file, url).toBeDefined();
    return imageSize(readFileSync(file!));
  };

  test('gives every page a picture of at least 1200x630 at 1.91:1, its size as declared, with alt text and an X card', () => {
    for (const page of site.pages) {
      const url = meta(page, 'og:image')!;
      const size = picture(url);
      expect(`${size.width}x${size.height}`, `${page.path} ${url}`).toBe(
        `${meta(page, 'og:image:width')}x${meta(page, 'og:image:height')}`,
      );
      expect(size.width, page.path).toBeGreaterThanOrEqual(1200);
      expect(size.height, page.path).toBeGreaterThanOrEqual(630);
      expect(Math.abs(size.width / size.height - 1.91), page.path).toBeLessThan(0.02);
      expect(meta(page, 'og:image:type'), page.path).toBe(`image/${size.type}`);
      expect(meta(page, 'og:image:alt')!.trim(), page.path).not.toBe('');
      expect(meta(page, 'twitter:card'), page.path).toBe('summary_large_image');
      expect(meta(page, 'og:locale'), page.path).toBe('vi_VN');
      expect(meta(page, 'og:site_name'), page.path).toBe(site.content.site.name);
      expect(meta(page, 'og:url'), page.path).toBe(`${siteUrl}${page.path}`);
      const robots = page.root.querySelectorAll('meta[name="robots"]');
      expect(
        robots.map((tag) => tag.getAttribute('content')),
        page.path,
      ).toEqual([page.path === '/404.html' ? 'noindex' : 'max-image-preview:large']);
    }
  });

  test('has every kind of page to share', () => {
    const kinds = [
      /^\/$/,
      /^\/bai-viet\/[^/]+\/$/,
      /^\/chuyen-de\/$/,
      /^\/chuyen-de\/[^/]+\/$/,
      /^\/dia-phuong\/[^/]+\/$/,
      /^\/mo-hinh\/[^/]+\/$/,
      /^\/nhan-vat\/[^/]+\/$/,
      /^\/chu-de\/[^/]+\/$/,
      /^\/luu-tru\/\d{4}\/$/,
      /^\/tac-gia\/$/,
      /^\/tac-gia\/[^/]+\/$/,
      /^\/tim-kiem\/$/,
      /^\/rss\/$/,
    ];
    for (const kind of kinds)
      expect(
        site.pages.some((p) => kind.test(p.path)),
        `${kind}`,
      ).toBe(true);
  });

  test('shares a crop of a large cover, and a card for every other article', async () => {
    let crops = 0;
    for (const article of published) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      const url = meta(page, 'og:image')!;
      const cover = article.data.cover;
      const original =
        cover &&
        (await sharp(path.resolve(path.dirname(article.file), String(cover.src))).metadata());
      if (original && original.width >= 1200 && original.height >= 630) {
        crops++;
        // Astro names a picture's files after the original: "cu-nhat.<hash>_<hash>.jpg".
        const base = path.basename(String(cover!.src)).replace(/\.\w+$/, '');
        expect(url, article.id).toMatch(new RegExp(`/_astro/${base}\\.[\\w-]+\\.jpg$`));
        expect(meta(page, 'og:image:alt'), article.id).toBe(cover!.alt);
      } else {
        expect(url, article.id).toMatch(/\/anh-chia-se\/[0-9a-f]{64}\.png$/);
      }
    }
    expect(crops).toBeGreaterThan(0);
  });

  test('gives two articles without covers, and two places, different cards', () => {
    const cardOf = (sitePath: string) => meta(site.page(sitePath)!, 'og:image')!;
    const articles = published
      .filter((article) => !article.data.cover)
      .map((article) => cardOf(`/bai-viet/${article.id}/`));
    // Every sample article has a cover: there, two districts stand in.
    expect(articles.length).toBeGreaterThanOrEqual(name === 'other' ? 2 : 0);
    const places = site.content.districts.map((d) => cardOf(`/dia-phuong/${d.id}/`));
    const cards = [...articles, ...places];
    expect(new Set(cards).size).toBe(cards.length);
    const [first, second] = (articles.length >= 2 ? articles : places).map((url) =>
      readFileSync(fileFor(site.outDir, new URL(url).pathname)!),
    );
    expect(first.equals(second)).toBe(false);
  });

  test('draws exactly the cards the pages share: none for an unpublished article', () => {
    const shared = new Set(
      site.pages
        .map((page) => new URL(meta(page, 'og:image')!).pathname)
        .filter((p) => p.startsWith('/anh-chia-se/')),
    );
    const drawn = readdirSync(path.join(site.outDir, 'anh-chia-se')).map(
      (f) => `/anh-chia-se/${f}`,
    );
    expect(new Set(drawn)).toEqual(shared);
  });

  test('tells Open Graph what an article is, with dates at +07:00', () => {
    for (const article of published) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      expect(meta(page, 'og:type')).toBe('article');
      expect(meta(page, 'article:published_time'), article.id).toMatch(
        /T\d{2}:\d{2}:\d{2}\+07:00$/,
      );
      expect(meta(page, 'article:modified_time'), article.id).toMatch(/\+07:00$/);
    }
    expect(meta(site.page('/')!, 'og:type')).toBe('website');
  });

  test('describes every article as a NewsArticle with its pictures, author, publisher and series', () => {
    for (const article of published) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      const [story] = ofType(page, 'NewsArticle') as Ld[];
      expect(story, article.id).toBeDefined();
      expect(story.headline).toBe(article.data.title);
      expect(story.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(story.dateModified).toMatch(/\+07:00$/);
      expect(new Date(String(story.dateModified)) >= new Date(String(story.datePublished))).toBe(
        true,
      );
      const images = story.image as { url: string; width: string; height: string }[];
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        const size = picture(image.url);
        expect(`${size.width}x${size.height}`, image.url).toBe(`${image.width}x${image.height}`);
      }
      if (article.data.cover) {
        expect(images.map((i) => (Number(i.width) / Number(i.height)).toFixed(2))).toEqual([
          expect.stringMatching(/^1\.7[78]$/),
          expect.stringMatching(/^1\.3[34]$/),
          '1.00',
        ]);
      }
      const author = story.author as { name: string; url: string };
      expect(author.name.length).toBeGreaterThan(0);
      if (article.data.author) {
        expect(author.url).toBe(`${siteUrl}/tac-gia/${article.data.author}/`);
        expect(site.page(`/tac-gia/${article.data.author}/`), author.url).toBeDefined();
      }
      const publisher = story.publisher as Ld & { logo: { url: string } };
      expect(publisher['@type']).toBe('NewsMediaOrganization');
      expect(publisher.name).toBe(site.content.site.publisher);
      expect(picture(publisher.logo.url).width).toBeGreaterThan(0);
      const series = site.content.series.find((s) => s.id === article.data.series);
      if (series) {
        expect((story.isPartOf as { name: string }).name).toBe(series.data.title);
        expect(story.position).toBe(article.data.part);
      }
    }
  });

  test('links every byline to its author page, which lists the author’s published articles', () => {
    for (const article of published.filter((a) => a.data.author)) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      const byline = page.root.querySelector('a[rel="author"]')!;
      expect(byline.getAttribute('href')).toBe(`/tac-gia/${article.data.author}/`);
    }
    for (const author of site.content.authors) {
      const own = published.filter((a) => a.data.author === author.id);
      const pages = site.pages.filter((p) => p.path.startsWith(`/tac-gia/${author.id}/`));
      const listed = pages.flatMap((p) =>
        p.root
          .querySelectorAll('section[aria-labelledby="danh-sach-bai"] a[href^="/bai-viet/"]')
          .map((a) => a.getAttribute('href')),
      );
      expect(new Set(listed), author.id).toEqual(new Set(own.map((a) => `/bai-viet/${a.id}/`)));
    }
  });

  test('gives every page below the home page a BreadcrumbList matching its visible breadcrumb', () => {
    for (const page of site.pages) {
      const nav = page.root.querySelector('nav[aria-label="Bạn đang ở"]');
      const [list] = ofType(page, 'BreadcrumbList') as (Ld & {
        itemListElement: { position: number; name: string; item: string }[];
      })[];
      if (page.path === '/' || page.path === '/404.html') {
        expect(nav, page.path).toBeNull();
        expect(list, page.path).toBeUndefined();
        continue;
      }
      expect(list, page.path).toBeDefined();
      const links = nav!.querySelectorAll('ol > li > a');
      expect(
        links.map((a: HTMLElement) => [
          a.textContent.trim(),
          `${siteUrl}${a.getAttribute('href')}`,
        ]),
        page.path,
      ).toEqual(list.itemListElement.map((item) => [item.name, item.item]));
      expect(list.itemListElement.map((item) => item.position)).toEqual(
        list.itemListElement.map((_, i) => i + 1),
      );
      // The page itself ends the trail; a listing's later pages end with its first page.
      expect(list.itemListElement.at(-1)!.item, page.path).toBe(
        `${siteUrl}${page.path.replace(/trang\/\d+\/$/, '')}`,
      );
      const current = nav!.querySelectorAll('[aria-current="page"]');
      expect(current.length, page.path).toBe(/trang\/\d+\/$/.test(page.path) ? 0 : 1);
    }
  });

  test('reads a series part’s breadcrumb as Trang chủ › Chuyên đề › series › Bài N', () => {
    const part = published.find((a) => a.data.series)!;
    const series = site.content.series.find((s) => s.id === part.data.series)!;
    const nav = site
      .page(`/bai-viet/${part.id}/`)!
      .root.querySelector('nav[aria-label="Bạn đang ở"]')!;
    expect(nav.querySelectorAll('li > a').map((a) => a.textContent.trim())).toEqual([
      'Trang chủ',
      'Chuyên đề',
      series.data.title,
      `Bài ${part.data.part}`,
    ]);
  });

  test('describes the newspaper and its site search on the home page', () => {
    const home = site.page('/')!;
    const [publisher] = ofType(home, 'NewsMediaOrganization') as (Ld & { logo: { url: string } })[];
    expect(publisher.name).toBe(site.content.site.publisher);
    expect(existsSync(fileFor(site.outDir, new URL(publisher.logo.url).pathname)!)).toBe(true);
    const [website] = ofType(home, 'WebSite') as (Ld & {
      potentialAction: { target: { urlTemplate: string } };
    })[];
    expect(website.potentialAction.target.urlTemplate).toBe(
      `${siteUrl}/tim-kiem/?q={search_term_string}`,
    );
  });

  test('names a news sitemap in robots.txt that lists only the published articles of the last two days', () => {
    const robots = site.texts.get(path.join(site.outDir, 'robots.txt'))!;
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-news.xml`);
    const news = parser.parse(site.texts.get(path.join(site.outDir, 'sitemap-news.xml'))!);
    const listed = (news.urlset.url ?? []).map((url: { loc: string }) => url.loc);
    const since = site.now.getTime() - 48 * 60 * 60 * 1000;
    const expected = published
      .filter((a) => a.data.pubDate.getTime() >= since)
      .map((a) => `${siteUrl}/bai-viet/${a.id}/`);
    expect(new Set(listed)).toEqual(new Set(expected));
    if (name === 'other') {
      expect(listed).toEqual([`${siteUrl}/bai-viet/tin-moi-ve-cho/`]);
      const item = news.urlset.url[0];
      expect(item['news:news']['news:publication_date']).toBe('2026-11-25T09:00:00+07:00');
    }
  });

  test('dates every sitemap entry and names the cover of every article that has one', () => {
    const files = [...site.texts.keys()].filter((file) => /sitemap-\d+\.xml$/.test(file));
    const urls = files.flatMap(
      (file) =>
        parser.parse(site.texts.get(file)!).urlset.url as {
          loc: string;
          lastmod: string;
          'image:image'?: { 'image:loc': string }[];
        }[],
    );
    for (const url of urls) expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}T.*\+07:00$/);
    for (const article of published) {
      const url = urls.find((u) => u.loc === `${siteUrl}/bai-viet/${article.id}/`)!;
      expect(Boolean(url['image:image']), article.id).toBe(Boolean(article.data.cover));
      for (const image of url['image:image'] ?? []) picture(image['image:loc']);
    }
  });

  test('puts each cover in the feeds as media:content with its real size', () => {
    const channel = parser.parse(site.texts.get(path.join(site.outDir, 'rss.xml'))!).rss.channel;
    const withCover = new Set(published.filter((a) => a.data.cover).map((a) => a.id));
    let seen = 0;
    for (const item of channel.item as {
      link: string;
      'media:content'?: Record<string, string>;
    }[]) {
      const id = item.link.split('/').at(-2)!;
      const media = item['media:content'];
      expect(Boolean(media), id).toBe(withCover.has(id));
      if (!media) continue;
      seen++;
      const size = picture(media['@url']);
      expect(media['@type']).toBe('image/jpeg');
      expect(`${size.width}x${size.height}`).toBe(`${media['@width']}x${media['@height']}`);
    }
    expect(seen).toBeGreaterThan(0);
  });
});
