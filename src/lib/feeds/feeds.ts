/** Which feeds exist and what each holds: the same published set as the pages. */
import { t } from '#src/i18n/vi.ts';
import type { Archive, Article } from '../content/archive.ts';
import {
  authorPath,
  districtPath,
  homePath,
  modelPath,
  personPath,
  seriesPath,
  topicPath,
} from '../shared/paths.ts';

/** How many items a feed of the whole archive or of a listing holds. */
export const FEED_LIMIT = 50;

export type FeedKind = 'archive' | 'series' | 'district' | 'topic' | 'model' | 'person' | 'author';

/** A feed: where it lives, what it is called, and its items in order. */
export type Feed = {
  kind: FeedKind;
  /** The id of its series, district, ...; "" for the whole archive. */
  id: string;
  /** The path of the page the feed follows. */
  pagePath: string;
  /** The path of the feed itself. */
  path: string;
  /** What the feed follows, e.g. "Na Rì". */
  name: string;
  /** The channel title: the name and the archive's name. */
  title: string;
  description: string;
  articles: Article[];
};

/** The feed path of a page: `<page>rss.xml`. */
export const feedPath = (pagePath: string) => `${pagePath}rss.xml`;

/** Every feed of the archive: the whole archive, then each series, district, topic, model, person and author. */
export function allFeeds(archive: Archive): Feed[] {
  const { site } = archive;
  const latest = (articles: Article[] | undefined) => (articles ?? []).slice(0, FEED_LIMIT);
  const feed = (
    kind: FeedKind,
    id: string,
    pagePath: string,
    name: string,
    description: string,
    articles: Article[],
  ): Feed => ({
    kind,
    id,
    pagePath,
    path: feedPath(pagePath),
    name,
    title: t.feeds.title(name, site.name),
    description,
    articles,
  });
  return [
    feed('archive', '', homePath(), site.name, site.description, latest(archive.articles)),
    // A series feed holds every part, oldest first, so a reader can follow it from part 1.
    ...archive.series.map((s) =>
      feed(
        'series',
        s.id,
        seriesPath(s.id),
        s.data.title,
        s.data.description,
        [...s.articles].sort(
          (a, b) =>
            a.data.pubDate.getTime() - b.data.pubDate.getTime() || a.data.part! - b.data.part!,
        ),
      ),
    ),
    ...archive.districts.map((d) =>
      feed(
        'district',
        d.id,
        districtPath(d.id),
        d.data.name,
        t.feeds.district(d.data.name),
        latest(archive.byDistrict.get(d.id)),
      ),
    ),
    ...archive.topics.map((x) =>
      feed(
        'topic',
        x.id,
        topicPath(x.id),
        x.data.name,
        x.data.description ?? t.feeds.topic(x.data.name),
        latest(archive.byTopic.get(x.id)),
      ),
    ),
    ...archive.models.map((m) =>
      feed(
        'model',
        m.id,
        modelPath(m.id),
        m.data.name,
        m.data.summary,
        latest(archive.byModel.get(m.id)),
      ),
    ),
    ...archive.people.map((p) =>
      feed(
        'person',
        p.id,
        personPath(p.id),
        p.data.name,
        t.feeds.person(p.data.name),
        latest(archive.byPerson.get(p.id)),
      ),
    ),
    ...archive.authors.map((a) =>
      feed(
        'author',
        a.id,
        authorPath(a.id),
        a.data.name,
        t.feeds.author(a.data.name),
        latest(archive.byAuthor.get(a.id)),
      ),
    ),
  ];
}

/** The key of a feed in an index of feeds. */
export const feedKey = (kind: FeedKind, id: string) => `${kind}:${id}`;

/** The feeds by key, so that pages look a feed up instead of scanning them all. */
export function indexFeeds(feeds: readonly Feed[]): Map<string, Feed> {
  return new Map(feeds.map((feed) => [feedKey(feed.kind, feed.id), feed]));
}

/** How many feeds show each article (articles in no feed are absent). */
export function feedItemCounts(feeds: readonly Feed[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feed of feeds) {
    for (const article of feed.articles) counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
  }
  return counts;
}

/** The feeds an article belongs to: its series first, then its districts and topics. */
export function articleFeeds(feedsByKey: ReadonlyMap<string, Feed>, article: Article): Feed[] {
  const keys = [
    ...(article.data.series ? [feedKey('series', article.data.series)] : []),
    ...article.data.districts.map((id) => feedKey('district', id)),
    ...article.data.topics.map((id) => feedKey('topic', id)),
  ];
  return keys.flatMap((key) => feedsByKey.get(key) ?? []);
}
