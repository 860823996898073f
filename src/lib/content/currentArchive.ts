/** The archive of the current build, loaded once from the content collections. */
import type { ImageMetadata } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildArchive, type Archive, type Article } from './archive.ts';
import { relatedStories } from '../reading/related.ts';
import { buildTime } from './publication.ts';
import type { Content } from './validateContent.ts';
import {
  allFeeds,
  feedItemCounts,
  feedKey,
  indexFeeds,
  type Feed,
  type FeedKind,
} from '../feeds/feeds.ts';
import { buildNowSetting, showsUnpublished } from '../shared/environment.ts';
import { renderBody, type PictureLookup, type RenderedBody } from '../body/renderBody.ts';
import { readArticleBody } from './sourceFiles.ts';
import { ARTICLE_PICTURE_SIZES, pictureFiles } from '../pictures/pictureFiles.ts';
import { pictureElement } from '../pictures/picture.ts';
import { archiveCards, type CardLookup } from '../body/drawComponents.ts';
import { absoluteUrl, articlePath } from '../shared/paths.ts';
import { once } from '../shared/collections.ts';
import { packText, unpackText } from '../shared/packedText.ts';

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
    now: buildTime(buildNowSetting(), site.data.timezone),
    includeUnpublished: showsUnpublished(),
  });
}

/** The reader's archive: published articles only (drafts too in `astro dev`). */
export const getArchive: () => Promise<Archive> = once(load);

/** Every feed of the archive, computed once per build. */
export const getFeeds: () => Promise<Feed[]> = once(() => getArchive().then(allFeeds));

/** The static paths of the feeds of one kind, for a `[id]/rss.xml.ts` endpoint. */
export async function feedRoutes(kind: FeedKind) {
  return (await getFeeds())
    .filter((feed) => feed.kind === kind)
    .map((feed) => ({ params: { id: feed.id }, props: { feed } }));
}

/** Every feed by its key (see feedKey), built once per build. */
export const getFeedIndex: () => Promise<Map<string, Feed>> = once(() =>
  getFeeds().then(indexFeeds),
);

/** The feed of one series, district, topic, model or person. */
export async function findFeed(kind: FeedKind, id: string): Promise<Feed | undefined> {
  return (await getFeedIndex()).get(feedKey(kind, id));
}

/** The "Xem thêm" stories of every article, computed once per build. */
export const getRelated: () => Promise<Map<string, Article[]>> = once(() =>
  getArchive().then((archive) => relatedStories(archive)),
);

/** The model and person cards article bodies may show. */
export const getCards: () => Promise<CardLookup> = once(() => getArchive().then(archiveCards));

/**
 * The feed HTML of bodies rendered for their pages, deflated, until the last feed that shows the
 * article takes it; an article in no feed keeps none. Kept as text for every article, it grew
 * Astro's process by 0.85 GiB over the 50,000 article pages of the benchmark (BENCHMARKS.md).
 */
const feedHtmlOfPages = new Map<string, Buffer>();

/** How many feeds are still to take each article's feed HTML. */
const getFeedTakesLeft: () => Promise<Map<string, number>> = once(() =>
  getFeeds().then(feedItemCounts),
);

/** Draws the pictures of an article's body, made by Astro's image pipeline beforehand. */
async function bodyPictures(id: string, file: string, images: BodyImages): Promise<PictureLookup> {
  const files = new Map(
    await Promise.all(
      images.map(async ({ src, image }) => [src, await pictureFiles(image)] as const),
    ),
  );
  return (src, alt) => {
    const found = files.get(src);
    if (!found) throw new Error(`${file}: the picture "${src}" of article "${id}" was not loaded`);
    return pictureElement(found, alt, {
      sizes: ARTICLE_PICTURE_SIZES,
      className: 'h-auto w-full rounded',
    });
  };
}

type BodyImages = { src: string; image: ImageMetadata }[];

/** An article's body rendered by the archive (renderBody.ts); read from its file when not given. */
async function renderArticle(id: string, body?: string): Promise<RenderedBody> {
  const entry = await getEntry('articles', id);
  if (!entry?.filePath) throw new Error(`article "${id}" is not in the content collection`);
  const [archive, lookup, pictures] = await Promise.all([
    getArchive(),
    getCards(),
    bodyPictures(id, entry.filePath, entry.data.bodyImages),
  ]);
  return renderBody(
    body ?? readArticleBody(entry.filePath),
    lookup,
    pictures,
    absoluteUrl(archive.site.url, articlePath(id)),
  );
}

/** An article's body for its page; its feed HTML is kept for the feeds to come (getFeedBody). */
export async function getBody(id: string, body: string): Promise<RenderedBody> {
  const [rendered, takesLeft] = await Promise.all([renderArticle(id, body), getFeedTakesLeft()]);
  if ((takesLeft.get(id) ?? 0) > 0) feedHtmlOfPages.set(id, packText(rendered.feedHtml));
  return rendered;
}

/** An article's body for feeds: what its page left, or a rendering of its own. */
export async function getFeedBody(id: string): Promise<string> {
  const takesLeft = await getFeedTakesLeft();
  const left = (takesLeft.get(id) ?? 0) - 1;
  takesLeft.set(id, left);
  const kept = feedHtmlOfPages.get(id);
  if (left <= 0) feedHtmlOfPages.delete(id);
  return kept ? unpackText(kept) : (await renderArticle(id)).feedHtml;
}
