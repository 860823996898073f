/**
 * The search index of an incremental build (startSearchIndex's cacheDir): the previous index
 * merged with the pages that changed, and the same index, byte for byte, as indexing every page.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { prepareForIndex } from '#src/lib/search/indexedText.ts';
import { startSearchIndex } from '#scripts/lib/search/searchIndex.ts';
import { readCache } from '#scripts/lib/search/searchIndexCache.ts';
import { moveFragment } from '#scripts/lib/search/searchIndexParts.ts';
import { pagefindHash } from '#scripts/lib/search/pagefindMerge.ts';

const PART_PAGES = 4;
const PAGES = 12;

let dir: string;
let site: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'archive-index-cache-'));
  site = path.join(dir, 'site');
  cacheDir = path.join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const slug = (n: number) => `bai-${String(n).padStart(2, '0')}`;
const pageFile = (n: number) => path.join(site, 'bai-viet', slug(n), 'index.html');

/**
 * Writes article `n` of the build, with a date to sort by and a district to filter by; `nav`
 * is outside the searchable part, `searchable: false` leaves the part out.
 */
function writePage(n: number, words = `bài số ${n}`, { nav = '', searchable = true } = {}) {
  const file = pageFile(n);
  mkdirSync(path.dirname(file), { recursive: true });
  const body =
    `<h1>Tiêu đề ${n} Chợ Đồn</h1><p>${words}</p>` +
    `<time data-pagefind-sort="date[datetime]" datetime="2024-01-${String((n % 28) + 1).padStart(2, '0')}">ngày</time>` +
    `<span data-pagefind-filter="district">${n % 2 ? 'Na Rì' : 'Ba Bể'}</span>`;
  const article = searchable ? `<article data-pagefind-body>${body}</article>` : body;
  writeFileSync(
    file,
    `<!doctype html><html lang="vi"><body><nav>${nav}</nav>${article}</body></html>`,
  );
  return file;
}

/** Every file under `folder`, by its path relative to it, with its bytes. */
function filesOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), readFileSync(file)];
      }),
  );
}

function expectSameFiles(actual: string, expected: string) {
  const want = filesOf(expected);
  const got = filesOf(actual);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [file, bytes] of want) expect(got.get(file)!.equals(bytes), file).toBe(true);
}

/**
 * One build's index: `rendered` pages are given to `add` (as Astro reports them), every other
 * page of the site is left for finish. Returns the count, what was indexed and reused, and how
 * many pages were read.
 */
async function build(
  rendered: number[],
  { expected = 0, cache = cacheDir as string | undefined, partPages = PART_PAGES } = {},
) {
  rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  let read = 0;
  const index = await startSearchIndex(site, expected, {
    cacheDir: cache,
    partPages,
    prepare: (html) => {
      read++;
      return prepareForIndex(html);
    },
  });
  for (const n of rendered) index.add(pageFile(n));
  const pages = await index.finish();
  return { pages, read, ...index.counts() };
}

/** The index a build without any cache writes for the site as it is, in parts of 5 pages. */
async function indexEverything(): Promise<string> {
  const folder = path.join(dir, 'everything');
  rmSync(folder, { recursive: true, force: true });
  const index = await startSearchIndex(site, 0, { outputPath: folder, partPages: 5 });
  await index.finish();
  return folder;
}

const all = Array.from({ length: PAGES }, (_, i) => i + 1);

/** A first build of the 12 pages, every one rendered (in three parts): the cache holds them. */
async function firstBuild() {
  all.forEach((n) => writePage(n));
  // In reverse, so that the parts' pages are not in URL order.
  const first = await build([...all].reverse(), { expected: PAGES });
  expect(first).toMatchObject({ pages: PAGES, indexed: PAGES, reused: 0 });
  expect(readCache(cacheDir)?.pages).toHaveLength(PAGES);
  return first;
}

describe('an incremental search index', { timeout: 60_000 }, () => {
  test('a first build indexes every page and gives the index of a build without a cache', async () => {
    await firstBuild();
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
    expect(existsSync(`${cacheDir}.next`)).toBe(false);
  });

  test('takes the previous index when nothing changed, without reading a restored page', async () => {
    await firstBuild();
    const before = filesOf(path.join(site, 'pagefind'));
    const log = vi.spyOn(console, 'log');
    const again = await build([], { expected: PAGES });
    expect(again).toEqual({ pages: PAGES, read: 0, indexed: 0, reused: PAGES });
    // Not merged again: the previous merged index, as it was.
    expect(log.mock.calls.flat().join('\n')).not.toContain('merged');
    const after = filesOf(path.join(site, 'pagefind'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);

    // A merge whose code changed since does not start from an index the old code made: every
    // page is indexed again, to the same files here.
    const manifestFile = path.join(cacheDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, merge: 'another merge' }));
    log.mockClear();
    expect(await build([])).toMatchObject({ read: PAGES, indexed: PAGES, reused: 0 });
    expect(log.mock.calls.flat().join('\n')).toContain('merged from 3 parts');
    log.mockRestore();
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());

    // The cache it left serves the next build, which has something to merge.
    writePage(1, 'đã sửa');
    expect(await build([1])).toMatchObject({ indexed: 1, reused: PAGES - 1 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });

  test('takes the pages announced as reused before they are restored, read from their copies', async () => {
    await firstBuild();
    // The previous build's copies (Astro's cache), and a build folder Astro has not filled yet.
    const previous = path.join(dir, 'previous');
    cpSync(site, previous, { recursive: true });
    rmSync(site, { recursive: true });
    writePage(7, 'lời mới về đường liên thôn');
    let read = 0;
    const index = await startSearchIndex(site, PAGES, {
      cacheDir,
      partPages: PART_PAGES,
      previousPages: previous,
      prepare: (html) => {
        read++;
        return prepareForIndex(html);
      },
    });
    const others = all.filter((n) => n !== 7);
    // As src/integrations/archive.ts announces them: paths in the build folder, from its root.
    index.reusing([
      ...others.map((n) => `/${path.relative(site, pageFile(n))}`),
      '/bai-viet/khong-co/index.html',
    ]);
    index.add(pageFile(7));
    // Merged meanwhile: page 7 indexed in a part of its own, its old text left out.
    const merged = path.join(site, 'pagefind', 'pagefind-entry.json');
    for (let waited = 0; !existsSync(merged) && waited < 30_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(existsSync(merged)).toBe(true);
    others.forEach((n) => writePage(n));
    expect(await index.finish()).toBe(PAGES);
    expect(index.counts()).toEqual({ indexed: 1, reused: PAGES - 1 });
    // Only page 7 was read: the announced pages are known unchanged.
    expect(read).toBe(1);
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });

  test('re-renders with the same text change nothing; a changed text is indexed alone', async () => {
    await firstBuild();
    writePage(2, 'bài số 2', { nav: 'a new menu' });
    writePage(7, 'lời mới về đường liên thôn');
    const next = await build([2, 7], { expected: PAGES });
    // Page 7 in a part of its own; its old text is left out of the previous index.
    expect(next).toMatchObject({ pages: PAGES, indexed: 1, reused: PAGES - 1 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
    // And again, from the index that build merged.
    writePage(8, 'lời mới nữa');
    expect(await build([8], { expected: PAGES })).toMatchObject({ indexed: 1, reused: PAGES - 1 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });

  test('a removed page is left out, with nothing read or indexed', async () => {
    await firstBuild();
    rmSync(path.dirname(pageFile(3)), { recursive: true });
    const next = await build([]);
    expect(next).toMatchObject({ pages: PAGES - 1, indexed: 0, read: 0 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
    rmSync(path.dirname(pageFile(1)), { recursive: true });
    rmSync(path.dirname(pageFile(2)), { recursive: true });
    expect(await build([])).toMatchObject({ pages: PAGES - 3, indexed: 0, read: 0 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });

  test('a page that is no longer searchable is left out', async () => {
    await firstBuild();
    writePage(10, 'không tìm', { searchable: false });
    const next = await build([10]);
    expect(next).toMatchObject({ pages: PAGES - 1, indexed: 0 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });

  test('a new page goes to a part of its own; a restored page the cache does not know is read', async () => {
    await firstBuild();
    writePage(13);
    writePage(14);
    // 13 rendered, 14 only found in the site at finish.
    const next = await build([13], { expected: PAGES + 2 });
    expect(next).toEqual({ pages: PAGES + 2, read: 2, indexed: 2, reused: PAGES });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
    expect(readCache(cacheDir)?.pages).toHaveLength(PAGES + 2);
  });

  test('a restored page of another size is read again, and kept when its text is the same', async () => {
    await firstBuild();
    writePage(4, 'bài số 4', { nav: 'another menu, restored from another build' });
    const next = await build([]);
    expect(next).toMatchObject({ read: 1, indexed: 0, reused: PAGES });
    // The size is recorded: the next build does not read it.
    expect(await build([])).toMatchObject({ read: 0, indexed: 0 });
  });

  test('merges one part in URL order like any other, so a small site gives the same files', async () => {
    [1, 2, 3].forEach((n) => writePage(n));
    await build([1, 2, 3]);
    writePage(4);
    expect(await build([4])).toMatchObject({ indexed: 1, reused: 3 });
    const incremental = path.join(dir, 'incremental');
    cpSync(path.join(site, 'pagefind'), incremental, { recursive: true });
    // A first build of the same four pages in URL order: one part, as Pagefind wrote it.
    await build([1, 2, 3, 4], { cache: path.join(dir, 'another-cache') });
    expectSameFiles(path.join(site, 'pagefind'), incremental);
  });

  test('builds one after another each index only what changed, from the index before', async () => {
    await firstBuild();
    let n = PAGES;
    for (let round = 1; round <= 4; round++) {
      // A new page, an edited one and, from the second round on, one removed.
      writePage(++n);
      writePage(round, `bài số ${round}, sửa lần ${round}`);
      if (round > 1) rmSync(path.dirname(pageFile(PAGES + round - 1)), { recursive: true });
      const pages = PAGES + (round > 1 ? 1 : round);
      expect(await build([n, round])).toMatchObject({ pages, read: 2, indexed: 2 });
      expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
      expect(readCache(cacheDir)?.pages).toHaveLength(pages);
    }
  });

  test.each([
    ['a corrupt manifest', (file: string) => writeFileSync(file, '{"version": 1, "parts": [')],
    [
      'a manifest of another format',
      (file: string) => {
        const manifest = JSON.parse(readFileSync(file, 'utf8'));
        writeFileSync(file, JSON.stringify({ ...manifest, version: manifest.version + 1 }));
      },
    ],
    [
      'the merged index gone',
      (file: string) => rmSync(path.join(path.dirname(file), 'merged'), { recursive: true }),
    ],
    ['no manifest', (file: string) => rmSync(file)],
  ])('indexes every page again after %s, and writes a new cache', async (_, spoil) => {
    await firstBuild();
    spoil(path.join(cacheDir, 'manifest.json'));
    expect(readCache(cacheDir)).toBeUndefined();
    const next = await build([], { expected: PAGES });
    expect(next).toMatchObject({ pages: PAGES, read: PAGES, indexed: PAGES, reused: 0 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
    expect(readCache(cacheDir)?.pages).toHaveLength(PAGES);
  });

  test('leaves the cache as it was when the build fails', async () => {
    await firstBuild();
    const manifest = readFileSync(path.join(cacheDir, 'manifest.json'));
    writePage(5, 'một thay đổi');
    await expect(build([5], { expected: PAGES + 1 })).rejects.toThrow(
      `holds ${PAGES} pages, fewer than the ${PAGES + 1} published`,
    );
    expect(readFileSync(path.join(cacheDir, 'manifest.json')).equals(manifest)).toBe(true);
    expect(existsSync(`${cacheDir}.next`)).toBe(false);
    // Page 5 is indexed again next time, as it was not committed.
    expect(await build([5], { expected: PAGES })).toMatchObject({ indexed: 1, reused: PAGES - 1 });
    expectSameFiles(path.join(site, 'pagefind'), await indexEverything());
  });
});

describe('moveFragment', () => {
  /** A fragment file of `url`, named by its hash cut to `digits`, as Pagefind names it. */
  function fragment(folder: string, url: string, digits: number): string {
    mkdirSync(folder, { recursive: true });
    const json = Buffer.from(JSON.stringify({ url, content: `Trang ${url}` }));
    const name = `vi_${pagefindHash(json).slice(0, digits)}`;
    writeFileSync(
      path.join(folder, `${name}.pf_fragment`),
      gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), json])),
    );
    return name;
  }

  test('shortens a name lengthened within a part when the merged index has no clash', () => {
    const part = path.join(dir, 'part');
    const merged = path.join(dir, 'merged');
    mkdirSync(merged, { recursive: true });
    const long = fragment(part, '/bai-viet/mot/', 8);
    expect(moveFragment(path.join(part), merged, long, 'vi')).toBe(long.slice(0, -1));
    expect(readdirSync(merged)).toEqual([`${long.slice(0, -1)}.pf_fragment`]);
  });
});
