/** The search index of a build, fed page by page as `npm run build` feeds it. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildSearchIndex, startSearchIndex } from '#scripts/lib/search/searchIndex.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a page of the build; `searchable` marks its text for the index. */
function page(sitePath: string, text: string, searchable: boolean): string {
  const file = path.join(dir, sitePath, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  const body = searchable ? `<article data-pagefind-body><h1>${text}</h1></article>` : text;
  writeFileSync(file, `<!doctype html><html lang="vi"><body>${body}</body></html>`);
  return file;
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('startSearchIndex', () => {
  test('writes the index as soon as it holds every expected page, before the build ends', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const index = await startSearchIndex(dir, 2);
    index.add(page('bai-viet/mot', 'Chợ Đồn', true));
    index.add(page('chu-de/hai', 'danh sách', false));
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
    index.add(page('bai-viet/ba', 'Na Rì', true));
    await until(() => existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json')));
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    page('rss', 'not searchable, written later', false);
    expect(await index.finish()).toBe(2);
  });

  test('adds at the end the pages it was not told of', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const index = await startSearchIndex(dir, 2);
    index.add(page('bai-viet/mot', 'Chợ Đồn', true));
    page('bai-viet/ba', 'Na Rì', true);
    expect(await index.finish()).toBe(2);
  });

  test('refuses a searchable page beyond the expected count, and too few', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const early = await startSearchIndex(dir, 1);
    early.add(page('bai-viet/mot', 'Chợ Đồn', true));
    await until(() => existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json')));
    early.add(page('bai-viet/ba', 'Na Rì', true));
    await expect(early.finish()).rejects.toThrow('a searchable page beyond the 1 expected');

    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const short = await startSearchIndex(dir, 3);
    short.add(page('bai-viet/mot', 'Chợ Đồn', true));
    await expect(short.finish()).rejects.toThrow('holds 1 pages, fewer than the 3 published');
  });

  test('says how many pages the index holds when Pagefind leaves one out', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const index = await startSearchIndex(dir, 0, { prepare: (html) => html });
    index.add(page('bai-viet/mot', 'Chợ Đồn', true));
    // No data-pagefind-body here while the other page has one: Pagefind skips it.
    index.add(page('chu-de/hai', 'danh sách', false));
    expect(await index.finish()).toBe(1);
  });

  test("keeps a definition list's term and description apart, in the index and its excerpts", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-index-'));
    const file = path.join(dir, 'mo-hinh', 'to', 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      '<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>Tổ</h1>' +
        '<dl><div><dt>Địa bàn</dt><dd><a href="/dia-phuong/cho-don/">Chợ Đồn</a></dd></div></dl>' +
        '</article></body></html>',
    );
    expect(await buildSearchIndex(dir, 1)).toBe(1);
    const fragments = path.join(dir, 'pagefind', 'fragment');
    const [name] = readdirSync(fragments);
    const json = gunzipSync(readFileSync(path.join(fragments, name!)))
      .subarray(12)
      .toString();
    expect(JSON.parse(json).content).toContain('Địa bàn Chợ Đồn');
  });
});
