import { describe, expect, test } from 'vitest';
import {
  pageFingerprint,
  pageTokens,
  readPageManifest,
  writePageManifest,
  type PageCells,
  type PageRecord,
} from '#src/lib/shared/pageReuse.ts';

/** Cells whose values are given: a changed value changes the combined value. */
const cellsWith = (values: Record<string, string>): PageCells => ({
  valueOf: (cells) => [...cells].map((cell) => `${cell}=${values[cell] ?? 'absent'}`).join(';'),
});

const before = cellsWith({ 'article:a': '1', 'district:na-ri': 'Na Rì' });
const record = (key: string, reads: string[], token = 'T1'): PageRecord => ({
  token,
  fingerprint: pageFingerprint(key, reads, before),
  reads,
});

describe('pageTokens', () => {
  const previous = new Map([['/bai-viet/a/', record('k', ['article:a', 'district:na-ri'])]]);

  test('a page whose props and read cells are unchanged keeps its token', () => {
    const tokens = pageTokens(previous, before);
    expect(tokens('/bai-viet/a/', 'k')).toEqual({ token: 'T1', reused: true });
  });

  test('a changed cell, changed props or a new page gets a token never given before', () => {
    const renamed = cellsWith({ 'article:a': '1', 'district:na-ri': 'Na Rì mới' });
    const changed = pageTokens(previous, renamed)('/bai-viet/a/', 'k');
    expect(changed.reused).toBe(false);
    expect(changed.token).not.toBe('T1');
    expect(pageTokens(previous, before)('/bai-viet/a/', 'other props').reused).toBe(false);
    expect(pageTokens(previous, before)('/bai-viet/b/', 'k').reused).toBe(false);
  });

  test('two builds never give the same new token', () => {
    const first = pageTokens(new Map(), before)('/x/', 'k').token;
    const second = pageTokens(new Map(), before)('/x/', 'k').token;
    expect(first).not.toBe(second);
  });
});

describe('the manifest', () => {
  const pages = new Map([
    ['/b/', record('k2', ['article:a', 'site'], 'T2')],
    ['/a/', record('k1', ['article:a'], 'T1')],
  ]);

  test('reads back what was written, each cell named once', () => {
    const written = writePageManifest('build-1', pages);
    expect(written.cells).toEqual(['article:a', 'site']);
    expect(readPageManifest(JSON.parse(JSON.stringify(written)), 'build-1')).toEqual(
      new Map([...pages].sort()),
    );
  });

  test('from other code or settings, or another format, reuses nothing', () => {
    const written = writePageManifest('build-1', pages);
    expect(readPageManifest(written, 'build-2').size).toBe(0);
    expect(readPageManifest({ ...written, version: 0 }, 'build-1').size).toBe(0);
    expect(readPageManifest(undefined, 'build-1').size).toBe(0);
  });
});
