/** Every URL of the site, built in one place. All paths end with "/" (or a file name). */

/** An article page. */
export const articlePath = (id: string) => `/bai-viet/${id}/`;
/** The list of series. */
export const seriesIndexPath = () => '/chuyen-de/';
/** A series page. */
export const seriesPath = (id: string) => `/chuyen-de/${id}/`;
/** The list of districts. */
export const districtIndexPath = () => '/dia-phuong/';
/** A district page. */
export const districtPath = (id: string) => `/dia-phuong/${id}/`;
/** The list of models. */
export const modelIndexPath = () => '/mo-hinh/';
/** A model page. */
export const modelPath = (id: string) => `/mo-hinh/${id}/`;
/** The list of people. */
export const personIndexPath = () => '/nhan-vat/';
/** A person page. */
export const personPath = (id: string) => `/nhan-vat/${id}/`;
/** The list of topics. */
export const topicIndexPath = () => '/chu-de/';
/** A topic page. */
export const topicPath = (id: string) => `/chu-de/${id}/`;
/** The list of years. */
export const archiveIndexPath = () => '/luu-tru/';
/** A year's archive. */
export const yearPath = (year: number) => `/luu-tru/${year}/`;
/** The list of authors. */
export const authorIndexPath = () => '/tac-gia/';
/** An author's page: their published articles. */
export const authorPath = (id: string) => `/tac-gia/${id}/`;
/** The search page. */
export const searchPath = () => '/tim-kiem/';
/** The home page. */
export const homePath = () => '/';

/**
 * Numbered page `number` of the listing at `base` (src/lib/reading/paginate.ts); without a
 * number, its newest page: the base itself.
 */
export function pagePath(base: string, number?: number): string {
  return number === undefined ? base : `${base}trang/${number}/`;
}

/** An absolute URL on the site. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath, `${siteUrl}/`).href;
}

/** The sitemap index, which names every sitemap file. */
export const sitemapIndexPath = () => '/sitemap-index.xml';
/** The sitemap file number `n` (0, 1, ...). */
export const sitemapPath = (n: number) => `/sitemap-${n}.xml`;
/** The Google News sitemap: robots.txt names it beside the sitemap index. */
export const newsSitemapPath = () => '/sitemap-news.xml';
/** A share card, named by its content key. */
export const cardImagePath = (key: string) => `/anh-chia-se/${key}.png`;

/** The page listing every feed. */
export const feedIndexPath = () => '/rss/';
/** Every feed in one OPML file. */
export const feedOpmlPath = () => '/rss/feeds.opml';

/**
 * A link of a page made absolute against the page's URL, for feed readers; anything that is not
 * an http(s) or mailto address (javascript:, data:) becomes a harmless "#".
 */
export function absoluteLink(value: string, pageUrl: string): string {
  try {
    const url = new URL(value.trim(), pageUrl);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : '#';
  } catch {
    return '#';
  }
}
