/** Fragment files of index parts moved into the merged index. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { moveFragment } from '../../scripts/lib/searchIndexParts.ts';

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
