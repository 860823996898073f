/** The Open Graph, Twitter and robots meta tags of a page, as a list the layout prints. */
import type { Archive, Article } from '../content/archive.ts';
import { isoInTimeZone, modifiedDate } from './isoDate.ts';
import type { ShareImage } from './pageCard.ts';

/** One `<meta>` tag: `property` for Open Graph (og:, article:), `name` for the others. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The article facts Open Graph carries; dates already in ISO form with the site's offset. */
export type ArticleFacts = {
  publishedTime: string;
  modifiedTime: string;
  section: string | undefined;
  tags: string[];
};

/** What a page says about itself. `url` is absolute; `article` only on an article page. */
export type PageFacts = {
  title: string;
  description: string;
  url: string;
  siteName: string;
  image: ShareImage;
  article?: ArticleFacts;
  /** Keep the page out of search engines (the 404 page): its one robots tag says so. */
  noindex?: boolean;
};

/** The meta tags of a page: og:*, article:*, twitter:card and robots max-image-preview. */
export function openGraphTags(page: PageFacts): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const tags: MetaTag[] = [
    og('og:type', page.article ? 'article' : 'website'),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', page.url),
    og('og:site_name', page.siteName),
    og('og:locale', 'vi_VN'),
    og('og:image', page.image.url),
    ...(page.image.type ? [og('og:image:type', page.image.type)] : []),
    og('og:image:width', String(page.image.width)),
    og('og:image:height', String(page.image.height)),
    og('og:image:alt', page.image.alt),
    { name: 'twitter:card', content: 'summary_large_image' },
    // Lets Google show the large picture in Discover and results, not a thumbnail.
    { name: 'robots', content: page.noindex ? 'noindex' : 'max-image-preview:large' },
  ];
  if (page.article) {
    const { publishedTime, modifiedTime, section, tags: articleTags } = page.article;
    tags.push(
      og('article:published_time', publishedTime),
      og('article:modified_time', modifiedTime),
    );
    if (section) tags.push(og('article:section', section));
    for (const tag of articleTags) tags.push(og('article:tag', tag));
  }
  return tags;
}

/** An article's Open Graph facts: its section is its series (else its first topic), its tags its districts and topics. */
export function articleFacts(archive: Archive, article: Article): ArticleFacts {
  const timeZone = archive.site.timezone;
  const names = <D extends { name: string }>(ids: string[], map: Map<string, { data: D }>) =>
    ids.flatMap((id) => map.get(id)?.data.name ?? []);
  const series = article.data.series ? archive.seriesById.get(article.data.series) : undefined;
  const topics = names(article.data.topics, archive.topicById);
  return {
    publishedTime: isoInTimeZone(article.data.pubDate, timeZone),
    modifiedTime: isoInTimeZone(modifiedDate(article), timeZone),
    section: series?.data.title ?? topics[0],
    tags: [...new Set([...names(article.data.districts, archive.districtById), ...topics])],
  };
}
