/** The archive of the current build, loaded once from the content collections. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildArchive, type Archive, type Article } from './archive.ts';
import { relatedStories } from '../reading/related.ts';
import { storiesPerYear } from '../reading/storiesPerYear.ts';
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
import { archiveCells, BODY, shortHash, type ArchiveCells } from './archiveCells.ts';
import { recordRead, replayReads, untracked, withReads } from '../shared/readTracking.ts';
import { publishPageCells } from '../shared/pageReuse.ts';
import { packText, unpackText } from '../shared/packedText.ts';

/**
 * Each article's file as a hash: its digest in the content layer (front matter and body), and
 * its recording's size, which its feeds give (the recording itself is copied by every build).
 */
const articleDigests = new Map<string, string>();

/** The size of the file `src` next to `file`, if there is one. */
function fileStamp(file: string, src: string | undefined): string {
  if (!src) return '';
  try {
    return `:${statSync(path.resolve(path.dirname(file), src)).size}`;
  } catch {
    return ':missing';
  }
}

async function load(): Promise<Archive> {
  const entries = async <N extends Exclude<keyof Content, 'site'>>(name: N) =>
    (await getCollection(name)).map((entry) => {
      const file = entry.filePath ?? entry.id;
      if (name === 'articles') {
        const audio = (entry.data as { audio?: { src: string } }).audio;
        articleDigests.set(entry.id, `${entry.digest ?? shortHash(entry.id)}${fileStamp(file, audio?.src)}`);
      }
      return { id: entry.id, file, data: entry.data };
    }) as unknown as Content[N];
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

/** The archive as loaded, and what is made from it once: read by pages through `cells` only. */
const getLoaded = once(async () => {
  const archive = await untracked(load);
  const feeds = allFeeds(archive);
  return { archive, feeds, feedIndex: indexFeeds(feeds) };
});

/** The "Xem thêm" stories of every article, made when a page first asks. */
const getRelatedStories = once(async () => relatedStories((await getLoaded()).archive));

/**
 * The archive and its derived values as cells, each page's reads recorded (readTracking.ts), in
 * `astro build`; published where the build's integration finds it (pageReuse.ts).
 */
const getCells = once(async (): Promise<ArchiveCells> => {
  const { archive, feeds, feedIndex } = await getLoaded();
  const related = await getRelatedStories();
  const cells = archiveCells(
    archive,
    { feeds, feedIndex, related },
    (id) => articleDigests.get(id) ?? ABSENT_DIGEST,
    (name) => derive(archive, name),
  );
  publishPageCells(cells);
  return cells;
});

const ABSENT_DIGEST = 'absent';

/** The archive as pages see it: recording their reads in a build, as it is in `astro dev`. */
async function seen<T>(value: T): Promise<T> {
  return showsUnpublished() ? value : (await getCells()).track(value);
}

/** The reader's archive: published articles only (drafts too in `astro dev`). */
export async function getArchive(): Promise<Archive> {
  const { archive } = await getLoaded();
  return showsUnpublished() ? archive : (await getCells()).view;
}

/**
 * `paths` of a page's getStaticPaths, each with a key of its props: with the data the page reads
 * while rendering (recorded), it tells whether the page would render as it did last time.
 */
export async function keyedPaths<P extends { props?: unknown }>(
  paths: readonly P[],
): Promise<(P & { cacheKey: string })[]> {
  const cells = await getCells();
  return paths.map((path) => ({ ...path, cacheKey: cells.keyOf(path.props ?? null) }));
}

/** A page's getStaticPaths whose paths are keyed (keyedPaths). */
export function keyedRoutes<P extends { props?: unknown }>(paths: () => Promise<readonly P[]>) {
  return async () => keyedPaths(await paths());
}

/**
 * Values made from the whole archive that pages show as they are: a page that shows one depends
 * on the value, not on everything making it read (a district's stories per year, not the title
 * of each of its stories). Each is a pure function of the archive and a key.
 */
const DERIVED_MAKERS = {
  'storiesPerYear:district': (archive: Archive, id: string) =>
    storiesPerYear(archive.byDistrict.get(id) ?? []),
} satisfies Record<string, (archive: Archive, key: string) => unknown>;

type DerivedKind = keyof typeof DERIVED_MAKERS;

/** A derived value by its cell's name, `<kind>:<key>`. */
function derive(archive: Archive, name: string): unknown {
  const split = name.lastIndexOf(':');
  const make = DERIVED_MAKERS[name.slice(0, split) as DerivedKind] as
    | ((archive: Archive, key: string) => unknown)
    | undefined;
  return make?.(archive, name.slice(split + 1));
}

const derivedValues = new Map<string, unknown>();

/** The derived value `kind` of `key`, made once per build (see DERIVED_MAKERS). */
export async function derivedValue<K extends DerivedKind>(
  kind: K,
  key: string,
): Promise<ReturnType<(typeof DERIVED_MAKERS)[K]>> {
  const { archive } = await getLoaded();
  const name = `${kind}:${key}`;
  if (!derivedValues.has(name)) derivedValues.set(name, untracked(() => derive(archive, name)));
  const value = derivedValues.get(name) as ReturnType<(typeof DERIVED_MAKERS)[K]>;
  return showsUnpublished() ? value : (await getCells()).derived(name, value);
}

/** Every feed of the archive, computed once per build. */
export async function getFeeds(): Promise<Feed[]> {
  return seen((await getLoaded()).feeds);
}

/** The static paths of the feeds of one kind, for a `[id]/rss.xml.ts` endpoint. */
export async function feedRoutes(kind: FeedKind) {
  return keyedPaths(
    (await getFeeds())
      .filter((feed) => feed.kind === kind)
      .map((feed) => ({ params: { id: feed.id }, props: { feed } })),
  );
}

/** Every feed by its key (see feedKey), built once per build. */
export async function getFeedIndex(): Promise<Map<string, Feed>> {
  return seen((await getLoaded()).feedIndex);
}

/** The feed of one series, district, topic, model or person. */
export async function findFeed(kind: FeedKind, id: string): Promise<Feed | undefined> {
  return (await getFeedIndex()).get(feedKey(kind, id));
}

/**
 * The whole archive's feed, read alone: a page that links it does not depend on the list of every
 * feed, whose order changes when a series gets a new part (most recently updated first).
 */
export async function getArchiveFeed(): Promise<Feed> {
  const feed = await findFeed('archive', '');
  if (!feed) throw new Error('the archive has no feed of its own');
  return feed;
}

/** The "Xem thêm" stories of every article, computed once per build. */
export async function getRelated(): Promise<Map<string, Article[]>> {
  return seen(await getRelatedStories());
}

/** The model and person cards article bodies may show. */
export const getCards: () => Promise<CardLookup> = once(() => getArchive().then(archiveCards));

/**
 * The feed HTML of bodies rendered for their pages, deflated, until the last feed that shows the
 * article takes it; an article in no feed keeps none. Kept as text for every article, it grew
 * Astro's process by 0.85 GiB over the 50,000 article pages of the benchmark (BENCHMARKS.md).
 */
const feedHtmlOfPages = new Map<string, { html: Buffer; reads: string[] }>();

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
  recordRead(`${BODY}${id}`);
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
  const [{ value: rendered, reads }, takesLeft] = await Promise.all([
    withReads(() => renderArticle(id, body)),
    getFeedTakesLeft(),
  ]);
  replayReads(reads);
  // A feed that takes this HTML has read what rendering it read (the cards of its models).
  if ((takesLeft.get(id) ?? 0) > 0)
    feedHtmlOfPages.set(id, { html: packText(rendered.feedHtml), reads: [...reads] });
  return rendered;
}

/** An article's body for feeds: what its page left, or a rendering of its own. */
export async function getFeedBody(id: string): Promise<string> {
  const takesLeft = await getFeedTakesLeft();
  const left = (takesLeft.get(id) ?? 0) - 1;
  takesLeft.set(id, left);
  const kept = feedHtmlOfPages.get(id);
  if (left <= 0) feedHtmlOfPages.delete(id);
  if (!kept) return (await renderArticle(id)).feedHtml;
  replayReads(kept.reads);
  return unpackText(kept.html);
}
