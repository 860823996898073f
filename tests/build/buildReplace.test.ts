/**
 * `npm run build` replaces dist/ only with a whole new build: a build that fails, before Astro
 * or after it has written every page, leaves the previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toolMessages } from '#src/i18n/vi.ts';
import { leftBeside } from './dist.ts';
import { BUILD_NOW } from './sites.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'archive-replace-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outDir = path.join(work, 'dist');
const GOOD = path.join(root, 'tests/fixtures/content-other');
const BROKEN = path.join(root, 'tests/fixtures/broken/district-bad-kind');

/**
 * Preloaded into every Node process of a build: makes the Astro process (scripts/lib/astroBuild.ts)
 * exit with an error once it has written every page, as a page that fails to render would.
 */
const failAstro = path.join(work, 'failAstro.mjs');
writeFileSync(
  failAstro,
  `if (process.argv[1]?.endsWith('astroBuild.ts'))
  process.on('exit', (code) => { if (code === 0) process.exitCode = 1; });\n`,
);

/** Runs `npm run build` on `content` into `outDir`. */
function build(content: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      BUILD_NOW,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of a folder with a hash of its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return Object.fromEntries(
    files.map((e) => {
      const file = path.join(e.parentPath, e.name);
      const hash = createHash('sha1').update(readFileSync(file)).digest('hex');
      return [path.relative(dir, file), hash];
    }),
  );
}

/** What a build leaves beside dist/ besides dist/ itself: nothing, when it has finished. */
const leftovers = () => leftBeside(work, 'dist.');

describe('a build that fails', () => {
  let before: Record<string, string> = {};

  test('replaces a previous build once it is whole', { timeout: 180_000 }, async () => {
    const first = build(GOOD);
    expect(first.status, first.output).toBe(0);
    // A file only the first build has: the second build must not keep it.
    writeFileSync(path.join(outDir, 'stale.txt'), 'from the first build');
    const second = build(GOOD);
    expect(second.status, second.output).toBe(0);
    expect(existsSync(path.join(outDir, 'stale.txt'))).toBe(false);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(await leftovers()).toEqual([]);
    before = snapshot(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(20);
  });

  test(
    'on a content error, leaves the previous build as it was',
    { timeout: 120_000 },
    async () => {
      const { status, output } = build(BROKEN);
      expect(status, output).toBe(1);
      expect(existsSync(outDir), 'the previous dist/ is gone').toBe(true);
      expect(snapshot(outDir)).toEqual(before);
      expect(await leftovers()).toEqual([]);
    },
  );

  test('when Astro fails, leaves the previous build as it was', { timeout: 180_000 }, async () => {
    const { status, output } = build(GOOD, {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${failAstro}`.trim(),
    });
    expect(status, output).toBe(1);
    expect(output).toContain(`${toolMessages.report.buildFailed}astro build exited with 1`);
    expect(existsSync(outDir), 'the previous dist/ is gone').toBe(true);
    expect(snapshot(outDir)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });
});
