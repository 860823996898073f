/** The newest articles' own search index (scripts/lib/search/newestIndex.ts), over the sample. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeNewestIndex } from '#scripts/lib/search/newestIndex.ts';
import { articlePath, seriesPath } from '#src/lib/shared/paths.ts';
import type { PagefindApi, PagefindResult } from '#src/lib/search/searchQuery.ts';
import { loadPagefind } from '../search/pagefindNode.ts';
import { builtSite } from './dist.ts';

/** Every file under `dir` with its bytes, by its path within `dir`. */
const filesOf = (dir: string, root = dir): [string, Buffer][] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesOf(full, root)
      : [[path.relative(root, full), readFileSync(full)] as [string, Buffer]];
  });

const urlsOf = async (results: PagefindResult[]) =>
  Promise.all(results.map(async (result) => (await result.data()).url));

/** Every page of an index (Pagefind's search by filters alone, with none). */
const allPages = async (pagefind: PagefindApi) =>
  urlsOf(
    (await (pagefind.search as unknown as (term: null) => ReturnType<PagefindApi['search']>)(null))!
      .results,
  );

describe("the newest articles' index", async () => {
  const site = builtSite('sample');
  const work = mkdtempSync(path.join(os.tmpdir(), 'newest-index-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const count = 8;
  const outputPath = path.join(work, 'pagefind-newest');
  const cacheDir = path.join(work, 'cache');
  // The sample is far smaller than an archive that has one: told to write one of its own size.
  const written = await writeNewestIndex(site.outDir, {
    count,
    above: count,
    outputPath,
    cacheDir,
  });
  const newest = await loadPagefind(work, 'pagefind-newest');
  const archive = await loadPagefind(site.outDir);

  test('holds the newest dated pages (articles, and series by their last part), as many as asked', async () => {
    expect(written).toBe(count);
    const held = new Set(await allPages(newest));
    expect(held.size).toBe(count);
    const published = site.content.articles.filter(
      (article) => !article.data.draft && article.data.pubDate <= site.now,
    );
    const dateOf = new Map(published.map((a) => [articlePath(a.id), a.data.pubDate.getTime()]));
    for (const article of published) {
      if (!article.data.series) continue;
      const url = seriesPath(article.data.series);
      const date = article.data.pubDate.getTime();
      dateOf.set(url, Math.max(dateOf.get(url) ?? 0, date));
    }
    for (const url of held) expect(dateOf.has(url), url).toBe(true);
    const oldestHeld = Math.min(...[...held].map((url) => dateOf.get(url)!));
    const newestLeft = Math.max(
      ...[...dateOf].filter(([url]) => !held.has(url)).map(([, date]) => date),
    );
    expect(oldestHeld).toBeGreaterThanOrEqual(newestLeft);
  });

  test("finds what the archive's index finds among its pages, each under a name of the same page", async () => {
    const held = new Set(await allPages(newest));
    for (const query of ['bắc kạn', 'rừng', 'hợp tác xã', 'chợ đồn']) {
      const [inNewest, inArchive] = await Promise.all(
        [newest, archive].map(async (pagefind) => (await pagefind.search(query))!.results),
      );
      const archiveUrls = await urlsOf(inArchive!);
      expect((await urlsOf(inNewest!)).sort(), query).toEqual(
        archiveUrls.filter((url) => held.has(url)).sort(),
      );
      // The search page tells a page of one index in the other by the start of its name.
      for (const result of inNewest!) {
        const url = (await result.data()).url;
        const same = inArchive![archiveUrls.indexOf(url)]!;
        expect(same.id.startsWith(result.id) || result.id.startsWith(same.id), url).toBe(true);
      }
    }
  });

  test('is taken from the cache as it was when none of its pages changed', async () => {
    const before = filesOf(outputPath);
    const again = await writeNewestIndex(site.outDir, {
      count,
      above: count,
      outputPath,
      cacheDir,
      rendered: () => false,
    });
    expect(again).toBe(count);
    expect(filesOf(outputPath)).toEqual(before);
  });

  test('is not written for an archive no larger than it, and an earlier one goes', async () => {
    const pages = (await allPages(archive)).length;
    expect(
      await writeNewestIndex(site.outDir, { count: pages, above: 0, outputPath, cacheDir }),
    ).toBe(0);
    expect(() => statSync(outputPath)).toThrow();
    expect(() => statSync(cacheDir)).toThrow();
  });
});
