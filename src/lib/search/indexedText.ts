/** Pages prepared for the search index (not for readers): one tone style, "đ" words findable as "d". */
import { canonicalTones, dFoldedWords } from '../shared/vietnamese.ts';
import { escapeXml } from '../shared/xml.ts';
import type { Archive } from '../content/archive.ts';

/** The attribute that marks a page's searchable part. */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * The outer HTML of the element marked data-pagefind-body, found by scanning the string rather
 * than parsing the page: at 10,000 articles parsing every page took longer than indexing it.
 */
function searchablePart(html: string): string | undefined {
  const marker = html.indexOf(` ${BODY_ATTRIBUTE}`);
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start, marker))?.[1];
  if (!tag) return undefined;
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>])`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', found.index) + 1);
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Text with the entities that Astro writes (and only those) turned back into characters. */
const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);

/** The text of an HTML fragment, a space where each tag was (so words never run together). */
function textOf(html: string): string {
  return decodeEntities(
    html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '),
  );
}

/** Every word of `text`, lower case, with "đ" written "d". */
function foldD(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/đ/g, 'd')
      .match(/[\p{L}\p{M}]+/gu) ?? []
  );
}

/**
 * The document that the index reads for a page, or undefined for a page with nothing to find:
 * only its searchable part (navigation, footer and head left out, which also keeps indexing
 * fast), without the pictures' alt text, its text in one tone placement ("hoà" = "hòa"), and the title's and body's "đ" words
 * folded to "d" as metadata fields `dtitle` and `dbody`, because Pagefind folds every
 * Vietnamese mark except "đ". The published page is left as written.
 */
export function prepareForIndex(html: string): string | undefined {
  const found = searchablePart(html);
  if (found === undefined) return undefined;
  // Pagefind runs a term into its description ("Địa bànChợ Đồn"), in the index and in the
  // excerpts it shows: a space after the term keeps the two words apart.
  const body = canonicalTones(found)
    .replace(/<\/dt>/gi, '</dt> ')
    // Pagefind takes the first picture's alt text as searchable metadata: a cover's description
    // ("cánh đồng", "con đường") would find stories that are not about it.
    .replace(/\salt="[^"]*"/g, ' alt=""');
  const title = textOf(/<h1\b[\s\S]*?<\/h1>/.exec(body)?.[0] ?? '');
  // A title with "đ" gives all its words, so that "cho don" meets "Chợ Đồn" as a whole title.
  const titleWords = dFoldedWords(title).length ? foldD(title) : [];
  const fields = [
    ['dtitle', titleWords],
    ['dbody', dFoldedWords(textOf(body))],
  ] as const;
  const meta = fields
    .filter(([, words]) => words.length > 0)
    .map(
      ([name, words]) =>
        `<span hidden data-pagefind-meta="${name}:${escapeXml(words.join(' '))}"></span>`,
    )
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${body}${meta}</body></html>`;
}

/** How many pages the search index holds: one per published article, series, district, model and person. */
export function searchablePageCount(archive: Archive): number {
  const { articles, series, districts, models, people } = archive;
  return articles.length + series.length + districts.length + models.length + people.length;
}

/** The paths of those pages (see paths.ts). */
export const SEARCHABLE_PATH = /^\/(?:bai-viet|chuyen-de|dia-phuong|mo-hinh|nhan-vat)\/[^/]+\/?$/;

/**
 * The pages to build, searchable ones first (otherwise in the same order): the index can be
 * written as soon as it holds them all, while the listings and feeds are still being built.
 */
export function searchableFirst<T extends { pathname: string }>(pages: readonly T[]): T[] {
  const searchable = pages.filter((page) => SEARCHABLE_PATH.test(page.pathname));
  const rest = pages.filter((page) => !SEARCHABLE_PATH.test(page.pathname));
  return [...searchable, ...rest];
}

/**
 * The sort keys of a page prepared for the index, as Pagefind reads them from
 * `data-pagefind-sort="key[attribute]"` (the value in that attribute of the same element) or
 * `data-pagefind-sort="key:value"`. The index is written in parts and merged, and a part keeps
 * only the order of its pages, not their values (scripts/lib/search/pagefindMerge.ts).
 */
export function sortValuesOf(html: string): Map<string, string> {
  // Copies: V8 keeps a whole string alive for a piece of it (a page for its date, 0.2 GiB at
  // 10,000 articles), and the build keeps these values until the index is merged.
  const copy = (text: string): string => structuredClone(text);
  const values = new Map<string, string>();
  for (const [tag] of html.matchAll(/<[a-z][^>]*\sdata-pagefind-sort="[^"]*"[^>]*>/gi)) {
    const attribute = (name: string) => {
      const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
      return value === undefined ? undefined : decodeEntities(value);
    };
    const sort = attribute('data-pagefind-sort')!;
    const fromAttribute = /^([^[:]+)\[([^\]]+)\]$/.exec(sort);
    const given = /^([^[:]+):(.*)$/.exec(sort);
    if (fromAttribute) {
      const value = attribute(fromAttribute[2]!);
      if (value !== undefined) values.set(copy(fromAttribute[1]!), copy(value));
    } else if (given) values.set(copy(given[1]!), copy(given[2]!));
    else
      throw new Error(
        `data-pagefind-sort="${sort}" gives no value: write "key[attribute]" or "key:value"`,
      );
  }
  return values;
}
