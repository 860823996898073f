/** Fragment files of index parts moved into the merged index. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { measureParts, moveFragment } from '#scripts/lib/search/searchIndexParts.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a fragment file as Pagefind does (header, then gzip). */
function fragment(folder: string, name: string, url: string) {
  mkdirSync(folder, { recursive: true });
  const json = JSON.stringify({ url, content: `Trang ${url}` });
  writeFileSync(path.join(folder, `${name}.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
}

const urlOf = (file: string) =>
  JSON.parse(gunzipSync(readFileSync(file)).subarray(12).toString()).url;

describe('moveFragment', () => {
  test('moves a fragment under its own name, and shares the file of an identical page', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-fragments-'));
    const merged = path.join(dir, 'merged');
    fragment(path.join(dir, '0'), 'vi_1234567', '/bai-viet/mot/');
    fragment(path.join(dir, '1'), 'vi_1234567', '/bai-viet/mot/');
    mkdirSync(merged);
    expect(moveFragment(path.join(dir, '0'), merged, 'vi_1234567', 'vi')).toBe('vi_1234567');
    expect(moveFragment(path.join(dir, '1'), merged, 'vi_1234567', 'vi')).toBe('vi_1234567');
    expect(urlOf(path.join(merged, 'vi_1234567.pf_fragment'))).toBe('/bai-viet/mot/');
  });

  test('gives a different page with the same short name a longer name of its own', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-fragments-'));
    const merged = path.join(dir, 'merged');
    fragment(path.join(dir, '0'), 'vi_1234567', '/bai-viet/mot/');
    fragment(path.join(dir, '1'), 'vi_1234567', '/bai-viet/hai/');
    mkdirSync(merged);
    moveFragment(path.join(dir, '0'), merged, 'vi_1234567', 'vi');
    const renamed = moveFragment(path.join(dir, '1'), merged, 'vi_1234567', 'vi');
    expect(renamed).toMatch(/^vi_[0-9a-f]{8}$/);
    expect(urlOf(path.join(merged, 'vi_1234567.pf_fragment'))).toBe('/bai-viet/mot/');
    expect(urlOf(path.join(merged, `${renamed}.pf_fragment`))).toBe('/bai-viet/hai/');
    expect(existsSync(path.join(dir, '1', `vi_1234567.pf_fragment`))).toBe(false);
  });
});

describe('measureParts', () => {
  test("reads each part's largest word chunk and all metadata and filters, uncompressed", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-parts-'));
    const file = (name: string, bytes: number) => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), gzipSync(Buffer.alloc(bytes, 'x')));
    };
    file('0/pagefind.vi_1.pf_meta', 500);
    file('0/index/vi_a.pf_index', 3_000);
    file('0/index/vi_b.pf_index', 70_000);
    file('0/filter/vi_c.pf_filter', 200);
    file('1/pagefind.vi_2.pf_meta', 400);
    file('1/index/vi_d.pf_index', 9_000);
    const parts = ['0', '1'].map((name) => ({ dir: path.join(dir, name), sortValues: new Map() }));
    expect(measureParts(parts)).toEqual({ largestChunkBytes: [70_000, 9_000], metaBytes: 1_100 });
  });
});
