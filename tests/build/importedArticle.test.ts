/**
 * Legacy articles imported with `npm run import`, then built as a newsroom would: the page
 * shows every character of the source as text, and nothing in it runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { parseLegacyText } from '#scripts/lib/newsroom/legacyImport.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'archive-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    encoding: 'utf8',
  });

describe('an imported legacy article, built', () => {
  const content = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  cpSync(path.join(root, 'tests/fixtures/content-other'), content, { recursive: true });
  const sources = ['doc-hai.txt', 'nguoi-giu-rung-hoi-bai-3.txt'].map((name) =>
    path.join(root, 'tests/fixtures/legacy', name),
  );

  test('imports, and builds once published', () => {
    const imported = run('scripts/import.ts', sources, { CONTENT_DIR: content });
    expect(imported.status, imported.stderr).toBe(0);
    // An editor fills in what the importer could not know and publishes.
    for (const file of readdirSync(path.join(content, 'articles'), {
      recursive: true,
      encoding: 'utf8',
    })) {
      const full = path.join(content, 'articles', file);
      if (!full.endsWith('.mdx')) continue;
      const text = readFileSync(full, 'utf8');
      if (text.includes('draft: true') && !text.includes('Zyxdraftword'))
        writeFileSync(full, text.replace('draft: true', 'draft: false'));
    }
    const built = run('scripts/build.ts', [], {
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      BUILD_NOW: '2026-11-26T12:00:00+07:00',
    });
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
  }, 120_000);

  test.each(['doc-hai.txt', 'nguoi-giu-rung-hoi-bai-3.txt'])(
    'shows every body line of %s exactly, and runs nothing',
    (name) => {
      const legacy = parseLegacyText(
        readFileSync(path.join(root, 'tests/fixtures/legacy', name), 'utf8'),
      );
      const pages = readdirSync(path.join(outDir, 'bai-viet'))
        .map((slug) =>
          parse(readFileSync(path.join(outDir, 'bai-viet', slug, 'index.html'), 'utf8')),
        )
        .filter((page) =>
          page.querySelector('main')?.textContent.includes(legacy.lead!.slice(0, 40)),
        );
      expect(pages).toHaveLength(1);
      const body = pages[0].querySelector('.prose')!;
      const paragraphs = body.querySelectorAll('p').map((p) => p.textContent.normalize('NFC'));
      const expected = legacy.body
        .filter((line) => line.trim() !== '')
        .map((line) => line.trim().normalize('NFC'));
      expect(paragraphs).toEqual(expected);
      expect(body.querySelectorAll('*').filter((element) => element.tagName !== 'P')).toEqual([]);
      for (const element of pages[0].querySelectorAll('*')) {
        expect(
          Object.keys(element.attributes).filter((a) => a.toLowerCase().startsWith('on')),
        ).toEqual([]);
      }
    },
  );
});
