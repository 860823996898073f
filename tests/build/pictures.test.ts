/**
 * Covers and body pictures, built from the sample and from a folder written elsewhere (covers in
 * four year folders, one in a subfolder, JPEG, PNG, WebP and a body picture in a <Figure>): every
 * article that has one shows it as a responsive picture, in its feed too, with files that exist.
 */
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { isPublished } from '#src/lib/content/publication.ts';
import { builtSite } from './dist.ts';
import type { SiteName } from './sites.ts';

/** The files a <picture> names, WebP candidates and JPEG fallback, as site paths. */
function pictureFiles(picture: HTMLElement): string[] {
  const webp = picture.querySelector('source[type="image/webp"]')!.getAttribute('srcset')!;
  return [
    ...webp.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
    picture.querySelector('img')!.getAttribute('src')!,
  ];
}

describe.each<SiteName>(['sample', 'other'])('the pictures of the %s site', (name) => {
  const site = builtSite(name);
  const published = site.content.articles.filter((article) => isPublished(article, site.now));
  const withCover = published.filter((article) => article.data.cover);
  const exists = (sitePath: string) => existsSync(path.join(site.outDir, sitePath));

  test('has articles with covers to look at: in the sample, every series part and most others', () => {
    expect(withCover.length).toBeGreaterThanOrEqual(4);
    if (name !== 'sample') return;
    expect(published.filter((a) => a.data.series && !a.data.cover)).toEqual([]);
    expect(withCover.length / published.length).toBeGreaterThan(0.5);
  });

  test('shows every cover first, with its alt text, in WebP widths and a JPEG, loaded at once', () => {
    for (const article of withCover) {
      const page = site.page(`/bai-viet/${article.id}/`)!;
      const picture = page.root.querySelector('article picture')!;
      expect(picture, article.id).not.toBeNull();
      const img = picture.querySelector('img')!;
      expect(img.getAttribute('alt'), article.id).toBe(article.data.cover!.alt);
      expect(img.getAttribute('loading')).toBe('eager');
      expect(img.getAttribute('fetchpriority')).toBe('high');
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.jpg$/);
      const webp = picture.querySelector('source[type="image/webp"]')!;
      expect(webp.getAttribute('sizes')).toBeTruthy();
      const widths = webp.getAttribute('srcset')!.match(/ \d+w/g)!;
      expect(widths.length, article.id).toBeGreaterThanOrEqual(2);
      for (const file of pictureFiles(picture)) expect(exists(file), file).toBe(true);
      const caption = article.data.cover!.caption;
      if (caption) expect(picture.parentNode!.querySelector('figcaption')!.text).toContain(caption);
    }
  });

  test('shows a small cover on the cards of the home page and listings, without repeating its alt', () => {
    const home = site.page('/')!;
    const cards = home.root.querySelectorAll('main article');
    const withPicture = cards.filter((card) => card.querySelector('picture'));
    expect(withPicture.length).toBeGreaterThan(0);
    for (const card of withPicture) {
      const img = card.querySelector('picture img')!;
      expect(img.getAttribute('alt')).toBe('');
      expect(img.getAttribute('loading')).toBe('lazy');
      for (const file of pictureFiles(card.querySelector('picture')!))
        expect(exists(file)).toBe(true);
    }
  });

  test('puts every cover in the feed, as an absolute JPEG with its alt text', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'item' });
    const items: { link: string; 'content:encoded': string }[] = parser.parse(
      site.texts.get(path.join(site.outDir, 'rss.xml'))!,
    ).rss.channel.item;
    for (const article of withCover) {
      const item = items.find((i) => i.link.endsWith(`/bai-viet/${article.id}/`));
      if (!item) continue; // the main feed holds the latest 50
      const img = parse(item['content:encoded']).querySelector('img')!;
      expect(img.getAttribute('alt'), article.id).toBe(article.data.cover!.alt);
      const src = img.getAttribute('src')!;
      expect(src).toMatch(
        new RegExp(`^${site.content.site.url.replace(/\/$/, '')}/_astro/.+\\.jpg$`),
      );
      expect(exists(new URL(src).pathname)).toBe(true);
    }
  });

  test('publishes no picture file that nothing names, and no picture of an unpublished article', () => {
    const named = [...site.texts.values()].join('\n');
    const pictures = readdirSync(path.join(site.outDir, '_astro')).filter((file) =>
      /\.(jpe?g|png|webp|avif|gif)$/.test(file),
    );
    expect(pictures.length).toBeGreaterThan(0);
    for (const file of pictures) expect(named, file).toContain(`/_astro/${file}`);
    const unpublished = site.content.articles.filter(
      (article) => article.data.cover && !isPublished(article, site.now),
    );
    if (name === 'sample') expect(unpublished.length).toBeGreaterThan(0);
    for (const article of unpublished) {
      const base = path.basename(String(article.data.cover!.src)).replace(/\.\w+$/, '');
      expect(pictures.filter((file) => file.startsWith(`${base}.`))).toEqual([]);
    }
  });
});

describe('a body picture', () => {
  const site = builtSite('other');

  test('is a lazy responsive picture inside its figure, with caption and credit', () => {
    const page = site.page('/bai-viet/co-thanh-phan/')!;
    const figure = page.root
      .querySelectorAll('.prose figure')
      .find((f) => f.querySelector('picture'))!;
    const img = figure.querySelector('picture img')!;
    expect(img.getAttribute('alt')).toBe('Sạp rau xanh ở góc chợ phiên');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(figure.querySelector('figcaption')!.text).toBe(
      'Người bán rau ở góc chợ. (Ảnh: Tòa soạn)',
    );
    for (const file of pictureFiles(figure.querySelector('picture')!))
      expect(existsSync(path.join(site.outDir, file)), file).toBe(true);
  });
});
