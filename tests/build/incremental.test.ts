/**
 * `npm run build` re-renders only the pages whose data changed and restores the others from the
 * previous build. Whatever the edit, the result must be the site a fresh build makes of the same
 * content, byte for byte; and a build killed half-way must leave the previous site as it was and
 * spoil nothing for the next one.
 *
 * A copy of the fixture content is edited the way journalists do (MDX front matter, bodies,
 * YAML), built incrementally after each edit, and compared with a `--fresh` build of the same
 * content. The fresh build reads another copy at another path: the build keeps its cache per
 * content folder, and a fresh build of the same folder would replace the incremental one's.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { compareSites } from '#scripts/lib/distCompare.ts';
import { setFrontMatterField } from '#scripts/lib/frontMatterField.ts';
import { contentCacheDir } from '#src/lib/shared/environment.ts';
import { leftBeside } from './dist.ts';
import { BUILD_NOW } from './sites.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(root, 'tests/fixtures/content-other');
const work = mkdtempSync(path.join(tmpdir(), 'archive-incremental-'));
/** The content the journalists edit, built incrementally into outInc. */
const inc = path.join(work, 'content');
/** The same content, copied after each edit and built with --fresh into outFresh. */
const freshContent = path.join(work, 'content-fresh');
const outInc = path.join(work, 'inc');
const outFresh = path.join(work, 'fresh');

/** The build cache of a content folder, as astro.config.mjs keys it: removed with the test's files. */
const cacheOf = (content: string) => contentCacheDir(root, content);
afterAll(() => {
  for (const dir of [work, cacheOf(inc), cacheOf(freshContent)]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Two builds of this fixture: 13-50 s in all on two shared cores, up to 90 s on busier ones. */
const STEP = { timeout: 300_000 };
/** The build's clock: moved on by passTime(). */
let now = BUILD_NOW;

type Build = { code: number | null; output: string };

/**
 * Starts `npm run build` of `content` into `outDir`; `ownGroup` puts it in a process group of its
 * own, for interrupt() to kill (others stay in the test's group, so that Ctrl-C stops them too).
 */
function startBuild(content: string, outDir: string, args: string[], ownGroup = false) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts/build.ts'), '--lang', 'en', ...args],
    {
      cwd: root,
      detached: ownGroup,
      env: {
        ...process.env,
        LANG: 'C.UTF-8',
        CONTENT_DIR: content,
        OUT_DIR: outDir,
        BUILD_NOW: now,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const done = once(child, 'close').then(([code]): Build => ({
    code: code as number | null,
    output,
  }));
  return { child, done };
}

/** The `Pages: <R> rendered, <S> reused.` line of an incremental build. */
type Pages = { rendered: number; reused: number };

/** Builds `inc` into outInc the default way, incrementally. */
async function buildIncremental(): Promise<Pages> {
  const { code, output } = await startBuild(inc, outInc, []).done;
  expect(code, output).toBe(0);
  const line = /^Pages: (\d+) rendered, (\d+) reused\.$/m.exec(output);
  expect(line, `no "Pages:" line in the build's output:\n${output}`).not.toBeNull();
  return { rendered: Number(line![1]), reused: Number(line![2]) };
}

/**
 * Copies `inc` to freshContent and builds it with --fresh into outFresh. Unless this is the first
 * build, the site must differ from the previous fresh one: an edit that changes nothing would
 * prove nothing.
 */
async function buildFresh(): Promise<void> {
  rmSync(freshContent, { recursive: true, force: true });
  cpSync(inc, freshContent, { recursive: true });
  const previous = path.join(work, 'fresh-previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outFresh)) renameSync(outFresh, previous);
  const { code, output } = await startBuild(freshContent, outFresh, ['--fresh']).done;
  expect(code, output).toBe(0);
  if (existsSync(previous)) {
    expect(compareSites(previous, outFresh, { limit: 1 }), 'the edit changed the site').not.toEqual(
      [],
    );
  }
}

/** Builds the content both ways; the two sites must be the same, byte for byte. */
async function buildBoth(): Promise<Pages> {
  const pages = await buildIncremental();
  await buildFresh();
  expect(compareSites(outInc, outFresh, { names: ['incremental', 'fresh'] })).toEqual([]);
  return pages;
}

// The edits, one helper each. Paths are relative to the content folder.

/** Sets front matter fields, each a YAML value as written on its line; every other byte stays. */
function setFields(article: string, fields: Record<string, string>): void {
  const file = path.join(inc, article);
  let text = readFileSync(file, 'utf8');
  for (const [key, value] of Object.entries(fields)) text = setFrontMatterField(text, key, value);
  writeFileSync(file, text);
}

function addArticle(article: string, frontMatter: string, body: string): void {
  mkdirSync(path.dirname(path.join(inc, article)), { recursive: true });
  writeFileSync(path.join(inc, article), `---\n${frontMatter.trim()}\n---\n\n${body.trim()}\n`);
}

function editTitle(article: string, title: string): void {
  setFields(article, { title: JSON.stringify(title) });
}

/** Replaces `from` with `to` in an article's body. */
function editBody(article: string, from: string, to: string): void {
  const file = path.join(inc, article);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  expect(text.indexOf(from, end), `"${from}" in the body of ${article}`).toBeGreaterThan(end);
  writeFileSync(file, text.slice(0, end) + text.slice(end).replace(from, to));
}

function moveSeriesPart(article: string, series: string, part: number): void {
  setFields(article, { series, part: String(part) });
}

function unpublish(article: string): void {
  setFields(article, { draft: 'true' });
}

/** Deletes an article and the pictures only it used. */
function deleteArticle(article: string, pictures: string[]): void {
  for (const file of [article, ...pictures]) rmSync(path.join(inc, file));
}

/** Moves an article's publication to `pubDate`, e.g. after the build's clock. */
function schedule(article: string, pubDate: string): void {
  setFields(article, { pubDate });
}

/** Sets the build's clock for every later build. */
function passTime(to: string): void {
  now = to;
}

function renameDistrict(id: string, name: string): void {
  const file = path.join(inc, 'districts', `${id}.yaml`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  document.set('name', name);
  writeFileSync(file, document.toString());
}

/** Whether a file under `dir` has a name that `match` accepts; false while there is no `dir`. */
function hasFile(dir: string, match: (name: string) => boolean): boolean {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some(match);
  } catch {
    return false;
  }
}

/**
 * Starts an incremental build and kills it with SIGKILL once `ready` says so (polled every few
 * milliseconds), as a power cut or the out-of-memory killer would: the whole process group, so
 * that no process of the build (Astro, the checker, Pagefind) goes on writing afterwards.
 */
async function interrupt(ready: (staging: string) => boolean): Promise<void> {
  const staging = `${outInc}.building`;
  // What a killed build left is the next build's business, but it must not satisfy `ready`.
  rmSync(staging, { recursive: true, force: true });
  const { child, done } = startBuild(inc, outInc, [], true);
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished && !ready(staging)) await sleep(5);
  if (finished)
    throw new Error(`The build ended before it could be killed:\n${(await done).output}`);
  process.kill(-child.pid!, 'SIGKILL');
  await done;
  // Until every process of the group is gone, one could still write into the cache.
  for (;;) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      break;
    }
    await sleep(10);
  }
}

describe('an incremental build is the same as a fresh build', () => {
  test('at first, with no previous build', STEP, async () => {
    cpSync(FIXTURE, inc, { recursive: true });
    const { rendered, reused } = await buildBoth();
    expect(reused).toBe(0);
    expect(rendered).toBeGreaterThan(20);
  });

  test('after an article is added', STEP, async () => {
    addArticle(
      'articles/2024/cau-treo-ia-rang.mdx',
      `
title: "Cây cầu treo mới ở Ia Răng"
description: "Người dân Ia Răng góp công, góp đất dựng cây cầu treo qua suối, nối hai bản bên sông."
pubDate: 2024-05-10T07:00:00+07:00
author: toa-soan
districts: [ia-rang]
topics: [dat-dai]
invented: true`,
      `
Sau ba tháng góp công, người dân hai bản ở Ia Răng đã đi trên cây cầu treo mới qua suối.

Trước đây, mỗi mùa mưa học sinh phải nghỉ học vì nước suối dâng cao.`,
    );
    await buildBoth();
  });

  test('after a title is edited, re-rendering few pages', STEP, async () => {
    editTitle('articles/2020/cu-nhat.mdx', 'Bài cũ nhất, tên mới');
    const { rendered, reused } = await buildBoth();
    // A build that re-rendered everything would pass the comparison: this one must not.
    expect(reused).toBeGreaterThan(rendered);
  });

  test('after an older series gets a new part, re-rendering few pages', STEP, async () => {
    // The series becomes the most recently updated, first in the list of series and of feeds:
    // a page that reads that whole list (not only the feed it links) would be rendered again.
    addArticle(
      'articles/2024/mua-nuoc-noi-bai-4.mdx',
      `
title: "Một năm sau mùa nước nổi"
description: "Một năm sau lũ, những hộ bám đất ở Đồng Lau đã dựng lại nhà và gieo vụ mới trên bãi bồi."
pubDate: 2024-06-03T07:00:00+07:00
author: toa-soan
series: mua-nuoc-noi
part: 4
districts: [dong-lau]
topics: [doi-song]
invented: true`,
      `
Một năm sau mùa nước nổi, bãi bồi Đồng Lau đã xanh trở lại.

Những hộ quyết ở lại làng nay đã dựng lại nhà trên nền cao hơn.`,
    );
    const { rendered, reused } = await buildBoth();
    expect(reused).toBeGreaterThan(rendered);
  });

  test('after a body is edited', STEP, async () => {
    editBody('articles/2021/mua-nuoc-noi-bai-1.mdx', 'Đầu tháng Sáu', 'Giữa tháng Sáu');
    await buildBoth();
  });

  test('after a part moves to another series, under another number', STEP, async () => {
    moveSeriesPart('articles/2021/mua-nuoc-noi-bai-3.mdx', 'dang-viet', 4);
    await buildBoth();
  });

  test('after an article is unpublished', STEP, async () => {
    unpublish('articles/2022/dau-ngoac-kep.mdx');
    await buildBoth();
  });

  test('after an article is deleted with its pictures', STEP, async () => {
    deleteArticle('articles/2022/co-thanh-phan.mdx', [
      'articles/2022/co-thanh-phan.webp',
      'articles/2022/cho-phien.jpg',
    ]);
    await buildBoth();
  });

  test('after an article is scheduled for later', STEP, async () => {
    // BUILD_NOW is 2026-11-26 12:00: the article, published the day before, goes off the site.
    schedule('articles/2026/tin-moi-ve-cho.mdx', '2026-11-27T09:00:00+07:00');
    await buildBoth();
  });

  test('after its time has come, with nothing edited', STEP, async () => {
    passTime('2026-11-28T12:00:00+07:00');
    await buildBoth();
  });

  test("after a district's name is changed", STEP, async () => {
    renameDistrict('dong-lau', 'Thị xã Đồng Lau');
    await buildBoth();
  });

  test('after builds killed half-way, which leave the previous site as it was', STEP, async () => {
    const before = path.join(work, 'inc-before');
    cpSync(outInc, before, { recursive: true });
    editBody('articles/2023/gio-khong-mui.mdx', 'Gần nửa đêm', 'Quá nửa đêm');
    await interrupt((staging) => existsSync(staging));
    expect(compareSites(before, outInc, { names: ['before', 'after'] })).toEqual([]);
    await interrupt((staging) => hasFile(staging, (name) => name.endsWith('.html')));
    expect(compareSites(before, outInc, { names: ['before', 'after'] })).toEqual([]);
    await buildBoth();
    expect(await leftBeside(work, `${path.basename(outInc)}.`)).toEqual([]);
  });
});
