/** Turns a feed of the archive into an RSS 2.0 response (@astrojs/rss plus what it leaves out). */
import rss from '@astrojs/rss';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Archive, Article } from '../content/archive.ts';
import { articleHtml } from './articleHtml.ts';
import { audioPath } from '../content/assets.ts';
import type { Feed } from './feeds.ts';
import { coverImage, pictureFiles } from '../pictures/pictureFiles.ts';
import { absoluteUrl, articlePath } from '../shared/paths.ts';
import { escapeXml } from '../shared/xml.ts';

/** The feed stylesheet that shows a feed as a readable page in a browser. */
export const FEED_STYLESHEET = '/rss/styles.xsl';
/** The channel image: RSS allows only GIF, JPEG or PNG. */
export const FEED_IMAGE = '/logo.png';

/** The category names of an article: its series, districts and topics. */
export function articleCategories(archive: Archive, article: Article): string[] {
  const series = article.data.series
    ? archive.seriesById.get(article.data.series)?.data.title
    : undefined;
  return [
    ...(series ? [series] : []),
    ...article.data.districts.map((id) => archive.districtById.get(id)!.data.name),
    ...article.data.topics.map((id) => archive.topicById.get(id)!.data.name),
  ];
}

/** The RSS document of `feed`. */
export async function feedResponse(archive: Archive, feed: Feed): Promise<Response> {
  const { site } = archive;
  const self = absoluteUrl(site.url, feed.path);
  const items = await Promise.all(
    feed.articles.map(async (article) => {
      const link = absoluteUrl(site.url, articlePath(article.id));
      const author = article.data.author
        ? archive.authorById.get(article.data.author)!.data.name
        : site.publisher;
      const audio = article.data.audio;
      const cover = await coverMedia(archive, article);
      return {
        title: article.data.title,
        link,
        pubDate: article.data.pubDate,
        description: article.data.description,
        content: await articleHtml(article.id, link),
        categories: articleCategories(archive, article),
        customData: `<dc:creator>${escapeXml(author)}</dc:creator>${cover}`,
        enclosure: audio
          ? {
              url: absoluteUrl(site.url, audioPath(article.id, audio.src)),
              length: statSync(path.resolve(path.dirname(article.file), audio.src)).size,
              type: audioType(audio.src),
            }
          : undefined,
      };
    }),
  );
  const lastBuild = feed.articles.reduce<Date | undefined>(
    (latest, article) => (!latest || article.data.pubDate > latest ? article.data.pubDate : latest),
    undefined,
  );
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(site.url, feed.pagePath),
    trailingSlash: true,
    stylesheet: FEED_STYLESHEET,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData: [
      '<language>vi</language>',
      `<lastBuildDate>${(lastBuild ?? archive.now).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
      `<image><url>${escapeXml(absoluteUrl(site.url, FEED_IMAGE))}</url><title>${escapeXml(feed.title)}</title><link>${escapeXml(absoluteUrl(site.url, feed.pagePath))}</link></image>`,
    ].join(''),
    items,
  });
}

/**
 * An item's cover for feed readers, as Media RSS: the page's JPEG fallback with its size. Not an
 * enclosure: RSS allows one per item (the recording's), and an enclosure needs the file's length
 * in bytes, which the image pipeline only knows once it has written the file after the feeds.
 */
async function coverMedia(archive: Archive, article: Article): Promise<string> {
  const image = coverImage(article);
  const alt = article.data.cover?.alt;
  if (!image || !alt) return '';
  const { fallback } = await pictureFiles(image);
  const url = absoluteUrl(archive.site.url, fallback.src);
  return (
    `<media:content url="${escapeXml(url)}" type="image/jpeg" medium="image"` +
    ` width="${fallback.width}" height="${fallback.height}">` +
    `<media:description type="plain">${escapeXml(alt)}</media:description></media:content>`
  );
}

function audioType(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return (
    {
      '.mp3': 'audio/mpeg',
      '.m4a': 'audio/mp4',
      '.ogg': 'audio/ogg',
      '.oga': 'audio/ogg',
      '.opus': 'audio/ogg',
      '.wav': 'audio/wav',
    }[extension] ?? 'application/octet-stream'
  );
}
