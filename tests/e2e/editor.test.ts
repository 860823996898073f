/**
 * The browser editor, as a journalist meets it: `npm run cms` on a copy of a content folder
 * written elsewhere opens a Vietnamese editor that lists its articles after the login button,
 * loads nothing from another host and logs no error.
 */
import { connect } from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import sharp from 'sharp';
import { splitFrontMatter } from '#src/lib/content/frontMatter.ts';
import { BUILD_NOW } from '../build/sites.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { t } from '#src/i18n/vi.ts';
import { loadContent } from '#src/lib/content/loadContent.ts';
import { fixtureCopies } from '../unit/fixtureCopy.ts';
import { launchBrowser, openPage } from './browser.ts';
import { LOCAL_SERVER } from '#src/lib/cms/adminPage.ts';

const PORT = 4331;
const EDITOR = `http://localhost:${PORT}/admin/`;
const copy = fixtureCopies('editor-');
const TITLE = 'Bài bốn: đồng bãi sau mùa lũ';
const SLUG = 'bai-bon-dong-bai-sau-mua-lu';

/** `npm run cms` as a test runs it: the process and all it has printed so far. */
type Cms = { child: ChildProcess; output: () => string };

/** Starts `npm run cms` on `folder`; resolves once it prints the editor's address. */
function startCms(folder: string): Promise<Cms> {
  const child = spawn(process.execPath, ['scripts/cms.ts'], {
    env: { ...process.env, CONTENT_DIR: folder, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(EDITOR)) resolve({ child, output: () => output });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run cms stopped (${code}):\n${output}`)));
  });
}

/** Stops `npm run cms` and its local server, and waits until their ports are free again. */
async function stopCms(cms: Cms | undefined): Promise<void> {
  if (!cms?.child.pid || cms.child.exitCode !== null) return;
  const exited = once(cms.child, 'exit');
  process.kill(-cms.child.pid);
  await exited;
}

/**
 * Reloads the page. A connection the browser reuses can be closed by the server at that moment
 * (Node closes idle keep-alive connections after 5 s); the browser is asked once more, and a
 * second failure reports what `npm run cms` printed.
 */
async function reload(page: Page, cms: Cms): Promise<void> {
  try {
    await page.reload();
  } catch (error) {
    if (!/ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/.test(String(error))) throw error;
    await page.reload().catch((again: unknown) => {
      throw new Error(`${String(again)}\nnpm run cms printed:\n${cms.output()}`);
    });
  }
}

describe('the browser editor (npm run cms)', () => {
  const folder = copy();
  let cms: Cms;
  let browser: Browser;

  beforeAll(async () => {
    [cms, browser] = await Promise.all([startCms(folder), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopCms(cms);
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

  test('writes part 4 of a series with a cover and a fact box, which checks and builds into the series', async () => {
    // A journalist abroad: the browser's clock is in Paris, the archive's in Vietnam.
    const { page, errors, close } = await openPage(browser, { timeZone: 'Europe/Paris' });
    const photo = path.join(
      mkdtempSync(path.join(tmpdir(), 'editor-photo-')),
      'bai-bon-bai-boi.jpg',
    );
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#4a7a3a' } })
      .jpeg()
      .toFile(photo);
    await page.goto(EDITOR);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(t.editor.collections.articles.label).first().waitFor();
    await page.goto(`${EDITOR}#/collections/articles/new`);
    const field = (label: string) => page.getByLabel(label, { exact: false }).first();
    await field(t.editor.fields.title).fill(TITLE);
    await field(t.editor.fields.description).fill('Một năm sau lũ, bãi bồi Đồng Lau xanh lại.');
    // 20:30 on New Year's Eve in Paris is already 2022 in Vietnam: the article's year.
    await field(t.editor.fields.pubDate).fill('2021-12-31T20:30');
    await pick(page, t.editor.fields.series, 'Mùa nước');
    await field(t.editor.fields.part).fill('4');
    await pick(page, t.editor.fields.districts, 'Đồng Lau');
    await pick(page, t.editor.fields.districts, 'Ia Răng');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await field(t.editor.fields['cover.alt']).fill('Bãi bồi xanh lúa sau mùa lũ');
    // The body: typed, then a fact box and a person's card from the toolbar, at the cursor.
    const body = page.getByLabel(t.editor.fields.body, { exact: false }).first();
    // The journalists' guide is a link away, beside the body's tools.
    const guide = page.getByRole('link', { name: t.editor.guide });
    expect(await guide.getAttribute('href')).toBe('/admin/huong-dan.html');
    const guidePage = await (await fetch(`${EDITOR}huong-dan.html`)).text();
    expect(guidePage).toContain('<h1>Hướng dẫn biên tập kho lưu trữ</h1>');
    await body.fill('Mở đầu bài.');
    await page.getByRole('button', { name: t.editor.components.FactBox }).click();
    await page.getByLabel(t.editor.pickPerson).selectOption('do-thi-duyen');
    // The preview draws the body with the site's code and stylesheet: the card links the person.
    const preview = page.frameLocator('iframe').first();
    await preview.locator('a[href="/nhan-vat/do-thi-duyen/"]').first().waitFor();
    expect(await preview.locator('.prose').textContent()).toContain('Tiêu đề');
    const headline = preview.locator('h1').first();
    expect(await headline.textContent()).toBe(TITLE);
    expect(await headline.evaluate((h1) => getComputedStyle(h1).fontFamily)).toContain(
      'Noto Serif',
    );
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();
    await page
      .getByText('Đã lưu')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);

    // The archive's slug rule (đ -> d) and the year of pubDate in Vietnam, not Decap's own.
    const written = await waitForFile(folder, `${SLUG}.mdx`);
    expect(path.relative(folder, written)).toBe(`articles/2022/${SLUG}.mdx`);
    const { yaml: frontMatter, body: source } = splitFrontMatter(readFileSync(written, 'utf8'));
    const data = parse(frontMatter!);
    expect(data).toMatchObject({
      title: TITLE,
      description: 'Một năm sau lũ, bãi bồi Đồng Lau xanh lại.',
      pubDate: '2022-01-01T02:30:00+07:00',
      series: 'mua-nuoc-noi',
      part: 4,
      districts: ['dong-lau', 'ia-rang'],
      cover: { alt: 'Bãi bồi xanh lúa sau mùa lũ' },
    });
    // Nothing nobody filled: no empty author, date or caption for the checker to refuse.
    expect(Object.keys(data)).not.toContain('updatedDate');
    expect(Object.keys(data.cover).sort()).toEqual(['alt', 'src']);
    expect(existsSync(path.resolve(path.dirname(written), data.cover.src))).toBe(true);
    expect(source).toBe(
      'Mở đầu bài.\n\n<FactBox title="Tiêu đề">\n…\n</FactBox>\n\n<PersonCard id="do-thi-duyen" />\n',
    );
    expect(errors).toEqual([]);
    await close();

    const env = { ...process.env, CONTENT_DIR: folder, BUILD_NOW };
    const check = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const outDir = mkdtempSync(path.join(tmpdir(), 'editor-build-'));
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...env, OUT_DIR: outDir },
      encoding: 'utf8',
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const series = parseHtml(
      readFileSync(path.join(outDir, 'chuyen-de/mua-nuoc-noi/index.html'), 'utf8'),
    );
    expect(series.text).toContain(TITLE);
    const article = parseHtml(
      readFileSync(path.join(outDir, `bai-viet/${SLUG}/index.html`), 'utf8'),
    );
    expect(article.querySelector('article picture img')!.getAttribute('alt')).toBe(
      'Bãi bồi xanh lúa sau mùa lũ',
    );
    rmSync(outDir, { recursive: true, force: true });
    rmSync(path.dirname(photo), { recursive: true, force: true });
  }, 240_000);

  test('will not publish what the build would refuse, and says why in Vietnamese', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(EDITOR);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(t.editor.collections.articles.label).first().waitFor();
    await page.goto(`${EDITOR}#/collections/articles/new`);
    const field = (label: string) => page.getByLabel(label, { exact: false }).first();
    await field(t.editor.fields.title).fill('Bài ba viết lại');
    await field(t.editor.fields.description).fill('Sa-pô.');
    await field(t.editor.fields.pubDate).fill('2021-07-01T08:00');
    await pick(page, t.editor.fields.series, 'Mùa nước');
    await field(t.editor.fields.part).fill('3');
    await page
      .getByLabel(t.editor.fields.body, { exact: false })
      .first()
      .fill('<Video src="a.mp4" />\n');
    // The preview lists what is wrong while the journalist writes.
    const alert = page.frameLocator('iframe').first().getByRole('alert');
    await alert.getByText(t.editor.problemsTitle).waitFor();
    expect(await alert.textContent()).toContain('không có thành phần <Video>');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();
    const refusal = page.getByText(/trùng số với articles\/2021\/mua-nuoc-noi-bai-3\.mdx/).first();
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('không có thành phần <Video>');
    expect(existsSync(path.join(folder, 'articles/2021/bai-ba-viet-lai.mdx'))).toBe(false);
    await close();
  });
});

describe('opening and saving every sample article in the editor', () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'editor-sample-'));
  const folder = path.join(workspace, 'content');
  let cms: Cms;
  let browser: Browser;

  beforeAll(async () => {
    cpSync('content', folder, { recursive: true });
    [cms, browser] = await Promise.all([startCms(folder), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopCms(cms);
    rmSync(workspace, { recursive: true, force: true });
  });

  test('changes no byte of any article, body or front matter, and no other file', async () => {
    const before = snapshot(folder);
    const articles = [...before.keys()].filter((file) => /^articles\/.*\.mdx$/.test(file));
    expect(articles.length).toBeGreaterThan(10);
    const { page, errors, close } = await openPage(browser, { timeZone: 'America/New_York' });
    await page.goto(EDITOR);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(t.editor.collections.articles.label).first().waitFor();
    for (const file of articles) {
      const entry = file.replace(/^articles\//, '').replace(/\.mdx$/, '');
      // A full load for each article: a change of hash alone leaves the last one's form up a while.
      await page.goto(`${EDITOR}#/collections/articles/entries/${entry}`);
      await reload(page, cms);
      const body = page.getByLabel(t.editor.fields.body, { exact: false }).first();
      await body.waitFor();
      // Decap saves only an entry that differs from the file: a letter added and saved, then
      // taken away and saved again, which must give back the file as it was.
      await body.press('Control+Home');
      await body.pressSequentially('x');
      await publish(page, file);
      await reload(page, cms);
      await body.waitFor();
      expect(await body.inputValue(), file).toMatch(/^x/);
      await body.press('Control+Home');
      await body.press('Delete');
      await publish(page, file);
    }
    expect(errors).toEqual([]);
    await close();
    const after = snapshot(folder);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) {
      // Text compared as text, for a readable difference; the rest byte for byte.
      if (file.endsWith('.mdx')) expect(after.get(file)!.toString(), file).toBe(bytes.toString());
      else expect(after.get(file)!.equals(bytes), file).toBe(true);
    }
  }, 300_000);
});

/** Publishes the open entry ("Công bố ngay") and waits for the local server to write it. */
async function publish(page: Page, file: string): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().startsWith(LOCAL_SERVER) &&
      response.request().postData()?.includes('"persistEntry"') === true,
  );
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByText('Công bố ngay').click();
  expect((await saved).ok(), file).toBe(true);
}

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file).split(path.sep).join('/'), readFileSync(file)];
      }),
  );
}

/** Picks an entry in a relation field by typing part of its name. */
async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: false }).first();
  await input.fill(text);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
}

/** The path of the file named `name` somewhere under the folder's articles, once it is written. */
async function waitForFile(folder: string, name: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = readdirSync(path.join(folder, 'articles'), { recursive: true })
      .map(String)
      .find((file) => path.basename(file) === name);
    if (found) return path.join(folder, 'articles', found);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the editor wrote no ${name}`);
}

describe('npm run cms stopped abruptly', () => {
  const folder = copy();

  test("takes Decap's local server with it, so that the next one can start", async () => {
    const cms = await startCms(folder);
    const port = Number(new URL(LOCAL_SERVER).port);
    const listening = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1')
          .once('connect', () => (socket.destroy(), resolve(true)))
          .once('error', () => resolve(false));
      });
    expect(await listening()).toBe(true);
    // Only the process of npm run cms, as a crash or the out-of-memory killer would stop it.
    process.kill(cms.child.pid!, 'SIGKILL');
    for (let waited = 0; (await listening()) && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await listening()).toBe(false);
  }, 120_000);
});
