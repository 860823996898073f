/**
 * A build is a function of its content, its code and BUILD_NOW: the same folder built again gives
 * the same files, byte for byte. Astro writes pages several at a time and Pagefind numbers pages
 * as they reach it, so this is not a given; rebuilding only what changed depends on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BUILD_NOW, SITES } from './sites.ts';

/** Every file under `dir`, by its path relative to `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const work = mkdtempSync(path.join(tmpdir(), 'archive-again-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the same content builds into the same files, byte for byte', { timeout: 300_000 }, () => {
  const again = path.join(work, 'dist');
  // Fresh: an incremental build would take every page from the first one (incremental.test.ts).
  const result = spawnSync(process.execPath, [path.resolve('scripts/build.ts'), '--fresh'], {
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      CONTENT_DIR: SITES.other.content,
      OUT_DIR: again,
      BUILD_NOW,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const first = files(SITES.other.outDir);
  expect(first.length).toBeGreaterThan(50);
  expect(files(again)).toEqual(first);
  const differing = first.filter(
    (file) =>
      !readFileSync(path.join(again, file)).equals(
        readFileSync(path.join(SITES.other.outDir, file)),
      ),
  );
  expect(differing).toEqual([]);
});
