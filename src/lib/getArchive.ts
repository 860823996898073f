/** The archive of the current build, loaded once from the content collections. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive, type Article } from './archive.ts';
import { relatedStories } from './related.ts';
import { buildTime } from './publication.ts';
import type { Content } from './validateContent.ts';
import { allFeeds, feedKey, indexFeeds, type Feed, type FeedKind } from './feeds.ts';
import { PREVIEW_ENV } from '../integrations/archive.ts';
import { renderPlainBody, rendersItself, type RenderedBody } from './articleBody.ts';
import { archiveCards, type CardLookup } from './bodyComponents.ts';
import { absoluteUrl, articlePath } from './paths.ts';

let archive: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const entries = async <N extends Exclude<keyof Content, 'site'>>(name: N) =>
    (await getCollection(name)).map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: entry.data,
    })) as unknown as Content[N];
  const [site] = await getCollection('site');
  const content: Content = {
    site: site.data,
    articles: await entries('articles'),
    series: await entries('series'),
    districts: await entries('districts'),
    models: await entries('models'),
    people: await entries('people'),
    authors: await entries('authors'),
    topics: await entries('topics'),
  };
  return buildArchive(content, {
    now: buildTime(process.env.BUILD_NOW, site.data.timezone),
    includeUnpublished: process.env[PREVIEW_ENV] === '1',
  });
}

/** The reader's archive: published articles only (drafts too in `astro dev`). */
export function getArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

let feeds: Promise<Feed[]> | undefined;

/** Every feed of the archive, computed once per build. */
export function getFeeds(): Promise<Feed[]> {
  feeds ??= getArchive().then(allFeeds);
  return feeds;
}

/** The static paths of the feeds of one kind, for a `[id]/rss.xml.ts` endpoint. */
export async function feedRoutes(kind: FeedKind) {
  return (await getFeeds())
    .filter((feed) => feed.kind === kind)
    .map((feed) => ({ params: { id: feed.id }, props: { feed } }));
}

let feedIndex: Promise<Map<string, Feed>> | undefined;

/** Every feed by its key (see feedKey), built once per build. */
export function getFeedIndex(): Promise<Map<string, Feed>> {
  feedIndex ??= getFeeds().then(indexFeeds);
  return feedIndex;
}

/** The feed of one series, district, topic, model or person. */
export async function findFeed(kind: FeedKind, id: string): Promise<Feed | undefined> {
  return (await getFeedIndex()).get(feedKey(kind, id));
}

let related: Promise<Map<string, Article[]>> | undefined;

/** The "Xem thêm" stories of every article, computed once per build. */
export function getRelated(): Promise<Map<string, Article[]>> {
  related ??= getArchive().then((archive) => relatedStories(archive));
  return related;
}

let cards: Promise<CardLookup> | undefined;

/** The model and person cards article bodies may show. */
export function getCards(): Promise<CardLookup> {
  cards ??= getArchive().then(archiveCards);
  return cards;
}

const bodies = new Map<string, Promise<RenderedBody | undefined>>();

/**
 * An article's body rendered by the archive's own renderer, once for its page and its feeds;
 * undefined when the body needs Astro's MDX pipeline (see isPlainBody). `readBody` is called
 * only when the body has not been rendered yet.
 */
export function getPlainBody(
  id: string,
  readBody: () => string,
): Promise<RenderedBody | undefined> {
  let rendered = bodies.get(id);
  if (!rendered) {
    const body = readBody();
    rendered = rendersItself(body)
      ? Promise.all([getArchive(), getCards()]).then(([archive, lookup]) =>
          renderPlainBody(body, lookup, absoluteUrl(archive.site.url, articlePath(id))),
        )
      : Promise.resolve(undefined);
    bodies.set(id, rendered);
  }
  return rendered;
}
