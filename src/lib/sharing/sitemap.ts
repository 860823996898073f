/**
 * The sitemap: every published page once, each with its last change and an article's cover.
 * Written by the archive rather than @astrojs/sitemap, whose entries are made in the Astro config,
 * before the image pipeline has named the cover files that `image:image` must point at.
 */
import type { Archive, Article } from '../content/archive.ts';
import { isNewestPage, paginate, pagePathOf } from '../reading/paginate.ts';
import { absoluteUrl, sitemapPath } from '../shared/paths.ts';
import type { Site } from '#src/schemas/index.ts';
import { escapeXml } from '../shared/xml.ts';
import { isoInTimeZone } from './isoDate.ts';
import { sharedPages } from './sharedPage.ts';
import {
  listingArticles,
  newestChanges,
  sharedPagePath,
  sitemapLastmods,
} from './sitemapLastmod.ts';

/** One page in the sitemap: its path, its last change and, for an article, its cover's URL. */
export type SitemapEntry = { path: string; lastmod: Date; image?: string };

/** URLs a sitemap file holds at most: the protocol allows 50,000, kept below as @astrojs/sitemap does. */
export const SITEMAP_LIMIT = 45_000;

/**
 * Every page of the site (a paged listing with each of its pages), published articles only.
 * `coverUrl` gives an article's cover as an absolute URL, made by the image pipeline.
 */
export function sitemapEntries(
  archive: Archive,
  coverUrl: (article: Article) => string | undefined = () => undefined,
): SitemapEntry[] {
  const newest = newestChanges(archive);
  const lastmods = sitemapLastmods(archive, newest);
  return sharedPages(archive).flatMap((page) => {
    const path = sharedPagePath(archive, page);
    const lastmod = lastmods.get(path)!;
    if (page.kind === 'article') {
      const image = page.article.data.cover ? coverUrl(page.article) : undefined;
      return [{ path, lastmod, ...(image ? { image } : {}) }];
    }
    const listed = listingArticles(archive, page);
    if (!listed) return [{ path, lastmod }];
    // A numbered page changes only when its own stories do (src/lib/reading/paginate.ts).
    return paginate(listed, archive.site.pageSize).map((listingPage) => ({
      path: pagePathOf(path, listingPage),
      lastmod: isNewestPage(listingPage) ? lastmod : (newest(listingPage.items) ?? lastmod),
    }));
  });
}

/** The entries split into sitemap files of at most `limit` URLs; always at least one file. */
export function sitemapChunks<T>(entries: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) {
    chunks.push(entries.slice(start, start + limit));
  }
  return chunks.length ? chunks : [[]];
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

/** One sitemap file: `<url>` with `<loc>`, `<lastmod>` and, for a cover, `<image:image>`. */
export function sitemapXml(entries: readonly SitemapEntry[], site: Site): string {
  const urls = entries.map((entry) =>
    [
      '<url>',
      `<loc>${escapeXml(absoluteUrl(site.url, entry.path))}</loc>`,
      `<lastmod>${isoInTimeZone(entry.lastmod, site.timezone)}</lastmod>`,
      ...(entry.image
        ? [`<image:image><image:loc>${escapeXml(entry.image)}</image:loc></image:image>`]
        : []),
      '</url>',
    ].join(''),
  );
  return [
    XML_HEADER,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
      ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** The sitemap index: every sitemap file, each dated by the newest change it lists. */
export function sitemapIndexXml(chunks: readonly (readonly SitemapEntry[])[], site: Site): string {
  const files = chunks.map((entries, n) => {
    const newest = entries.reduce<Date | undefined>(
      (latest, entry) => (!latest || entry.lastmod > latest ? entry.lastmod : latest),
      undefined,
    );
    return [
      '<sitemap>',
      `<loc>${escapeXml(absoluteUrl(site.url, sitemapPath(n)))}</loc>`,
      ...(newest ? [`<lastmod>${isoInTimeZone(newest, site.timezone)}</lastmod>`] : []),
      '</sitemap>',
    ].join('');
  });
  return [
    XML_HEADER,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files,
    '</sitemapindex>',
    '',
  ].join('\n');
}
