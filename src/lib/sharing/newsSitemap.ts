/** The Google News sitemap: the articles of the last two days, for the news crawler. */
import { compareNewestFirst, type Article } from '../content/archive.ts';
import { absoluteUrl, articlePath } from '../shared/paths.ts';
import { isPublished } from '../content/publication.ts';
import type { Site } from '#src/schemas/index.ts';
import { escapeXml } from '../shared/xml.ts';
import { isoInTimeZone, modifiedDate } from './isoDate.ts';

/** Google News reads only articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** Google News reads at most 1,000 URLs a sitemap. */
export const NEWS_LIMIT = 1000;

/** The articles the news sitemap lists: published, from the 48 hours before `now`, newest first, at most 1,000. */
export function newsArticles(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((article) => isPublished(article, now) && article.data.pubDate.getTime() >= since)
    .sort(compareNewestFirst)
    .slice(0, NEWS_LIMIT);
}

/**
 * The news sitemap's XML. `coverUrl` gives an article's cover as an absolute URL (made by the
 * image pipeline), listed as its image:image; an empty sitemap is still valid and says so.
 */
export function newsSitemap(
  articles: readonly Article[],
  site: Site,
  now: Date,
  coverUrl: (article: Article) => string | undefined = () => undefined,
): string {
  const date = (value: Date) => isoInTimeZone(value, site.timezone);
  const urls = newsArticles(articles, now).map((article) => {
    const cover = article.data.cover ? coverUrl(article) : undefined;
    return [
      '<url>',
      `<loc>${escapeXml(absoluteUrl(site.url, articlePath(article.id)))}</loc>`,
      `<lastmod>${date(modifiedDate(article))}</lastmod>`,
      '<news:news>',
      '<news:publication>',
      `<news:name>${escapeXml(site.publisher)}</news:name>`,
      `<news:language>${site.language}</news:language>`,
      '</news:publication>',
      `<news:publication_date>${date(article.data.pubDate)}</news:publication_date>`,
      `<news:title>${escapeXml(article.data.title)}</news:title>`,
      '</news:news>',
      ...(cover ? [`<image:image><image:loc>${escapeXml(cover)}</image:loc></image:image>`] : []),
      '</url>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
      ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' +
      ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
