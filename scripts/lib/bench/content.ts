/** Writes a deterministic synthetic content folder: the same seed and size give the same files. */
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { setFrontMatterField } from '#scripts/lib/frontMatterField.ts';
import { slugFromTitle, uniqueSlug } from '#src/lib/shared/slug.ts';
import { generateCatalog, generateSeries, SITE, type Catalog, type Entity } from './entities.ts';
import { createRng, type Rng } from './prng.ts';
import { articleBody, headline, sentence } from './text.ts';
import { uniquePhoto } from './photos.ts';
import { yamlRecord, yamlScalar } from './yaml.ts';

/** The build's "now" for the benchmark: every generated article (2016-2025) is published. */
export const BENCH_BUILD_NOW = '2026-06-01T12:00:00+07:00';

/** What was written. */
export type ContentSummary = {
  dir: string;
  articles: number;
  series: number;
  articlesInSeries: number;
  nfdFiles: number;
  /** Cover files written (every article has one) and body pictures (every BODY_PICTURE_EVERY-th). */
  covers: number;
  bodyPictures: number;
  /** Every article file, in the order they were generated. */
  articleFiles: string[];
};

const FIRST_DAY = Date.UTC(2016, 0, 1);
/** Ten years of days: 2016-01-01 to 2025-12-31. */
const DAYS = 3653;
/** Share of the articles that are parts of a series. */
const SERIES_SHARE = 0.3;
/** Every NFD_EVERY-th article file is written in Unicode NFD, as some editors save them. */
const NFD_EVERY = 500;
/** Every BODY_PICTURE_EVERY-th article shows a picture in its body too. */
const BODY_PICTURE_EVERY = 10;

/** The generator's latest publishing minute of a day: its articles go out 06:00-21:59. */
const LAST_MINUTE = 22 * 60 - 1;

/**
 * Where an article sits: its day of the ten years (and minute, else a random one in the
 * generator's hours), and its series and part if any.
 */
type Slot = { day: number; minute?: number; series?: string; part?: number };

/** A Vietnam-time timestamp: `day` days after 2016-01-01, `minute` minutes after midnight. */
export function vietnamTime(day: number, minute: number): string {
  const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+07:00`;
}

/** Gives each article a day, and about 30% of them a series and a part (1..k, a few days apart). */
function planSlots(rng: Rng, count: number): { slots: Slot[]; series: Entity[] } {
  const slots: Slot[] = Array.from({ length: count }, () => ({ day: rng.int(0, DAYS - 1) }));
  const chosen = rng.sample([...slots.keys()], Math.round(count * SERIES_SHARE));
  const series: Entity[] = [];
  const taken = new Set<string>();
  for (let start = 0; start < chosen.length;) {
    const left = chosen.length - start;
    let parts = Math.min(rng.int(2, 6), left);
    if (left - parts === 1) parts += 1; // never leave a one-part series behind
    const entity = generateSeries(rng, taken);
    series.push(entity);
    let day = rng.int(0, DAYS - 1 - 60);
    for (let part = 1; part <= parts; part++) {
      slots[chosen[start + part - 1]] = { day, series: entity.id, part };
      day += rng.int(1, 10);
    }
    start += parts;
  }
  return { slots, series };
}

/** The text of one article file: YAML front matter and a body of about 800 syllables. */
function articleText(rng: Rng, title: string, slot: Slot, catalog: Catalog): string {
  const ids = (entities: Entity[], count: number) => rng.sample(entities, count).map((e) => e.id);
  const front = yamlRecord({
    title,
    description: sentence(rng, 20, 35),
    pubDate: vietnamTime(slot.day, slot.minute ?? rng.int(6 * 60, LAST_MINUTE)),
    author: rng.chance(0.85) ? rng.pick(catalog.authors).id : undefined,
    series: slot.series,
    part: slot.part,
    districts: ids(catalog.districts, rng.int(1, 2)),
    models: ids(catalog.models, rng.chance(0.5) ? rng.int(1, 2) : 0),
    people: ids(catalog.people, rng.chance(0.4) ? rng.int(1, 2) : 0),
    topics: ids(catalog.topics, rng.int(2, 4)),
    invented: true,
  });
  return `---\n${front}---\n\n${articleBody(rng)}`;
}

/** Writes one YAML file per entity into `dir/collection/`. */
function writeEntities(dir: string, collection: string, entities: Entity[]): void {
  mkdirSync(path.join(dir, collection), { recursive: true });
  for (const entity of entities) {
    writeFileSync(path.join(dir, collection, `${entity.id}.yaml`), yamlRecord(entity.fields));
  }
}

/**
 * The article with its pictures: a cover in its front matter and, when `bodyPicture`, a picture
 * after its first paragraph. The pictures are files named after the article, next to it.
 */
function withPictures(text: string, slug: string, bodyPicture: boolean): string {
  const cover = `cover: { src: ./${slug}.jpg, alt: "Ảnh minh họa của bài, đồi và ruộng dưới trời xanh" }\n`;
  const end = text.indexOf('\n---\n', 4) + 1;
  let result = `${text.slice(0, end)}${cover}${text.slice(end)}`;
  if (bodyPicture) {
    const afterLead = result.indexOf('\n\n', result.indexOf('\n---\n', 4) + 6);
    const picture = `\n\n![Quang cảnh nơi câu chuyện diễn ra](./${slug}-anh.jpg)`;
    result = `${result.slice(0, afterLead)}${picture}${result.slice(afterLead)}`;
  }
  return result;
}

/** What `writeArticle` needs besides the folder and the random sequence. */
type ArticlePlan = {
  slot: Slot;
  /** The article's place in generation order: every NFD_EVERY-th is NFD, and so on. */
  index: number;
  catalog: Catalog;
  /** Slugs already used, in any year: the new one is added. */
  taken: Set<string>;
  photos: readonly Buffer[];
};

/** Writes one generated article into `dir/articles/<year>/`, with its pictures when there are photos; returns its file. */
function writeArticle(dir: string, rng: Rng, plan: ArticlePlan): string {
  const { slot, index, catalog, taken, photos } = plan;
  const title = headline(rng);
  const slug = uniqueSlug(slugFromTitle(title, 60), taken);
  taken.add(slug);
  const file = path.join(dir, 'articles', vietnamTime(slot.day, 0).slice(0, 4), `${slug}.mdx`);
  const withPhotos = photos.length > 0;
  const bodyPicture = withPhotos && index % BODY_PICTURE_EVERY === BODY_PICTURE_EVERY - 1;
  let text = articleText(rng, title, slot, catalog);
  if (withPhotos) text = withPictures(text, slug, bodyPicture);
  if (index % NFD_EVERY === 0) text = text.normalize('NFD');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  const photo = (n: number) => uniquePhoto(photos[n % photos.length], `${slug} ${n}`);
  if (withPhotos) writeFileSync(path.join(path.dirname(file), `${slug}.jpg`), photo(index));
  if (bodyPicture)
    writeFileSync(path.join(path.dirname(file), `${slug}-anh.jpg`), photo(index + 1));
  return file;
}

/**
 * Replaces `dir` with a synthetic content folder of `count` articles generated from `seed`, each
 * with a cover made from one of `photos` (its own bytes, see uniquePhoto). With no photos the
 * articles are text only (no cover, no body picture): the size at which pictures would take hours.
 */
export function generateContent(
  dir: string,
  count: number,
  seed: number,
  photos: readonly Buffer[],
): ContentSummary {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = createRng(seed);
  const catalog = generateCatalog(rng, count);
  const { slots, series } = planSlots(rng, count);
  writeFileSync(path.join(dir, 'site.yaml'), yamlRecord(SITE));
  for (const [name, entities] of Object.entries({ ...catalog, series })) {
    writeEntities(dir, name, entities);
  }
  const taken = new Set<string>();
  const articleFiles = slots.map((slot, index) =>
    writeArticle(dir, rng, { slot, index, catalog, taken, photos }),
  );
  const articlesInSeries = slots.filter((slot) => slot.series).length;
  const withPhotos = photos.length > 0;
  const bodyPictures = withPhotos ? Math.floor(count / BODY_PICTURE_EVERY) : 0;
  return {
    dir,
    articles: count,
    series: series.length,
    articlesInSeries,
    // Indices 0, NFD_EVERY, 2 * NFD_EVERY, ... below count (see writeArticle).
    nfdFiles: Math.ceil(count / NFD_EVERY),
    covers: withPhotos ? count : 0,
    bodyPictures,
    articleFiles,
  };
}

/** Edits one article the way a journalist would: one more paragraph at the end. */
export function editArticle(file: string): void {
  appendFileSync(
    file,
    '\nĐoạn văn này được thêm vào để đo thời gian dựng lại sau một lần sửa bài.\n',
  );
}

/**
 * The slot of an article added after generation: the next part of the ongoing series that ran
 * last (a standalone article when none is ongoing), published after every generated article (on
 * the range's last day, after the generator's hours), so before BENCH_BUILD_NOW.
 */
function newestSlot(slots: readonly Slot[], series: readonly Entity[]): Slot {
  const slot: Slot = { day: DAYS - 1, minute: LAST_MINUTE + 1 };
  const ongoing = new Set(series.filter((s) => s.fields.status === 'ongoing').map((s) => s.id));
  let latest: Slot | undefined;
  for (const other of slots) {
    if (other.series && ongoing.has(other.series) && (!latest || other.day >= latest.day)) {
      latest = other;
    }
  }
  if (!latest) return slot;
  const parts = slots.filter((other) => other.series === latest.series).length;
  return { ...slot, series: latest.series, part: parts + 1 };
}

/**
 * Adds one article to the folder generateContent(dir, count, seed, photos) wrote, generated as
 * its articles are (districts, topics, models, people and author from the same catalog) in the
 * slot newestSlot gives; returns its file.
 */
export function addArticle(
  dir: string,
  count: number,
  seed: number,
  photos: readonly Buffer[],
): string {
  // The same draws as generateContent, for the same catalog and series.
  const rng = createRng(seed);
  const catalog = generateCatalog(rng, count);
  const { slots, series } = planSlots(rng, count);
  const files = readdirSync(path.join(dir, 'articles'), { recursive: true, encoding: 'utf8' });
  const taken = new Set(
    files.filter((f) => f.endsWith('.mdx')).map((f) => path.basename(f, '.mdx')),
  );
  // A sequence of its own: the folder's would repeat its first article's title and text.
  const own = createRng(seed + count);
  const slot = newestSlot(slots, series);
  return writeArticle(dir, own, { slot, index: count, catalog, taken, photos });
}

/** The article's text with " (đã sửa)" added to the title in its front matter, every other byte kept. */
export function withEditedTitle(text: string): string {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?$/m.exec(text);
  const { title } = (parse(front?.[1] ?? '') ?? {}) as { title?: unknown };
  if (typeof title !== 'string') throw new Error('the front matter has no title');
  return setFrontMatterField(text, 'title', yamlScalar(`${title} (đã sửa)`));
}

/** Edits the title of one article, as a journalist correcting a headline would. */
export function editTitle(file: string): void {
  writeFileSync(file, withEditedTitle(readFileSync(file, 'utf8')));
}
