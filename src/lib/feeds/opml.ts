/** The OPML list of every feed, for importing them all into a feed reader at once. */
import type { Feed } from './feeds.ts';
import { absoluteUrl } from '../shared/paths.ts';
import { escapeXml } from '../shared/xml.ts';

/** An OPML 2.0 document listing `feeds`, grouped by kind under the given group titles. */
export function feedsOpml(
  title: string,
  siteUrl: string,
  feeds: Feed[],
  groupTitles: Record<Feed['kind'], string>,
  created: Date,
): string {
  const kinds = [...new Set(feeds.map((feed) => feed.kind))];
  const outline = (feed: Feed) =>
    `      <outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(absoluteUrl(siteUrl, feed.path))}" htmlUrl="${escapeXml(absoluteUrl(siteUrl, feed.pagePath))}"/>`;
  const groups = kinds.map(
    (kind) =>
      `    <outline text="${escapeXml(groupTitles[kind])}">\n${feeds
        .filter((feed) => feed.kind === kind)
        .map(outline)
        .join('\n')}\n    </outline>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>${escapeXml(title)}</title>
    <dateCreated>${created.toUTCString()}</dateCreated>
  </head>
  <body>
${groups.join('\n')}
  </body>
</opml>
`;
}
