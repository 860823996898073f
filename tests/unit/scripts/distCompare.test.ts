import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareSites, firstDifference } from '#scripts/lib/distCompare.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dist-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** A new folder holding `files` (relative path -> content). */
function site(files: Record<string, string | Buffer>): string {
  const dir = path.join(work, `site-${count++}`);
  mkdirSync(dir);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

/** A copy of `dir` to change. */
function copy(dir: string): string {
  const to = path.join(work, `site-${count++}`);
  cpSync(dir, to, { recursive: true });
  return to;
}

const page = (title: string) =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head><title>${title}</title></head>\n<body><h1>${title}</h1></body>\n</html>\n`;

const SITE = {
  'index.html': page('Trang chủ'),
  'bai-viet/mot/index.html': page('Bài một'),
  'bai-viet/hai/index.html': page('Bài hai'),
  '_astro/anh.webp': Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 0, 1, 2, 3]),
  'rss.xml': '<?xml version="1.0"?><rss></rss>',
};
const names = ['A', 'B'] as const;

describe('compareSites', () => {
  test('finds nothing between two identical trees, nor between a tree and itself', () => {
    const a = site(SITE);
    expect(compareSites(a, copy(a))).toEqual([]);
    expect(compareSites(a, a)).toEqual([]);
    expect(compareSites(site({}), site({}))).toEqual([]);
  });

  test('names a file missing on either side', () => {
    const a = site(SITE);
    const b = copy(a);
    rmSync(path.join(b, 'rss.xml'));
    writeFileSync(path.join(b, 'sitemap.xml'), '<urlset/>');
    expect(compareSites(a, b, { names })).toEqual(['rss.xml: only in A', 'sitemap.xml: only in B']);
  });

  test('names each file of a folder that one side lacks, and an empty folder itself', () => {
    const a = site(SITE);
    const b = copy(a);
    rmSync(path.join(b, 'bai-viet'), { recursive: true });
    mkdirSync(path.join(b, 'trong'));
    expect(compareSites(a, b, { names })).toEqual([
      'bai-viet/hai/index.html: only in A',
      'bai-viet/mot/index.html: only in A',
      'trong: only in B',
    ]);
  });

  test('finds one changed byte in a file of the same size, with its line, column and text', () => {
    const a = site(SITE);
    const b = copy(a);
    writeFileSync(path.join(b, 'bai-viet/hai/index.html'), page('Bài hay'));
    const [difference, ...others] = compareSites(a, b, { names });
    expect(others).toEqual([]);
    // They first differ after `<head><title>Bài ha` on line 3: column 20, at a byte offset one
    // more than the characters before it (à is 2 bytes).
    const text = page('Bài hai');
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('Bài hai') + 'Bài ha'.length));
    expect(difference).toContain('bai-viet/hai/index.html: differs at line 3, column 20');
    expect(difference).toContain(`(byte ${offset})`);
    expect(difference).toContain('A: "<head><title>Bài hai</title></head>"');
    expect(difference).toContain('B: "<head><title>Bài hay</title></head>"');
    expect(difference).not.toContain('bytes in');
  });

  test('says the sizes when a file is longer on one side', () => {
    const a = site({ 'a.txt': 'one\ntwo\n' });
    const b = site({ 'a.txt': 'one\ntwo\nthree\n' });
    expect(compareSites(a, b, { names })).toEqual([
      'a.txt: differs at line 3, column 1 (byte 8); 8 bytes in A, 14 in B\n  A: ""\n  B: "three"',
    ]);
  });

  test('gives a byte offset, not text, for binary files', () => {
    const a = site(SITE);
    const b = copy(a);
    writeFileSync(
      path.join(b, '_astro/anh.webp'),
      Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 0, 1, 9, 3]),
    );
    expect(compareSites(a, b, { names })).toEqual(['_astro/anh.webp: bytes differ from byte 7']);
  });

  test('cuts a long line around the difference, at character boundaries', () => {
    const line = 'ệ'.repeat(100);
    const a = site({ 'p.html': `${line}x${line}` });
    const b = site({ 'p.html': `${line}y${line}` });
    const [difference] = compareSites(a, b, { names });
    expect(difference).toContain('column 101 (byte 300)');
    // Each ệ is 3 bytes: 40 bytes either side, widened to whole characters; columns count characters.
    expect(difference).toContain(`A: …"${'ệ'.repeat(14)}x${'ệ'.repeat(13)}"…`);
    expect(difference).toContain(`B: …"${'ệ'.repeat(14)}y${'ệ'.repeat(13)}"…`);
  });

  test('compares symbolic links by their target, and tells a file from a folder', () => {
    const a = site({ 'x/index.html': 'x', 'y/index.html': 'y' });
    const b = site({ x: 'x', 'y/index.html': 'y' });
    symlinkSync('x/index.html', path.join(a, 'link.html'));
    symlinkSync('y/index.html', path.join(b, 'link.html'));
    expect(compareSites(a, b, { names })).toEqual([
      'link.html: links to x/index.html in A, to y/index.html in B',
      'x: a folder in A, a file in B',
      'x/index.html: only in A',
    ]);
  });

  test('leaves out what `ignore` names, and stops at `limit`', () => {
    const a = site(SITE);
    const b = site({ 'index.html': 'other' });
    const ignore = (file: string) => file === 'bai-viet' || file.startsWith('_astro/');
    expect(compareSites(a, b, { names, ignore })).toEqual([
      expect.stringMatching(/^index\.html: differs at line 1, column 1 \(byte 0\)/),
      'rss.xml: only in A',
    ]);
    const limited = compareSites(a, b, { names, limit: 1 });
    expect(limited).toHaveLength(2);
    expect(limited[1]).toMatch(/^\(stopped after 1 differences, \d+ paths unread\)$/);
  });
});

describe('firstDifference', () => {
  test('finds the first differing byte in long buffers, or the shorter length', () => {
    const a = Buffer.alloc(100_000, 7);
    for (const at of [0, 1, 63, 64, 65, 50_000, 99_999]) {
      const b = Buffer.from(a);
      b[at] = 8;
      expect(firstDifference(a, b)).toBe(at);
    }
    expect(firstDifference(a, a.subarray(0, 10))).toBe(10);
    expect(firstDifference(a, Buffer.from(a))).toBe(100_000);
  });
});
