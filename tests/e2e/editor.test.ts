/**
 * The browser editor, as a journalist meets it: `npm run cms` on a copy of a content folder
 * written elsewhere opens a Vietnamese editor that lists its articles after the login button,
 * loads nothing from another host and logs no error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { t } from '../../src/i18n/vi.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import { fixtureCopies } from '../unit/fixtureCopy.ts';
import { launchBrowser, openPage } from './browser.ts';

const PORT = 4331;
const EDITOR = `http://localhost:${PORT}/admin/`;
const copy = fixtureCopies('editor-');

/** Starts `npm run cms` on `folder`; resolves once it prints the editor's address. */
function startCms(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/cms.ts'], {
    env: { ...process.env, CONTENT_DIR: folder, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(EDITOR)) resolve(child);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run cms stopped (${code}):\n${output}`)));
  });
}

describe('the browser editor (npm run cms)', () => {
  const folder = copy();
  let cms: ChildProcess;
  let browser: Browser;

  beforeAll(async () => {
    [cms, browser] = await Promise.all([startCms(folder), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (cms?.pid) process.kill(-cms.pid);
  });

  test('lists every article of the folder after the login button, in Vietnamese, all from this machine', async () => {
    const { page, errors, close } = await openPage(browser);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname))
        elsewhere.push(request.url());
    });
    await page.goto(EDITOR);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const { content } = loadContent(folder);
    const titles = content!.articles.map((article) => article.data.title);
    expect(titles.length).toBeGreaterThan(5);
    await page.getByText(titles[0], { exact: false }).first().waitFor();
    // One file of the folder is written decomposed (NFD): the editor shows it as it is.
    const listed = (await page.locator('body').innerText()).normalize('NFC');
    for (const title of titles) expect(listed).toContain(title);
    for (const label of Object.values(t.editor.collections).map((c) => c.label))
      await page.getByRole('link', { name: label, exact: true }).first().waitFor();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await close();
  });

  test('serves a configuration with every kind, the editorial workflow and the local server', async () => {
    const response = await fetch(`${EDITOR}config.yml`);
    const config = parse(await response.text());
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(true);
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual(
      Object.keys(t.editor.collections),
    );
    const page = await (await fetch(EDITOR)).text();
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toMatch(/src="https?:/);
  });
});
