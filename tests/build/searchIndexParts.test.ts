/**
 * The search index written in parts and merged (scripts/lib/search/searchIndexParts.ts) against one
 * index written by Pagefind from the same pages: the same words at the same places, filters,
 * sort orders, chunks and fragments, and the same answers to every judged query.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { MetaIndex, PackedPage, PackedWord } from '#scripts/lib/search/pagefindMerge.ts';
import { searchVietnamese } from '#src/lib/search/searchQuery.ts';
import { prepareForIndex, sortValuesOf } from '#src/lib/search/indexedText.ts';
import { startSearchIndex } from '#scripts/lib/search/searchIndex.ts';
import {
  mergeIndexParts,
  mergeIndexPartsInWorker,
  prepareMerge,
} from '#scripts/lib/search/searchIndexParts.ts';
import { compareCodePoints, VERIFIED_PAGEFIND } from '#scripts/lib/search/pagefindMerge.ts';
import type { MergeInput } from '#scripts/lib/search/mergeHeapSize.ts';
import { JUDGMENTS } from '../search/judgments.ts';
import { loadPagefind } from '../search/pagefindNode.ts';
import { builtSite } from './dist.ts';

/** Every file under `dir`, by its path relative to `dir`. */
function walkFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const read = (file: string): unknown => decode(gunzipSync(readFileSync(file)).subarray(12));

/** An index's content, with pages named by URL so that page numbering does not matter. */
function readIndex(dir: string) {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  const meta = read(path.join(dir, `pagefind.${entry.languages.vi.hash}.pf_meta`)) as MetaIndex;
  const [version, metaPages, chunks, filters, sorts, fields] = meta;
  const fragments = metaPages.map(([hash, ...details]) => {
    const json = gunzipSync(readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`)));
    return { fragment: JSON.parse(json.subarray(12).toString()), details };
  });
  const urls: string[] = fragments.map(({ fragment }) => fragment.url);
  const pageList = (pages: PackedPage[]) => {
    let page = 0;
    return pages
      .map(([delta, locations, metaLocations]) => {
        page += delta;
        const named = metaLocations.map((value) => (value < 0 ? fields[-value - 1] : value));
        return `${urls[page]} ${locations.join(',')} ${named.join(',')}`;
      })
      .sort();
  };
  const words = chunks.map(([from, to, hash]) => ({
    from,
    to,
    words: (read(path.join(dir, 'index', `${hash}.pf_index`)) as [PackedWord[]])[0].map(
      ([word, pages, variants]) => ({
        word,
        pages: pageList(pages),
        variants: variants.map(([form, forms]) => [form, pageList(forms)]).sort(),
      }),
    ),
  }));
  const filterValues = filters.flatMap(([name, hash]) => {
    const [, values] = read(path.join(dir, 'filter', `${hash}.pf_filter`)) as [
      string,
      [string, number[]][],
    ];
    return values.map(([value, pages]) => [name, value, pages.map((page) => urls[page]).sort()]);
  });
  return {
    version,
    fields,
    count: entry.languages.vi.page_count,
    fragments: Object.fromEntries(urls.map((url, i) => [url, fragments[i]])),
    words,
    filters: filterValues.sort(),
    sorts: Object.fromEntries(sorts.map(([key, pages]) => [key, pages.map((page) => urls[page])])),
  };
}

describe('the search index written in parts', async () => {
  const site = builtSite('sample');
  const work = mkdtempSync(path.join(tmpdir(), 'archive-parts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Pagefind numbers pages in the order it is given them; the merge numbers them by URL.
  const prepared = site.pages
    .flatMap(({ path: url, html }) => {
      const content = prepareForIndex(html);
      return content === undefined ? [] : [{ url, content }];
    })
    .sort((a, b) => compareCodePoints(a.url, b.url));
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const page of prepared) await index!.addHTMLFile(page);
  await index!.writeFiles({ outputPath: path.join(work, 'single', 'pagefind') });
  await index!.deleteIndex();

  const partsOutput = path.join(work, 'parts', 'pagefind');
  const parts = await startSearchIndex(site.outDir, prepared.length, {
    outputPath: partsOutput,
    partPages: 7,
  });
  const indexed = await parts.finish();
  const single = readIndex(path.join(work, 'single', 'pagefind'));
  const merged = readIndex(partsOutput);

  test('holds every searchable page of the sample, from several parts', () => {
    expect(prepared.length).toBeGreaterThan(3 * 7);
    expect(indexed).toBe(prepared.length);
    expect(merged.count).toBe(prepared.length);
  });

  test('holds what one Pagefind index holds: words, places, chunks, filters, fragments', () => {
    expect(merged.version).toBe(single.version);
    expect(merged.fields).toEqual(single.fields);
    expect(merged.words.length).toBeGreaterThan(1);
    expect(merged.words).toEqual(single.words);
    expect(merged.filters).toEqual(single.filters);
    expect(merged.fragments).toEqual(single.fragments);
  });

  test('orders pages by each sort key as one index does', () => {
    const values = new Map(prepared.map(({ url, content }) => [url, sortValuesOf(content)]));
    expect(Object.keys(merged.sorts)).toEqual(Object.keys(single.sorts));
    for (const [key, order] of Object.entries(single.sorts)) {
      const valuesOf = (urls: string[]) => urls.map((url) => values.get(url)!.get(key));
      // Pages with equal values may come in either order: compare the values, then the pages.
      expect(valuesOf(merged.sorts[key]!)).toEqual(valuesOf(order));
      expect(new Set(merged.sorts[key])).toEqual(new Set(order));
    }
  });

  test('is the same, file for file, whatever the order in which the pages were written', async () => {
    const reversedOutput = path.join(work, 'reversed', 'pagefind');
    const reversed = await startSearchIndex(site.outDir, prepared.length, {
      outputPath: reversedOutput,
      partPages: 5,
    });
    for (const { file } of [...site.pages].reverse()) reversed.add(file);
    expect(await reversed.finish()).toBe(prepared.length);
    const files = (dir: string) =>
      new Map(walkFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
    const inOrder = files(partsOutput);
    const outOfOrder = files(reversedOutput);
    expect([...outOfOrder.keys()].sort()).toEqual([...inOrder.keys()].sort());
    for (const [file, bytes] of inOrder)
      expect(outOfOrder.get(file)!.equals(bytes), file).toBe(true);
  });

  test('renames one part already in URL order into place, and renumbers one that is not', async () => {
    const asWritten = path.join(work, 'one-part');
    cpSync(path.join(work, 'single', 'pagefind'), asWritten, { recursive: true });
    const before = new Map(
      walkFiles(asWritten).map((file) => [file, readFileSync(path.join(asWritten, file))]),
    );
    const renamed = path.join(work, 'one-part-merged');
    const merged = await mergeIndexParts([{ dir: asWritten, sortValues: new Map() }], renamed);
    expect(merged.pages).toBe(prepared.length);
    expect(walkFiles(renamed).sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before)
      expect(readFileSync(path.join(renamed, file)).equals(bytes), file).toBe(true);

    // The same pages given to Pagefind backwards: one part, renumbered by URL.
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    for (const page of [...prepared].reverse()) await index!.addHTMLFile(page);
    const backwards = path.join(work, 'backwards');
    await index!.writeFiles({ outputPath: backwards });
    await index!.deleteIndex();
    const keptPart = path.join(work, 'backwards-kept');
    cpSync(backwards, keptPart, { recursive: true });
    const values = new Map<string, string[]>();
    for (const { content } of prepared)
      for (const [key, value] of sortValuesOf(content))
        values.set(key, [...(values.get(key) ?? []), value]);
    const renumbered = path.join(work, 'backwards-merged');
    const { fragments } = await mergeIndexParts(
      [{ dir: backwards, sortValues: values }],
      renumbered,
    );
    const again = readIndex(renumbered);
    expect(Object.keys(again.fragments)).toEqual(prepared.map(({ url }) => url));
    // The URL of each fragment, as the merge tells it, is the one the fragment holds.
    expect(Object.values(fragments).sort()).toEqual(prepared.map(({ url }) => url).sort());
    for (const [name, url] of Object.entries(fragments)) {
      const json = gunzipSync(
        readFileSync(path.join(renumbered, 'fragment', `${name}.pf_fragment`)),
      );
      expect(JSON.parse(json.subarray(12).toString()).url).toBe(url);
    }
    expect(again.words).toEqual(single.words);

    // Kept (the cache's index), the same part is merged to the same index and left as it was.
    const left = new Map(
      walkFiles(keptPart).map((file) => [file, readFileSync(path.join(keptPart, file))]),
    );
    const kept = path.join(work, 'backwards-kept-merged');
    await mergeIndexParts([{ dir: keptPart, sortValues: values, keep: true }], kept);
    expect(walkFiles(keptPart).sort()).toEqual([...left.keys()].sort());
    for (const [file, bytes] of left)
      expect(readFileSync(path.join(keptPart, file)).equals(bytes), file).toBe(true);
    expect(readIndex(kept)).toEqual(again);

    // A worker started ahead of the parts merges them when they fit its heap, and is replaced by
    // one sized for them when they do not: the same index either way.
    const log = vi.spyOn(console, 'log');
    const sizes: [string, MergeInput][] = [
      ['roomy', { largestChunkBytes: [2 ** 20], metaBytes: 2 ** 20 }],
      ['small', { largestChunkBytes: [0], metaBytes: 0 }],
    ];
    for (const [name, expected] of sizes) {
      const prepared = prepareMerge(expected)!;
      const out = path.join(work, `prepared-${name}`);
      await mergeIndexPartsInWorker(
        [{ dir: keptPart, sortValues: values, keep: true }],
        out,
        {},
        prepared,
      );
      expect(readIndex(out)).toEqual(again);
      const given = Number(/of (\d+) MiB given/.exec(String(log.mock.calls.at(-1)))![1]);
      if (name === 'roomy') expect(given).toBe(prepared.heapMiB);
      else expect(given).toBeGreaterThan(prepared.heapMiB);
    }
    log.mockRestore();
  });

  test('answers every judged query as one index does', async () => {
    const fromSingle = await loadPagefind(path.join(work, 'single'));
    const fromParts = await loadPagefind(path.join(work, 'parts'));
    const answers = async (api: typeof fromSingle, query: string) => {
      const { results } = await searchVietnamese(api, query);
      return Promise.all(results.map(async (r) => [(await r.data()).url, r.score.toFixed(4)]));
    };
    for (const { query } of JUDGMENTS) {
      expect(await answers(fromParts, query), query).toEqual(await answers(fromSingle, query));
    }
  });
});

describe('an incremental search index of the sample (cacheDir)', async () => {
  const site = builtSite('sample');
  const work = mkdtempSync(path.join(tmpdir(), 'archive-incremental-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const outDir = path.join(work, 'site');
  cpSync(site.outDir, outDir, { recursive: true });
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const cacheDir = path.join(work, 'cache');
  const fileOf = (url: string) => path.join(outDir, url, 'index.html');
  const copyOf = (file: string) => path.join(outDir, path.relative(site.outDir, file));
  const articles = site.pages
    .map(({ path: url }) => url)
    .filter((url) => /^\/bai-viet\/[^/]+\/$/.test(url) && prepareForIndex(site.page(url)!.html));

  /** The index of the site as it is now, with the cache or (reference) without. */
  const indexOf = async (name: string, renderedFiles: string[], cache?: string) => {
    const outputPath = path.join(work, name, 'pagefind');
    const indexer = await startSearchIndex(outDir, 0, {
      outputPath,
      partPages: cache ? 7 : 5,
      cacheDir: cache,
    });
    for (const file of renderedFiles) indexer.add(file);
    await indexer.finish();
    return { outputPath, ...indexer.counts() };
  };
  const files = (dir: string) =>
    new Map(walkFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));

  test('indexes the changed pages again, leaves their old text out, and merges the files a full index gives', async () => {
    // The first build: every page rendered, in an order other than their URLs.
    const first = await indexOf(
      'first',
      [...site.pages].reverse().map((page) => copyOf(page.file)),
      cacheDir,
    );
    expect(first.reused).toBe(0);

    // The next: two articles edited, one deleted, one new; nothing else rendered.
    const [edited, alsoEdited, deleted, copied] = articles;
    for (const url of [edited!, alsoEdited!]) {
      const html = readFileSync(fileOf(url), 'utf8');
      writeFileSync(
        fileOf(url),
        html.replace('data-pagefind-body>', 'data-pagefind-body><p>Đính chính mới.</p>'),
      );
    }
    rmSync(path.dirname(fileOf(deleted!)), { recursive: true });
    const added = '/bai-viet/bai-moi-hoan-toan/';
    mkdirSync(path.dirname(fileOf(added)), { recursive: true });
    writeFileSync(
      fileOf(added),
      readFileSync(fileOf(copied!), 'utf8').replace('<h1', '<h1 id="moi"'),
    );
    const next = await indexOf('next', [edited!, alsoEdited!, added].map(fileOf), cacheDir);
    expect(next.reused).toBeGreaterThan(0);
    expect(next.indexed).toBeLessThan(first.indexed / 2);
    expect(next.reused + next.indexed).toBe(first.indexed);

    const everything = await indexOf('everything', []);
    const want = files(everything.outputPath);
    const got = files(next.outputPath);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [file, bytes] of want) expect(got.get(file)!.equals(bytes), file).toBe(true);
  });
});

describe('a search index written by a Pagefind the merge does not know', async () => {
  const site = builtSite('sample');
  const work = mkdtempSync(path.join(tmpdir(), 'archive-other-pagefind-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // One real part, written by the installed Pagefind from the sample's first pages.
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const { path: url, html } of site.pages.slice(0, 30)) {
    const content = prepareForIndex(html);
    if (content !== undefined) await index!.addHTMLFile({ url, content });
  }
  const part = path.join(work, 'part');
  await index!.writeFiles({ outputPath: part });
  await index!.deleteIndex();

  /** A copy of the part, changed by `change`, merged into a new folder. */
  const mergeChanged = (name: string, change: (dir: string) => void) => {
    const dir = path.join(work, name);
    cpSync(part, dir, { recursive: true });
    change(dir);
    return mergeIndexParts([{ dir, sortValues: new Map() }], path.join(work, `${name}-out`));
  };

  test('stops the merge, naming the version it was written by and the one it knows', async () => {
    await expect(
      mergeChanged('newer', (dir) => {
        const file = path.join(dir, 'pagefind-entry.json');
        const entry = JSON.parse(readFileSync(file, 'utf8'));
        expect(entry.version).toBe(VERIFIED_PAGEFIND);
        writeFileSync(file, JSON.stringify({ ...entry, version: '1.7.0' }));
      }),
    ).rejects.toThrow(
      new RegExp(
        `Pagefind 1\\.7\\.0 wrote .* Pagefind ${VERIFIED_PAGEFIND.replace(/\./g, '\\.')} only`,
      ),
    );
  });

  test('stops on a field of its metadata it does not know, instead of dropping it', async () => {
    await expect(
      mergeChanged('more-fields', (dir) => {
        const name = readdirSync(dir).find((file) => file.endsWith('.pf_meta'))!;
        const meta = read(path.join(dir, name)) as unknown[];
        const data = Buffer.from(encode([...meta, ['a field of a later Pagefind']]));
        writeFileSync(
          path.join(dir, name),
          gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), data])),
        );
      }),
    ).rejects.toThrow(
      `a search index metadata file has 7 fields where Pagefind ${VERIFIED_PAGEFIND} writes 6`,
    );
  });
  // The merge above, of the whole sample, passes through the same checks.
});
