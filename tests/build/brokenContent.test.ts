/** Every broken content folder stops `check` and `build` with exactly the messages it expects. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const BROKEN = path.join(root, 'tests/fixtures/broken');
/** What the code in the broken bodies (mdx-import, mdx-export, mdx-expression...) would write. */
const PAYLOAD_MARKER = 'payload-ran';
const cases = readdirSync(BROKEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const workspace = mkdtempSync(path.join(tmpdir(), 'archive-broken-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/**
 * Runs a script of scripts/ on one case folder from the repository root, as `npm run` does, in
 * a locale that asks for no English (as on CI) unless `env` or `args` say otherwise.
 */
function run(script: string, name: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      CONTENT_DIR: path.join(BROKEN, name),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stderr.split('\n').filter((line) => line !== '') };
}

/** The lines of `<case>.expected`, which sits next to the case folder. */
function expected(name: string): string[] {
  return readFileSync(path.join(BROKEN, `${name}.expected`), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

describe('broken content', () => {
  test('has a case folder with its expected messages for each mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const expectations = readdirSync(BROKEN).filter((file) => file.endsWith('.expected'));
    expect(expectations.map((file) => file.replace(/\.expected$/, '')).sort()).toEqual(cases);
  });

  test.each(cases)('check stops %s with the expected messages', (name) => {
    const { status, lines } = run('check.ts', name);
    expect(lines).toEqual(expected(name));
    expect(status).toBe(1);
  });

  test.each(cases)('build refuses %s before writing anything', (name) => {
    const outDir = path.join(workspace, name);
    const { status, lines } = run('build.ts', name, { OUT_DIR: outDir });
    expect(lines).toEqual([
      ...expected(name),
      'Đã dừng dựng trang, chưa ghi gì: hãy sửa các lỗi nêu trên.',
    ]);
    expect(status).toBe(1);
    expect(existsSync(outDir)).toBe(false);
    // The bodies of the mdx-* cases would create this file in the working folder if they ran.
    expect(existsSync(path.join(root, PAYLOAD_MARKER))).toBe(false);
  });
});

describe('broken content, for developers', () => {
  const UNKNOWN_SERIES =
    'tests/fixtures/broken/unknown-series/articles/2024/nguoi-hien-dat.mdx:6  series  unknown series "hoc-va-lam-theo-bak" (did you mean "hoc-va-lam-theo-bac"?)';

  test('check speaks English with LANG=en_US.UTF-8, and with --lang en', () => {
    expect(run('check.ts', 'unknown-series', { LANG: 'en_US.UTF-8' }).lines).toEqual([
      UNKNOWN_SERIES,
    ]);
    expect(run('check.ts', 'unknown-series', {}, ['--lang', 'en']).lines).toEqual([UNKNOWN_SERIES]);
  });

  test('build speaks English with --lang=en, the checker included', () => {
    const outDir = path.join(workspace, 'english');
    const { status, lines } = run('build.ts', 'impossible-month', { OUT_DIR: outDir }, [
      '--lang=en',
    ]);
    expect(lines).toEqual([
      'tests/fixtures/broken/impossible-month/articles/2024/nguoi-hien-dat.mdx:4  pubDate  "2024-13-02" has no month 13 (write a date and time that exist, e.g. 2024-04-10 or 2024-04-10T07:00:00+07:00)',
      'Build stopped before writing anything: fix the errors above.',
    ]);
    expect(status).toBe(1);
  });
});
