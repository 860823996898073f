/**
 * How the browser editor reads and writes an article's file. The body is kept byte for byte;
 * the front matter is written in the archive's own style (one line per field, in the schema's
 * order, prose double-quoted, ids, paths and dates bare, lists and pictures on one line), so
 * that opening and saving an article changes nothing, and a changed field changes one line.
 */
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../content/frontMatter.ts';
import { parseArchiveDate, yearOf } from '../shared/dates.ts';
import { isoInTimeZone } from '../sharing/isoDate.ts';
import { slugFromTitle } from '../shared/slug.ts';
import type { EditorField } from './editorConfig.ts';

/**
 * Values the editor sets before saving a new article so that Decap's path template can name its
 * file (`{{yearfolder}}/{{fields.fileslug}}`): never written into the file. Decap lower-cases a
 * path template, hence the lower-case names.
 */
export const FILE_NAME_KEYS = { year: 'yearfolder', slug: 'fileslug' } as const;

/** An article's data as the editor holds it: front matter fields and `body`. */
export type ArticleEntry = Record<string, unknown> & { body: string };

/** Reads an article's file into the editor: its front matter's data, and the body as it is. */
export function readArticleFile(text: string): ArticleEntry {
  const { yaml, body } = splitFrontMatter(text);
  const data: unknown = yaml === undefined ? {} : parse(yaml);
  const fields = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
  return { ...(fields as Record<string, unknown>), body };
}

/** Where a new article's file goes: the year of its date in the site's zone, and its id. */
export function articleFileName(
  data: { title?: unknown; pubDate?: unknown },
  timeZone: string,
  now: Date = new Date(),
): { year: string; slug: string } {
  const date = instantOf(data.pubDate, timeZone) ?? now;
  const title = typeof data.title === 'string' ? data.title : '';
  return { year: String(yearOf(date, timeZone)), slug: slugFromTitle(title) };
}

/** The file of an article: its front matter written from `fields`' order, then its body. */
export function articleFileText(
  data: Record<string, unknown>,
  fields: readonly EditorField[],
  timeZone: string,
): string {
  const bodyField = fields.find((field) => !isFrontMatter(field));
  const body = bodyField ? String(data[bodyField.name] ?? '') : '';
  const known = new Set(fields.map((field) => field.name));
  const transient = new Set<string>(Object.values(FILE_NAME_KEYS));
  const lines = fields.filter(isFrontMatter).flatMap((field) => {
    const value = written(data[field.name], field, timeZone);
    if (value === undefined) return [];
    return field.widget === 'list' && field.fields
      ? [`${field.name}:`, ...(value as string[]).map((item) => `  - ${item}`)]
      : [`${field.name}: ${value as string}`];
  });
  // A key the schemas do not know is kept (the checker will name it), not silently dropped.
  const unknown = Object.entries(data).filter(
    ([key, value]) => !known.has(key) && !transient.has(key) && !isBlank(value),
  );
  for (const [key, value] of unknown) lines.push(`${key}: ${flow(value)}`);
  return `---\n${lines.map((line) => `${line}\n`).join('')}---\n${body}`;
}

const isFrontMatter = (field: EditorField) => field.name !== 'body';

/** A value nobody filled: "", null, an empty list, or an object of such. */
function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date))
    return Object.values(value).every(isBlank);
  return false;
}

/**
 * One field's value as written after its name, or undefined when it is left out: blank, or
 * equal to the schema's default (`draft: false`), which the archive reads the same.
 */
function written(value: unknown, field: EditorField, timeZone: string): unknown {
  if (isBlank(value)) return undefined;
  if (field.default !== undefined && value === field.default) return undefined;
  if (field.widget === 'datetime') return dateText(value, timeZone);
  if (field.fields && field.widget === 'object')
    return flowMap(value as Record<string, unknown>, field.fields, timeZone);
  if (field.fields && Array.isArray(value))
    return value
      .filter((item) => !isBlank(item))
      .map((item) => flowMap(item as Record<string, unknown>, field.fields!, timeZone));
  return flow(value);
}

/** "{ src: ./a.jpg, alt: "..." }" in the fields' order. */
function flowMap(
  value: Record<string, unknown>,
  fields: readonly EditorField[],
  timeZone: string,
): string {
  const entries = fields.flatMap((field) => {
    const text = written(value[field.name], field, timeZone);
    return text === undefined ? [] : [`${field.name}: ${text as string}`];
  });
  return `{ ${entries.join(', ')} }`;
}

/** A value on one line: bare where YAML reads it back the same, double-quoted otherwise. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null)
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${key}: ${flow(item)}`)
      .join(', ')} }`;
  if (typeof value !== 'string') return String(value);
  return BARE.test(value) && parse(value) === value
    ? value
    : stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
}

/** Ids, file paths and dates: written without quotes. */
const BARE = /^[A-Za-z0-9./][A-Za-z0-9._/:+-]*$/;

/** A date as the archive writes it: "2023-05-18T07:00:00+07:00", in the site's zone. */
function dateText(value: unknown, timeZone: string): string {
  const instant = instantOf(value, timeZone);
  return instant ? isoInTimeZone(instant, timeZone) : flow(value);
}

/** The instant of a date the editor or a file gave: an offset is kept, none means the site's. */
function instantOf(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const parsed = parseArchiveDate(value, timeZone);
  return typeof parsed === 'string' ? undefined : parsed;
}
