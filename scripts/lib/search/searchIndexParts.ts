/**
 * Merges Pagefind indexes written in parts (each by Pagefind's service, into a folder of its
 * own) into one index folder, as scripts/lib/search/pagefindMerge.ts describes. Word chunks are read one
 * file at a time and written as they fill, so the merge holds little more than a chunk per part.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzipSync, gzip as gzipCallback } from 'node:zlib';
import { decode, encode } from 'cborg';
import {
  chunkRanges,
  chunkWords,
  compareCodePoints,
  LEFT_OUT,
  mergedPageNumbers,
  mergeFilters,
  mergeSorts,
  mergeWords,
  pagefindHash,
  pagefindVersionProblem,
  record,
  shortName,
  wordOfPart,
  type FilterIndex,
  type MetaIndex,
  type MetaPage,
  type EncodedWord,
} from './pagefindMerge.ts';
import { mergeHeapSize, type MergeInput } from './mergeHeapSize.ts';
import { decodeWordChunk, encodeWordChunk } from './wordChunkCbor.ts';
import { facetTable, SEARCH_FACETS_FILE } from '#src/lib/search/searchFacets.ts';
import { indexedPageCount } from '#src/lib/search/newestIndex.ts';

/**
 * A part of the index: its folder, the sort values of its pages by sort key, and the URL of each
 * page by its fragment's name where known (fragmentUrls), which saves reading every fragment.
 */
export type IndexPart = {
  dir: string;
  sortValues: Map<string, string[]>;
  urls?: Record<string, string>;
  /**
   * The URLs of pages the part holds that the index no longer does (changed or removed since it
   * was written): the merge leaves out everything they had.
   */
  leftOut?: string[];
  /**
   * Whether the merge must leave the part as it is (the cache's index): its files are linked into
   * the merged index instead of moved there.
   */
  keep?: boolean;
};

type Entry = {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
};

/** Every Pagefind file that is compressed starts with this, before compression. */
const HEADER = Buffer.from('pagefind_dcd');

function readPagefindFile(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (!data.subarray(0, HEADER.length).equals(HEADER))
    throw new Error(`${file} is not a Pagefind file`);
  return data.subarray(HEADER.length);
}

const decodeFile = <T>(file: string): T => decode(readPagefindFile(file)) as T;
const gzip = promisify(gzipCallback);

/**
 * Writes files as Pagefind writes them (header, gzip), each named by its content, compressing a
 * few at a time on libuv's threads. zlib's default level, not Pagefind's best: at 10,000 articles
 * the word chunks came out 1.3% larger and were compressed four times faster.
 */
function pagefindFileWriter(language: string) {
  const names = new Set<string>();
  const compressing: Promise<void>[] = [];
  return {
    /** Queues `data` for `folder` and returns the name it gets. */
    async write(folder: string, data: Buffer, extension: string): Promise<string> {
      const name = shortName(language, pagefindHash(data), (taken) =>
        names.has(`${folder}/${taken}`),
      );
      names.add(`${folder}/${name}`);
      mkdirSync(folder, { recursive: true });
      const file = path.join(folder, `${name}.${extension}`);
      compressing.push(gzip(Buffer.concat([HEADER, data])).then((gz) => writeFile(file, gz)));
      if (compressing.length >= 8) await compressing.shift();
      return name;
    },
    done: () => Promise.all(compressing.splice(0)),
  };
}

/** The one language of a part's index (the build forces Vietnamese). */
function languageOf(entry: Entry, dir: string): string {
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1)
    throw new Error(`${dir} holds ${languages.length} languages, not one`);
  return languages[0]!;
}

const readEntry = (dir: string): Entry =>
  JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;

/** How many pages the index in `dir` holds, as its entry file says. */
export const indexedPages = (dir: string): number => indexedPageCount(readEntry(dir));

/** The metadata file of the index in `dir` in `language`, its records checked. */
function readMeta(dir: string, entry: Entry, language: string): MetaIndex {
  const meta = record<MetaIndex>(
    decodeFile(path.join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`)),
    6,
    'metadata file',
  );
  meta[2].forEach((chunk) => record<MetaIndex[2][number]>(chunk, 3, 'word chunk entry'));
  meta[3].forEach((filter) => record<MetaIndex[3][number]>(filter, 2, 'filter entry'));
  meta[4].forEach((sort) => record<MetaIndex[4][number]>(sort, 2, 'sort order'));
  return meta;
}

/**
 * Writes the search page's filter table (src/lib/search/searchFacets.ts) into the index in `dir`,
 * from the index's own metadata and filter files: it names the pages as the index does, however
 * the index was made (merged, renamed into place, or taken from the cache as it was).
 */
export function writeSearchFacets(dir: string): void {
  const entry = readEntry(dir);
  const language = languageOf(entry, dir);
  const meta = readMeta(dir, entry, language);
  const filters = meta[3].map(([, hash]) => {
    const filter = record<FilterIndex>(
      decodeFile(path.join(dir, 'filter', `${hash}.pf_filter`)),
      2,
      'filter',
    );
    filter[1].forEach((value) => record<FilterIndex[1][number]>(value, 2, 'filter value'));
    return filter;
  });
  const file = path.join(dir, SEARCH_FACETS_FILE);
  // Written as a new file: the index's files may be links shared with the cache.
  rmSync(file, { force: true });
  writeFileSync(
    file,
    JSON.stringify(
      facetTable(
        meta[1].map(([id]) => id),
        filters,
      ),
    ),
  );
}

/**
 * Puts a file of a part into the merged index: moved, or linked when the part is kept (copied
 * where links cannot be made).
 */
function placeFile(source: string, target: string, keep: boolean | undefined): void {
  if (!keep) return renameSync(source, target);
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** The length of a short name's hash (Pagefind's default, and shortName's). */
const SHORT_HASH = 7;

/**
 * Moves a part's fragment file into the merged folder. Two parts can give different pages the
 * same short name (7 hex digits); the later one then gets a longer name, as Pagefind does within
 * one index. An identical page keeps the name it shares (Pagefind stores it once too). A name
 * Pagefind lengthened for a clash within its part is shortened again where the merged order has
 * no clash, so that the names do not depend on how the pages were cut into parts.
 */
export function moveFragment(
  from: string,
  folder: string,
  hash: string,
  language: string,
  keep?: boolean,
): string {
  const source = path.join(from, `${hash}.pf_fragment`);
  const target = path.join(folder, `${hash}.pf_fragment`);
  const short = hash.length === language.length + 1 + SHORT_HASH;
  if (short && !existsSync(target)) {
    placeFile(source, target, keep);
    return hash;
  }
  const data = readPagefindFile(source);
  if (short && data.equals(readPagefindFile(target))) return hash;
  const full = pagefindHash(data);
  const taken = (name: string) => {
    const file = path.join(folder, `${name}.pf_fragment`);
    return existsSync(file) && !readPagefindFile(file).equals(data);
  };
  // A short name got here by being taken by another page; a lengthened one may be free at 7.
  const name = shortName(language, full, taken, short ? SHORT_HASH + 1 : SHORT_HASH);
  if (!existsSync(path.join(folder, `${name}.pf_fragment`))) {
    placeFile(source, path.join(folder, `${name}.pf_fragment`), keep);
  }
  return name;
}

/** The most JavaScript heap the merge has used so far, sampled as it goes (bytes). */
let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
};

/** A page's fragment file (Pagefind's record of the page: its URL, text, meta). */
function readFragment(dir: string, hash: string): { url?: unknown; meta?: unknown } {
  return JSON.parse(readPagefindFile(path.join(dir, 'fragment', `${hash}.pf_fragment`)).toString());
}

/** The URL of a page of an index, from its fragment file. */
function fragmentUrl(dir: string, hash: string): string {
  const { url } = readFragment(dir, hash);
  if (typeof url !== 'string') throw new Error(`${dir}: page ${hash} has no URL`);
  return url;
}

/** The meta fields of a page of an index, from its fragment file. */
function fragmentMeta(dir: string, hash: string): Record<string, unknown> {
  const { meta } = readFragment(dir, hash);
  if (typeof meta !== 'object' || meta === null)
    throw new Error(`${dir}: page ${hash} has no meta`);
  return meta as Record<string, unknown>;
}

/** The URL of each page of the part in `dir`, by its fragment's name (as IndexPart.urls). */
export function fragmentUrls(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(path.join(dir, 'fragment')).map((name) => {
      const hash = name.replace(/\.pf_fragment$/, '');
      return [hash, fragmentUrl(dir, hash)];
    }),
  );
}

/**
 * The young generation of the merge's worker, in MiB: most of what it allocates dies young, and
 * at 16 MiB the merge of a 10,000-article index spent a third of its time collecting.
 */
const YOUNG_MIB = 64;

/** What a merge wrote: how many pages, and each page's URL by the name of its fragment file. */
export type MergedIndex = { pages: number; fragments: Record<string, string> };

/** How the parts are merged. */
export type MergeOptions = {
  /**
   * Whether one part whose pages are already in URL order is renamed into place as Pagefind
   * wrote it (its files compressed by Pagefind, not as the merge compresses them). An index
   * cached in parts turns it off: the same pages must give the same files however many parts
   * they came in.
   */
  renameInOrder?: boolean;
};

/**
 * Merges the parts into `outputPath` (which must not exist yet) and says how many pages the
 * merged index holds, and their URLs by fragment. Pages are numbered in the order of their URLs,
 * not in the order in which the build wrote them, so that the same site always gives the same
 * files. One part whose pages are already in that order is renamed into place as Pagefind wrote
 * it (see MergeOptions).
 */
export async function mergeIndexParts(
  parts: IndexPart[],
  outputPath: string,
  { renameInOrder = true }: MergeOptions = {},
): Promise<MergedIndex> {
  if (!parts.length) throw new Error('no part of the search index was written');
  const entries = parts.map(({ dir }) => readEntry(dir));
  for (const entry of entries) {
    const problem = pagefindVersionProblem(entry.version, 'index');
    if (problem) throw new Error(problem);
  }
  const language = languageOf(entries[0]!, parts[0]!.dir);
  const metas = parts.map(({ dir }, i) => {
    if (languageOf(entries[i]!, dir) !== language) throw new Error(`${dir} is not in ${language}`);
    return readMeta(dir, entries[i]!, language);
  });
  const urls = metas.map((meta, i) => {
    const leftOut = new Set(parts[i]!.leftOut);
    return meta[1].map(([hash]) => {
      const url = parts[i]!.urls?.[hash] ?? fragmentUrl(parts[i]!.dir, hash);
      return leftOut.has(url) ? undefined : url;
    });
  });
  const numbers = mergedPageNumbers(urls);
  if (
    renameInOrder &&
    parts.length === 1 &&
    !parts[0]!.keep &&
    numbers[0]!.every((number, page) => number === page)
  ) {
    renameSync(parts[0]!.dir, outputPath);
    const fragments = metas[0]![1].map(([hash], page) => [hash, urls[0]![page]!]);
    return { pages: fragments.length, fragments: Object.fromEntries(fragments) };
  }
  // A part with pages left out may list a field only they had: such a field is in the index
  // when a page still in has it (its fragment's meta), as Pagefind lists the fields its pages
  // have. Fragments are read only for fields no part without pages left out lists.
  const fields = new Set(metas.flatMap((meta, i) => (parts[i]!.leftOut?.length ? [] : meta[5])));
  metas.forEach((meta, i) => {
    if (!parts[i]!.leftOut?.length) return;
    const unknown = new Set(meta[5].filter((field) => !fields.has(field)));
    for (let page = 0; unknown.size && page < meta[1].length; page++) {
      if (urls[i]![page] === undefined) continue;
      for (const field of Object.keys(fragmentMeta(parts[i]!.dir, meta[1][page]![0]))) {
        if (unknown.delete(field)) fields.add(field);
      }
    }
  });
  const metaFields = [...fields].sort(compareCodePoints);

  // Everything but the index itself (Pagefind's scripts, styles, WebAssembly) as in any part.
  const first = parts[0]!.dir;
  mkdirSync(outputPath);
  for (const name of readdirSync(first)) {
    if (
      !['index', 'filter', 'fragment', 'pagefind-entry.json'].includes(name) &&
      !name.endsWith('.pf_meta')
    ) {
      placeFile(path.join(first, name), path.join(outputPath, name), parts[0]!.keep);
    }
  }

  const fragmentFolder = path.join(outputPath, 'fragment');
  mkdirSync(fragmentFolder);
  // In the merged order, so that a clash of short names is always settled the same way.
  const order: { part: number; page: MetaPage; url: string }[] = [];
  metas.forEach((meta, i) =>
    meta[1].forEach((page, n) => {
      if (numbers[i]![n] !== LEFT_OUT)
        order[numbers[i]![n]!] = { part: i, page, url: urls[i]![n]! };
    }),
  );
  const fragments: Record<string, string> = {};
  const pages = order.map(({ part, page: [hash, ...details], url }): MetaPage => {
    const name = moveFragment(
      path.join(parts[part]!.dir, 'fragment'),
      fragmentFolder,
      hash,
      language,
      parts[part]!.keep,
    );
    fragments[name] = url;
    return [name, ...details];
  });

  const wordsOfPart = function* (meta: MetaIndex, i: number): Generator<EncodedWord> {
    const fields = meta[5].map((field) => metaFields.indexOf(field));
    for (const [, , hash] of meta[2]) {
      const words = decodeWordChunk(
        readPagefindFile(path.join(parts[i]!.dir, 'index', `${hash}.pf_index`)),
      );
      for (const word of words) yield wordOfPart(word, numbers[i]!, fields);
    }
  };
  const files = pagefindFileWriter(language);
  const chunkFolder = path.join(outputPath, 'index');
  const ends: [string, string][] = [];
  const chunkNames: string[] = [];
  for (const chunk of chunkWords(mergeWords(metas.map(wordsOfPart)))) {
    ends.push([chunk[0]![0], chunk.at(-1)![0]]);
    const data = encodeWordChunk(chunk);
    chunkNames.push(await files.write(chunkFolder, data, 'pf_index'));
    sampleHeap();
  }
  const chunks = chunkRanges(ends).map(([from, to], i): MetaIndex[2][number] => [
    from,
    to,
    chunkNames[i]!,
  ]);

  const filters: MetaIndex[3] = [];
  const mergedFilters = mergeFilters(
    metas.map((meta, i) => ({
      numbers: numbers[i]!,
      filters: meta[3].map(([, hash]) =>
        decodeFile<FilterIndex>(path.join(parts[i]!.dir, 'filter', `${hash}.pf_filter`)),
      ),
    })),
  );
  for (const filter of mergedFilters) {
    const data = Buffer.from(encode(filter));
    filters.push([
      filter[0],
      await files.write(path.join(outputPath, 'filter'), data, 'pf_filter'),
    ]);
  }

  sampleHeap();
  const sorts = mergeSorts(
    metas.map((meta, i) => ({
      sorts: meta[4],
      values: parts[i]!.sortValues,
      numbers: numbers[i]!,
    })),
  );

  const meta: MetaIndex = [metas[0]![0], pages, chunks, filters, sorts, metaFields];
  const metaData = Buffer.from(encode(meta));
  const metaName = shortName(language, pagefindHash(metaData), () => false, 10);
  writeFileSync(
    path.join(outputPath, `pagefind.${metaName}.pf_meta`),
    await gzip(Buffer.concat([HEADER, metaData])),
  );
  await files.done();
  const entry: Entry = {
    ...entries[0]!,
    languages: {
      [language]: {
        ...entries[0]!.languages[language]!,
        hash: metaName,
        page_count: pages.length,
      },
    },
  };
  writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
  return { pages: pages.length, fragments };
}

/** The uncompressed size of a gzip file, from its trailer (ISIZE: the size modulo 4 GiB). */
function gunzippedSize(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, fstatSync(fd).size - 4);
    return trailer.readUInt32LE(0);
  } finally {
    closeSync(fd);
  }
}

/** What the merge of `parts` will read, measured on disk (see mergeHeapSize). */
export function measureParts(parts: IndexPart[]): MergeInput {
  const sizesIn = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder).map((name) => gunzippedSize(path.join(folder, name)))
      : [];
  let metaBytes = 0;
  const largestChunkBytes = parts.map(({ dir }) => {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.pf_meta')) metaBytes += gunzippedSize(path.join(dir, name));
    }
    metaBytes += sizesIn(path.join(dir, 'filter')).reduce((sum, bytes) => sum + bytes, 0);
    return Math.max(0, ...sizesIn(path.join(dir, 'index')));
  });
  return { largestChunkBytes, metaBytes };
}

/** What the merge worker is given, and what it answers. */
type MergeJob = { parts: IndexPart[]; outputPath: string; options: MergeOptions };
type MergeDone = MergedIndex & { heapPeak: number };

/**
 * `mergeIndexParts` in a worker thread: the merge decodes the whole index once, and in a thread
 * of its own its garbage is collected as it goes rather than left to grow the build's heap (it
 * added 0.6 GiB at 10,000 articles), and the build's own thread stays free. Its heap is sized
 * from what the parts hold on disk and the memory the machine has free (mergeHeapSize); when
 * the machine has too little, the build stops with that message before the merge starts.
 */
export async function mergeIndexPartsInWorker(
  parts: IndexPart[],
  outputPath: string,
  options: MergeOptions = {},
  prepared?: PreparedMerge,
): Promise<MergedIndex> {
  const heap = mergeHeapSize(measureParts(parts), process.availableMemory());
  if (!heap.ok) throw new Error(heap.message);
  const job: MergeJob = { parts, outputPath, options };
  let worker: Worker;
  if (prepared && !prepared.exited() && prepared.heapMiB >= heap.heapMiB) {
    worker = prepared.worker;
    worker.ref();
    worker.postMessage(job);
  } else {
    await prepared?.worker.terminate();
    worker = mergeWorker(heap.heapMiB, job);
  }
  const given = worker === prepared?.worker ? prepared.heapMiB : heap.heapMiB;
  try {
    const [done] = (await once(worker, 'message')) as [MergeDone];
    console.log(
      `Search index merged from ${parts.length} parts: heap ${Math.round(done.heapPeak / 2 ** 20)} MiB at most, of ${given} MiB given.`,
    );
    return { pages: done.pages, fragments: done.fragments };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    throw new Error(
      `merging the search index (${parts.length} parts) ran out of the ${given} MiB ` +
        'of memory it was given, sized from the parts on disk (scripts/lib/search/mergeHeapSize.ts): ' +
        'the sizing is wrong for this index; report it with this message',
    );
  }
}

/** A merge's worker with `heapMiB` of heap, given `job` now or, without one, when it is posted. */
function mergeWorker(heapMiB: number, job?: MergeJob): Worker {
  return new Worker(new URL(import.meta.url), {
    workerData: job ?? WAITING,
    resourceLimits: { maxOldGenerationSizeMb: heapMiB, maxYoungGenerationSizeMb: YOUNG_MIB },
  });
}

/** What a worker started ahead of its job is given instead of one. */
const WAITING = 'waiting for its parts';

/** A merge's worker started before its parts are written (prepareMerge). */
export type PreparedMerge = { worker: Worker; heapMiB: number; exited: () => boolean };

/**
 * Starts a merge's worker ahead of its parts, sized for `expected` (what the parts are expected
 * to hold, as measureParts says it): it loads its code (0.4 s at 10,000 articles) while the build
 * renders, instead of once the parts are written. It waits unreferenced, and mergeIndexPartsInWorker
 * takes it when the parts fit its heap, and starts another when they do not. Undefined when the
 * machine has not the memory for it; `stop` it when no merge comes.
 */
export function prepareMerge(expected: MergeInput): PreparedMerge | undefined {
  const heap = mergeHeapSize(expected, process.availableMemory());
  if (!heap.ok) return undefined;
  const worker = mergeWorker(heap.heapMiB);
  worker.unref();
  // A worker that failed to start, or was stopped, is replaced at the merge.
  let exited = false;
  worker.on('error', () => undefined);
  worker.on('exit', () => (exited = true));
  return { worker, heapMiB: heap.heapMiB, exited: () => exited };
}

if (!isMainThread && workerData) {
  const { parts, outputPath, options } = (
    workerData === WAITING ? (await once(parentPort!, 'message'))[0] : workerData
  ) as MergeJob;
  const index = await mergeIndexParts(parts, outputPath, options);
  sampleHeap();
  parentPort!.postMessage({ ...index, heapPeak } satisfies MergeDone);
}

/**
 * The URLs of the `count` newest pages of the index in `dir` by its `date` sort (newest first),
 * as the index names them. Pages without a date (districts, models, people) are not among them.
 */
export function newestPageUrls(dir: string, count: number): string[] {
  const entry = readEntry(dir);
  const meta = readMeta(dir, entry, languageOf(entry, dir));
  // Pagefind lists a sort's pages from the lowest value up.
  const byDate = meta[4].find(([sort]) => sort === 'date')?.[1] ?? [];
  return byDate
    .slice(-count)
    .reverse()
    .map((page) => fragmentUrl(dir, meta[1][page]![0]));
}
