/**
 * Runs `astro build` for scripts/build.ts in a process of its own. Two changes to how it writes
 * files, both measured at 10,000 articles (BENCHMARKS.md):
 * - each file is written in one synchronous call: Astro awaits a mkdir, an open, a write and a
 *   close per page, each a round trip to libuv's thread pool, and the process sat idle for a
 *   quarter of page rendering;
 * - the parent hears of each page once it is on disk, so that the search index reads it while
 *   Astro writes the next ones. Should Astro stop writing through fs.promises, no page is
 *   reported and the index reads every page once Astro is done: slower, never wrong;
 * - a picture that Astro finds in its image cache is linked into the build, not copied: at
 *   2,000 articles a build copied 1.9 GB of pictures (16,800 files) for 12 s, every time. A
 *   hard link shares the file's bytes with the cache; nothing writes a published file again in
 *   place, and where linking fails (another file system) the file is copied as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { outDir } from '#src/lib/shared/environment.ts';

/**
 * The message sent for each HTML file written, and for the files restored from Astro's
 * incremental cache, a few at a time: a message for each of 30,000 restored pages cost the two
 * processes about as much as restoring them.
 */
export type PageWritten = { written: string } | { restored: string[] };

const send = process.send?.bind(process);
const { writeFile, mkdir, copyFile } = fs.promises;

/** The part of a path that marks Astro's image cache (cacheDir in astro.config.mjs, then assets/). */
const IMAGE_CACHE = `${path.sep}node_modules${path.sep}.astro${path.sep}`;

const pathOf = (file: fs.PathLike) =>
  typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : file.toString();

fs.promises.copyFile = (async (...args: Parameters<typeof copyFile>) => {
  const from = pathOf(args[0]);
  const to = pathOf(args[1]);
  if (!path.resolve(from).includes(IMAGE_CACHE)) return copyFile(...args);
  try {
    linkOver(from, to);
  } catch {
    // Copied into a file of its own: never into one a previous build may share by a link.
    fs.rmSync(to, { force: true });
    await copyFile(...args);
  }
  // A page restored from the incremental cache goes to the search index now, which knows it
  // unchanged without reading it, and merges while Astro renders what changed.
  if (send && to.endsWith('.html') && cachedPage(path.resolve(from))) reportRestored(to);
}) as typeof copyFile;

/** A hard link at `to` to `from`, in place of any file there. */
function linkOver(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fs.rmSync(to);
    fs.linkSync(from, to);
  }
}

/** Restored pages not reported yet: those restored within a few milliseconds go together. */
let restored: string[] = [];
function reportRestored(page: string): void {
  if (!restored.length) {
    setTimeout(() => {
      send!({ restored } satisfies PageWritten);
      restored = [];
    }, 20);
  }
  restored.push(page);
}

/** The path in the build of a page's copy in Astro's incremental cache (<cacheDir>/dist/<path>). */
function cachedPage(file: string): string | undefined {
  const at = file.indexOf(IMAGE_CACHE);
  if (at < 0) return undefined;
  const [, folder, ...rest] = file.slice(at + IMAGE_CACHE.length).split(path.sep);
  return folder === 'dist' && rest.length ? rest.join(path.sep) : undefined;
}

fs.promises.writeFile = (async (...args: Parameters<typeof writeFile>) => {
  const [file, data, options] = args;
  const target = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : '';
  if (!target || !(typeof data === 'string' || ArrayBuffer.isView(data))) return writeFile(...args);
  const cached = cachedPage(target);
  if (cached) {
    // The cache's copy of a page just written: a new link to that page, never a write into the
    // file it replaces, which a previous build's site may share (restored pages are linked).
    try {
      linkOver(path.join(outDir(), cached), target);
      return;
    } catch {
      // Not written by this build, or another file system: written as it is, in a file of its own.
      fs.rmSync(target, { force: true });
    }
  }
  // A new file, never a write into one there: the previous build's files are linked into the
  // build folder beforehand (src/integrations/prelinkOutputs.ts) and its site shares them.
  fs.rmSync(target, { force: true });
  fs.writeFileSync(target, data, options as fs.WriteFileOptions);
  if (send && target.endsWith('.html')) send({ written: target } satisfies PageWritten);
}) as typeof writeFile;

fs.promises.mkdir = (async (...args: Parameters<typeof mkdir>) =>
  fs.mkdirSync(...args)) as typeof mkdir;

await build({});
