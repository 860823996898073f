/** The sitemap of the current build, its cover URLs made by Astro's image pipeline. */
import type { Article } from '../content/archive.ts';
import { getArchive } from '../content/currentArchive.ts';
import { coverImage, pictureFiles } from '../pictures/pictureFiles.ts';
import { absoluteUrl } from '../shared/paths.ts';
import { sitemapChunks, sitemapEntries, type SitemapEntry } from './sitemap.ts';
import { onceWithReads } from '../shared/readTracking.ts';

/**
 * The absolute URL of each article's cover, by article id: the same JPEG the page and the feeds
 * show, so that no extra file is made for crawlers.
 */
export async function coverUrls(articles: readonly Article[]): Promise<Map<string, string>> {
  const { site } = await getArchive();
  const urls = await Promise.all(
    articles.map(async (article) => {
      const image = coverImage(article);
      if (!image) return [];
      const { fallback } = await pictureFiles(image);
      return [[article.id, absoluteUrl(site.url, fallback.src)] as const];
    }),
  );
  return new Map(urls.flat());
}

/** The sitemap's entries in files of at most 45,000, computed once per build (its reads kept). */
export const getSitemapChunks: () => Promise<SitemapEntry[][]> = onceWithReads(async () => {
  const archive = await getArchive();
  const published = archive.articles.filter((article) => article.published);
  const covers = await coverUrls(published);
  return sitemapChunks(sitemapEntries(archive, (article) => covers.get(article.id)));
});
