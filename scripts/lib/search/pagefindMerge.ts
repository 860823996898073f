/**
 * Pagefind indexes written in parts, merged into the one index Pagefind would have written.
 *
 * Pagefind's service needs far more memory to write an index than to hold its pages (2.9 GiB
 * for the 11,264 pages of a 10,000-article archive, BENCHMARKS.md), while parts of 300 pages
 * are written in about 0.2 GiB each. So the build writes parts and merges them here:
 * the reader's browser gets one index, the same words, pages, filters and sort orders as a
 * single Pagefind run, cut into chunks by Pagefind's own rule (tests/build/searchIndexParts.test.ts
 * compares the two). Pure functions over Pagefind 1.6's decoded files; the reading and writing
 * are in scripts/lib/search/searchIndexParts.ts.
 *
 * Pagefind's files are CBOR arrays (its `pagefind/src/index` structures, in field order):
 * - a word chunk `index/*.pf_index`: [words], a word [text, pages, variants], a variant (the
 *   word as written, with its marks) [form, pages], a page [number, locations, meta locations],
 *   page numbers given as the difference from the previous one within each list;
 * - a filter `filter/*.pf_filter`: [name, [[value, page numbers]]];
 * - the metadata `pagefind.*.pf_meta`: [version, pages, chunks, filters, sorts, meta fields].
 */
import { createHash } from 'node:crypto';
import { appendTo } from '#src/lib/shared/collections.ts';
import { encodePage, pageLocations } from './wordChunkCbor.ts';

/** A word's page, its variant and the word, as Pagefind writes them (and cborg reads them). */
export type PackedPage = [page: number, locations: number[], metaLocations: number[]];
export type PackedVariant = [form: string, pages: PackedPage[]];
export type PackedWord = [word: string, pages: PackedPage[], variants: PackedVariant[]];
/**
 * A word's page as the merge holds it: its number, and its locations and meta locations left as
 * the part's chunk encodes them (two CBOR arrays, `bytes` from `start` to `end`, the meta
 * locations from `metaStart`), copied into the merged chunk as they are; `count` is how many
 * locations the two hold. Decoding each location into an array was most of the merge's time and
 * garbage (scripts/lib/search/wordChunkCbor.ts).
 */
export type EncodedPage = [
  page: number,
  bytes: Buffer,
  start: number,
  metaStart: number,
  end: number,
  count: number,
];
export type EncodedVariant = [form: string, pages: EncodedPage[]];
export type EncodedWord = [word: string, pages: EncodedPage[], variants: EncodedVariant[]];
export type FilterIndex = [filter: string, values: [value: string, pages: number[]][]];
/** A page's fragment file and what else Pagefind records of it (its word count, ...). */
export type MetaPage = [hash: string, ...details: unknown[]];
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaIndex = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: [filter: string, hash: string][],
  sorts: [sort: string, pages: number[]][],
  metaFields: string[],
];

/**
 * The Pagefind whose files this merge reads, as tests/build/searchIndexParts.test.ts checked them
 * (the merged index against Pagefind's own single index). package.json pins it exactly.
 */
export const VERIFIED_PAGEFIND = '1.6.0';

/**
 * Why Pagefind `version` cannot write the index parts the merge reads (`found`: the package
 * installed, or what wrote an index), or undefined when it can.
 */
export function pagefindVersionProblem(
  version: string,
  found: 'installed' | 'index',
): string | undefined {
  if (version === VERIFIED_PAGEFIND) return undefined;
  const what = found === 'installed' ? 'is installed' : 'wrote the search index';
  return (
    `Pagefind ${version} ${what}, but the archive merges the files of Pagefind ` +
    `${VERIFIED_PAGEFIND} only. Install pagefind@${VERIFIED_PAGEFIND} (npm ci does), or check ` +
    `${version} with "npx vitest run tests/build/searchIndexParts.test.ts" and, if it passes, ` +
    `set VERIFIED_PAGEFIND in scripts/lib/search/pagefindMerge.ts to ${version}.`
  );
}

/**
 * `value` read as one of Pagefind's records of exactly `length` fields: a field this merge does
 * not know would otherwise be dropped without a word, so it stops the build instead.
 */
export function record<T extends unknown[]>(value: unknown, length: number, what: string): T {
  if (Array.isArray(value) && value.length === length) return value as T;
  throw unknownRecord(what, Array.isArray(value) ? `${value.length} fields` : typeof value, length);
}

/** The error for a record of Pagefind's that has `found` where it should have `length` fields. */
export function unknownRecord(what: string, found: string, length: number): Error {
  return new Error(
    `a search index ${what} has ${found} where Pagefind ${VERIFIED_PAGEFIND} writes ${length}: ` +
      `the index was written by another Pagefind`,
  );
}

/** Pagefind's target size of a word chunk, counted as in its `chunk_index`. */
export const CHUNK_SIZE = 20_000;

/**
 * Orders strings as Rust does (by their UTF-8 bytes, which is by code point). UTF-16 code units
 * are in code point order except surrogates, which stand for code points above all of them.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const left = a.charCodeAt(i);
    const right = b.charCodeAt(i);
    if (left !== right) return codePointOrder(left) - codePointOrder(right);
  }
  return a.length - b.length;
}

/** A UTF-16 code unit's place in code point order: surrogates (D800-DFFF) after E000-FFFF. */
const codePointOrder = (unit: number) =>
  unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;

/** Pagefind's content hash: SHA-1, each byte in hex without its leading zero. */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((byte) => byte.toString(16)).join('');
}

/**
 * A file name as Pagefind gives it: the language, then the hash cut to `length` characters,
 * one longer at a time while the name is `taken` (by a different file).
 */
export function shortName(
  language: string,
  hash: string,
  taken: (name: string) => boolean,
  length = 7,
) {
  const full = `${language}_${hash}`;
  let name = full.slice(0, language.length + 1 + length);
  while (taken(name) && name.length < full.length) name = full.slice(0, name.length + 1);
  return name;
}

/** The number of a page that is no longer in the index (see mergedPageNumbers). */
export const LEFT_OUT = -1;

/**
 * The merged number of each page of each part: pages in the order of their URLs (by code point),
 * whatever the order in which they reached Pagefind, so that the same pages always give the same
 * index. `urls[part][page]` is the URL of a part's page, or undefined for a page the part still
 * holds but the index no longer does (changed or removed since the part was written): its number
 * is LEFT_OUT, and the merge leaves out all it had.
 */
export function mergedPageNumbers(
  urls: readonly (readonly (string | undefined)[])[],
): Int32Array[] {
  const pages = urls.flatMap((list, part) =>
    list.flatMap((url, page) => (url === undefined ? [] : [{ url, part, page }])),
  );
  pages.sort((a, b) => compareCodePoints(a.url, b.url) || a.part - b.part || a.page - b.page);
  const numbers = urls.map((list) => new Int32Array(list.length).fill(LEFT_OUT));
  pages.forEach(({ part, page }, merged) => (numbers[part]![page] = merged));
  return numbers;
}

/**
 * A part's page list made absolute and renumbered to the merged index (`numbers[page]`), in the
 * merged order; a page's meta locations name their field by its number in the part's field list,
 * renumbered here to the merged list (`fields[part's number]`). The list is changed in place.
 */
function absolutePages(
  pages: EncodedPage[],
  numbers: ArrayLike<number>,
  fields: number[],
): EncodedPage[] {
  const sameFields = fields.every((field, i) => field === i);
  let page = 0;
  let kept = 0;
  for (const packed of pages) {
    page += packed[0];
    const number = numbers[page]!;
    if (number === LEFT_OUT) continue;
    packed[0] = number;
    // An empty array of meta locations is one byte; a part with the merged fields keeps its bytes.
    if (sameFields || packed[4] - packed[3] === 1) {
      pages[kept++] = packed;
      continue;
    }
    // A negative meta location -(n + 1) switches to field n; the others are positions.
    const [locations, metaLocations] = pageLocations(packed);
    const renumbered = metaLocations.map((value) =>
      value < 0 ? -(fields[-value - 1]! + 1) : value,
    );
    pages[kept++] = encodePage(number, locations, renumbered);
  }
  pages.length = kept;
  return pages.sort((a, b) => a[0] - b[0]);
}

/**
 * A word of a part as it stands in the merged index (pages absolute, fields renumbered), made
 * from `word` in place.
 */
export function wordOfPart(
  [text, pages, variants]: EncodedWord,
  numbers: ArrayLike<number>,
  fields: number[],
): EncodedWord {
  const forms: EncodedVariant[] = [];
  for (const [form, variantPages] of variants) {
    const formPages = absolutePages(variantPages, numbers, fields);
    // A form only pages left out had is no longer in the index.
    if (formPages.length) forms.push([form, formPages]);
  }
  return [text, absolutePages(pages, numbers, fields), forms];
}

/** Pages of several parts as one list, in the merged page order. */
function byPage(lists: EncodedPage[][]): EncodedPage[] {
  if (lists.length === 1) return lists[0]!;
  const pages: EncodedPage[] = [];
  for (const list of lists) for (const page of list) pages.push(page);
  return pages.sort((a, b) => a[0] - b[0]);
}

/** One word from the same word in several parts (given in part order). */
function joinWord(words: EncodedWord[]): EncodedWord {
  const variants = new Map<string, EncodedPage[][]>();
  for (const [, , wordVariants] of words) {
    for (const [form, pages] of wordVariants) appendTo(variants, form, [pages]);
  }
  // Forms in the order of the first page each is on: the same whatever order the parts came in.
  const forms = [...variants].map(([form, lists]): EncodedVariant => [form, byPage(lists)]);
  forms.sort(
    ([formA, pagesA], [formB, pagesB]) =>
      (pagesA[0]?.[0] ?? 0) - (pagesB[0]?.[0] ?? 0) || compareCodePoints(formA, formB),
  );
  return [words[0]![0], byPage(words.map(([, pages]) => pages)), forms];
}

/**
 * The words of every part, each part's words in order (`wordOfPart`), merged into one ordered
 * list: a word found in several parts gets the pages of all of them. Reads each part lazily.
 */
export function* mergeWords(parts: Iterable<EncodedWord>[]): Generator<EncodedWord> {
  const readers = parts.map((part) => part[Symbol.iterator]());
  const heads = readers.map((reader) => reader.next());
  for (;;) {
    let least: string | undefined;
    for (const head of heads) {
      if (!head.done && (least === undefined || compareCodePoints(head.value[0], least) < 0)) {
        least = head.value[0];
      }
    }
    if (least === undefined) return;
    const same: EncodedWord[] = [];
    heads.forEach((head, i) => {
      if (!head.done && head.value[0] === least) {
        same.push(head.value);
        heads[i] = readers[i]!.next();
      }
    });
    const word = joinWord(same);
    // A word only pages left out had is no longer in the index either.
    if (word[1].length || word[2].length) yield word;
  }
}

/**
 * A word's weight in Pagefind's chunking: each page's locations plus one, and each variant one
 * plus the weight of its pages (found from the chunks Pagefind 1.6 writes; its published source
 * counts less, and cuts the sample's chunks elsewhere).
 */
function chunkWeight([, pages, variants]: EncodedWord): number {
  const weigh = (list: EncodedPage[]) => list.reduce((sum, page) => sum + page[5] + 1, 0);
  return weigh(pages) + variants.reduce((sum, [, forms]) => sum + 1 + weigh(forms), 0);
}

/** Ordered words cut into chunks as Pagefind cuts them: a chunk ends once it weighs `size`. */
export function* chunkWords(
  words: Iterable<EncodedWord>,
  size = CHUNK_SIZE,
): Generator<EncodedWord[]> {
  let chunk: EncodedWord[] = [];
  let weight = 0;
  for (const word of words) {
    chunk.push(word);
    weight += chunkWeight(word);
    if (weight >= size) {
      yield chunk;
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length) yield chunk;
}

/** The shortest prefixes that still tell `a` from `b` (Pagefind's `get_prefixes`). */
function distinctPrefixes(a: string, b: string): [string, string] {
  const left = [...a];
  const right = [...b];
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common++;
  return [left.slice(0, common + 1).join(''), right.slice(0, common + 1).join('')];
}

/**
 * The word range each chunk answers for, from its first and last words (Pagefind's
 * `chunk_meta`): neighbouring ends are cut to the prefixes that tell them apart, so a search
 * for a prefix finds every chunk that may hold its words.
 */
export function chunkRanges(ends: [first: string, last: string][]): [from: string, to: string][] {
  const ranges = ends.map(([first, last]): [string, string] => [first, last]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const current = ranges[i]!;
    const next = ranges[i + 1]!;
    const [to, from] = distinctPrefixes(current[1], next[0]);
    if (compareCodePoints(to, current[0]) >= 0) current[1] = to;
    next[0] = from;
  }
  return ranges;
}

/** Every part's filters as one list: the pages under each value, renumbered to the merged index. */
export function mergeFilters(
  parts: { filters: FilterIndex[]; numbers: ArrayLike<number> }[],
): FilterIndex[] {
  const merged = new Map<string, Map<string, number[]>>();
  for (const { filters, numbers } of parts) {
    for (const file of filters) {
      const [filter, values] = record<FilterIndex>(file, 2, 'filter');
      const byValue = merged.get(filter) ?? new Map<string, number[]>();
      merged.set(filter, byValue);
      for (const entry of values) {
        const [value, pages] = record<FilterIndex[1][number]>(entry, 2, 'filter value');
        const kept = pages.map((page) => numbers[page]!).filter((page) => page !== LEFT_OUT);
        if (kept.length) appendTo(byValue, value, kept);
      }
    }
  }
  // Filters and values by code point, as Pagefind lists them; a filter only pages left out had
  // is no longer in the index.
  return [...merged]
    .filter(([, values]) => values.size > 0)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([filter, values]) => [
      filter,
      [...values]
        .sort(([a], [b]) => compareCodePoints(a, b))
        .map(([value, pages]) => [value, pages.sort((a, b) => a - b)]),
    ]);
}

/** Pagefind sorts a key's values as numbers when each of them reads as one (i32 or f32). */
function numericSortValue(value: string): number | undefined {
  if (/^[+-]?\d+$/.test(value)) {
    const whole = Number(value);
    if (whole >= -(2 ** 31) && whole < 2 ** 31) return whole;
  }
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) return Math.fround(Number(value));
  return undefined;
}

/** `values` in Pagefind's order for a sort key (stable; numbers or code points). */
function inSortOrder<T>(entries: T[], valueOf: (entry: T) => string): T[] {
  const numbers = entries.map((entry) => numericSortValue(valueOf(entry)));
  const indexes = entries.map((_, i) => i);
  if (numbers.every((number) => number !== undefined)) {
    indexes.sort((a, b) => numbers[a]! - numbers[b]!);
  } else {
    indexes.sort((a, b) => compareCodePoints(valueOf(entries[a]!), valueOf(entries[b]!)));
  }
  return indexes.map((i) => entries[i]!);
}

/**
 * The merged page order of each sort key. A part records only the order of its pages, so the
 * values of its pages are needed too (`values[key]`, any order, one per page that has the key):
 * sorted as that part sorted them, the n-th value is that of the n-th page of its order.
 */
export function mergeSorts(
  parts: {
    sorts: [string, number[]][];
    values: Map<string, string[]>;
    numbers: ArrayLike<number>;
  }[],
): [string, number[]][] {
  const byKey = new Map<string, { page: number; value: string }[]>();
  for (const { sorts, values, numbers } of parts) {
    const unsorted = [...values].find(
      ([key, list]) => list.length && !sorts.some(([sorted]) => sorted === key),
    );
    if (unsorted)
      throw new Error(`a part of the search index has no order for the sort key "${unsorted[0]}"`);
    for (const [key, pages] of sorts) {
      const partValues = inSortOrder(values.get(key) ?? [], (value) => value);
      if (partValues.length !== pages.length) {
        throw new Error(
          `a part of the search index sorts ${pages.length} pages by "${key}" but ${partValues.length} values were recorded`,
        );
      }
      const entries = byKey.get(key) ?? [];
      byKey.set(key, entries);
      pages.forEach((page, i) => {
        if (numbers[page] !== LEFT_OUT)
          entries.push({ page: numbers[page]!, value: partValues[i]! });
      });
    }
  }
  // A key only pages left out had is no longer in the index.
  return [...byKey].flatMap(([key, entries]): [string, number[]][] => {
    if (!entries.length) return [];
    entries.sort((a, b) => a.page - b.page);
    return [[key, inSortOrder(entries, (entry) => entry.value).map((entry) => entry.page)]];
  });
}
