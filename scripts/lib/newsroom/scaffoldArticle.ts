/** `npm run new`: the pure part. Checks a new article's facts and writes its MDX file's text. */
import path from 'node:path';
import { stringify } from 'yaml';
import type { ToolMessages } from '#src/i18n/vi.ts';
import { closestIds, quoteIds } from '#src/lib/shared/closestIds.ts';
import { dateParts, parseArchiveDate, yearOf } from '#src/lib/shared/dates.ts';
import { slugFromTitle, uniqueSlug } from '#src/lib/shared/slug.ts';
import type { Content, Entry } from '#src/lib/content/validateContent.ts';
import type { ArticleData } from '#src/schemas/index.ts';
import type { ReferencedCollection } from '#src/lib/content/references.ts';

/** The lead a new article starts with; the journalist replaces it. */
export const DESCRIPTION_PLACEHOLDER = 'Viết sa-pô ở đây';

/** The body a new article starts with. */
export const BODY_PLACEHOLDER = 'Viết nội dung bài ở đây. Mỗi đoạn văn cách nhau một dòng trống.';

/** What the journalist tells `npm run new`, from flags or prompts. */
export type ScaffoldInput = {
  title: string;
  series?: string;
  /** The part number; the series' next free part when absent. */
  part?: number;
  districts: string[];
  topics: string[];
  /** "2025-06-01" or "2025-06-01T07:00"; today in the site's time zone when absent. */
  date?: string;
};

/** The article to write: its id, its absolute path and its text. */
export type ScaffoldPlan = { id: string; file: string; text: string; part?: number };

export type ScaffoldResult = { ok: true; plan: ScaffoldPlan } | { ok: false; errors: string[] };

/** The front matter of a new or imported article; every text is written double-quoted. */
export type ArticleFields = {
  title: string;
  description: string;
  pubDate: string;
  series?: string;
  part?: number;
  districts: string[];
  models: string[];
  topics: string[];
  draft: boolean;
};

/** Comments written into the front matter: above it, and after some fields. */
export type FrontMatterComments = {
  header?: string[];
  description?: string;
  pubDate?: string;
  draft?: string;
};

/** Repeated flags and comma lists alike: ["a,b", "c"] -> ["a", "b", "c"], without duplicates. */
export function splitList(values: readonly string[]): string[] {
  const items = values.flatMap((value) => value.split(',')).map((item) => item.trim());
  return [...new Set(items.filter(Boolean))];
}

/** Today's date in `timeZone`, as "2025-06-01". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const { year, month, day } = dateParts(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The articles (drafts included) that are parts of `seriesId`. */
export function partsOf(
  seriesId: string,
  articles: readonly Entry<ArticleData>[],
): Entry<ArticleData>[] {
  return articles.filter((article) => article.data.series === seriesId);
}

/** The part number after the highest one the series has (drafts included); 1 for none. */
export function nextPart(seriesId: string, articles: readonly Entry<ArticleData>[]): number {
  return Math.max(0, ...partsOf(seriesId, articles).map((article) => article.data.part ?? 0)) + 1;
}

/** "không có địa bàn "nari" (có phải "na-ri"?)", or the known ids when none is close. */
export function unknownIdMessage(
  collection: ReferencedCollection,
  id: string,
  known: readonly string[],
  say: ToolMessages,
): string {
  const message = say.content.unknown(say.collections[collection], id);
  const close = closestIds(id, known);
  if (close.length) return `${message} (${say.didYouMean(quoteIds(close))})`;
  const listed = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ...` : known.join(', ');
  return `${message} (${say.new.knownIds(listed || say.new.noIds)})`;
}

/** Messages for the ids in `ids` that `known` does not have. */
export function unknownIds(
  collection: ReferencedCollection,
  ids: readonly string[],
  known: readonly Entry<unknown>[],
  say: ToolMessages,
): string[] {
  const knownIds = known.map((entry) => entry.id);
  return ids
    .filter((id) => !knownIds.includes(id))
    .map((id) => unknownIdMessage(collection, id, knownIds, say));
}

/** A YAML double-quoted string on one line. */
export function yamlString(text: string): string {
  return stringify(text, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
}

/** A YAML flow list of ids: "[na-ri, ba-be]". */
export function yamlIdList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** The front matter block, fences included, with the comments where they belong. */
export function articleFrontMatter(
  fields: ArticleFields,
  comments: FrontMatterComments = {},
): string {
  const withComment = (line: string, comment?: string) =>
    comment ? `${line}  # ${comment}` : line;
  const lines = [
    ...(comments.header ?? []).map((line) => (line ? `# ${line}` : '#')),
    `title: ${yamlString(fields.title)}`,
    withComment(`description: ${yamlString(fields.description)}`, comments.description),
    withComment(`pubDate: ${fields.pubDate}`, comments.pubDate),
    ...(fields.series ? [`series: ${fields.series}`, `part: ${fields.part}`] : []),
    `districts: ${yamlIdList(fields.districts)}`,
    `models: ${yamlIdList(fields.models)}`,
    `people: []`,
    `topics: ${yamlIdList(fields.topics)}`,
    withComment(`draft: ${fields.draft}`, comments.draft),
  ];
  return ['---', ...lines, '---', ''].join('\n');
}

/** The path of an article file: <content>/articles/<year>/<id>.mdx. */
export function articlePath(contentDir: string, year: number | string, id: string): string {
  return path.join(contentDir, 'articles', String(year), `${id}.mdx`);
}

/** Checks the input against the content and plans the new draft article, or says what is wrong in `say`'s words. */
export function planArticle(
  input: ScaffoldInput,
  content: Content,
  contentDir: string,
  say: ToolMessages,
  now: Date = new Date(),
): ScaffoldResult {
  const errors: string[] = [];
  const timeZone = content.site.timezone;
  const title = input.title.trim();
  const baseSlug = slugFromTitle(title);
  if (!title) errors.push(say.new.titleEmpty);
  else if (!baseSlug) errors.push(say.new.titleWithoutLetters(title));

  const part = input.series ? (input.part ?? nextPart(input.series, content.articles)) : undefined;
  if (input.part !== undefined && !input.series) errors.push(say.new.partNeedsSeries);
  if (input.series) errors.push(...seriesErrors(input.series, part!, content, say));
  errors.push(...unknownIds('districts', input.districts, content.districts, say));
  errors.push(...unknownIds('topics', input.topics, content.topics, say));

  const date = input.date?.trim() || todayIn(timeZone, now);
  const instant = parseArchiveDate(date, timeZone, say.dates);
  if (typeof instant === 'string') errors.push(say.new.badDate(instant));
  if (errors.length) return { ok: false, errors };

  const id = uniqueSlug(baseSlug, new Set(content.articles.map((article) => article.id)));
  const fields: ArticleFields = {
    title,
    description: DESCRIPTION_PLACEHOLDER,
    pubDate: date,
    series: input.series,
    part,
    districts: input.districts,
    models: [],
    topics: input.topics,
    draft: true,
  };
  const frontMatter = articleFrontMatter(fields, {
    description: say.new.leadComment,
    draft: say.new.draftComment,
  });
  return {
    ok: true,
    plan: {
      id,
      file: articlePath(contentDir, yearOf(instant as Date, timeZone), id),
      text: `${frontMatter}\n${BODY_PLACEHOLDER}\n`,
      part,
    },
  };
}

/** An unknown series, a part number that is not 1, 2, 3, ... or one the series already has. */
function seriesErrors(
  seriesId: string,
  part: number,
  content: Content,
  say: ToolMessages,
): string[] {
  if (!content.series.some((series) => series.id === seriesId)) {
    const known = content.series.map((series) => series.id);
    return [unknownIdMessage('series', seriesId, known, say)];
  }
  if (!Number.isInteger(part) || part < 1) return [say.new.partNumber(part)];
  const twin = partsOf(seriesId, content.articles).find((article) => article.data.part === part);
  if (!twin) return [];
  const next = nextPart(seriesId, content.articles);
  return [say.new.partTaken(part, seriesId, path.basename(twin.file), next)];
}
