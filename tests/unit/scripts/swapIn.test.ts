/** How a finished build replaces the previous one (scripts/build.ts). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { oldBuilds, swapIn } from '#scripts/build.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(folder: string, text: string) {
  mkdirSync(path.join(folder, 'bai-viet'), { recursive: true });
  writeFileSync(path.join(folder, 'bai-viet', 'index.html'), text);
}

/** Waits until the previous builds beside `outDir` are deleted, for at most ten seconds. */
async function deleted(outDir: string): Promise<string[]> {
  for (let waited = 0; oldBuilds(outDir).length && waited < 10_000; waited += 50) await sleep(50);
  return oldBuilds(outDir);
}

describe('swapIn', () => {
  test('puts the new build in place and deletes the previous one, and any left before', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-swap-'));
    const dist = path.join(dir, 'dist');
    site(dist, 'cũ');
    site(`${dist}.building`, 'mới');
    // A previous build whose deletion was stopped, and a folder that only looks like one.
    site(`${dist}.old-1-2`, 'rất cũ');
    site(path.join(dir, 'other.old-1-2'), 'khác');
    await swapIn(`${dist}.building`, dist);
    expect(readFileSync(path.join(dist, 'bai-viet', 'index.html'), 'utf8')).toBe('mới');
    expect(existsSync(`${dist}.building`)).toBe(false);
    expect(existsSync(`${dist}.previous`)).toBe(false);
    expect(await deleted(dist)).toEqual([]);
    expect(existsSync(path.join(dir, 'other.old-1-2'))).toBe(true);
  });

  test('puts the first build in place', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-swap-'));
    const dist = path.join(dir, 'dist');
    site(`${dist}.building`, 'mới');
    await swapIn(`${dist}.building`, dist);
    expect(readFileSync(path.join(dist, 'bai-viet', 'index.html'), 'utf8')).toBe('mới');
  });

  test('leaves the previous build in place when the new one cannot be moved there', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archive-swap-'));
    const dist = path.join(dir, 'dist');
    site(dist, 'cũ');
    await expect(swapIn(`${dist}.building`, dist)).rejects.toThrow('ENOENT');
    expect(readFileSync(path.join(dist, 'bai-viet', 'index.html'), 'utf8')).toBe('cũ');
    expect(oldBuilds(dist)).toEqual([]);
  });
});
