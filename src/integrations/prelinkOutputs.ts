/**
 * The previous build's files, linked into the new build folder before Astro renders (measured
 * at 10,000 articles, BENCHMARKS.md): Astro restores an unchanged page from its incremental cache
 * with a folder, a check and a hard link each, 29,000 of them one by one in its thread, and it
 * skips a page whose file is already there. A worker thread links them all from the same cache
 * while Vite bundles the pages. A page rendered again is written as a new file in place of the
 * link (scripts/lib/astroBuild.ts removes any file before writing), so the previous site, which
 * shares these files, is never written into. What the build no longer makes is removed at the end.
 */
import { readFileSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Astro's record of its incremental cache (astro/dist/core/build/incremental.js). */
type IncrementalManifest = {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
};

/** The build folder's files Astro's incremental cache records (paths relative to it). */
export function cachedOutputs(manifest: IncrementalManifest | undefined): string[] {
  const files: string[] = [];
  for (const route of Object.values(manifest?.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      // Relative, inside the build folder: anything else is not Astro's.
      if (typeof outputFile !== 'string' || path.isAbsolute(outputFile)) continue;
      const normal = path.normalize(decodeURI(outputFile));
      if (!normal.startsWith('..')) files.push(normal);
    }
  }
  return files;
}

/** Astro's incremental manifest in `cacheDir`, or undefined. */
export function readIncrementalManifest(cacheDir: string): IncrementalManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Starts linking `files` from the cache's copies (`from`) into the build folder (`to`); `done`
 * gives the inode of each file it linked.
 */
export function startPrelink(files: string[], from: string, to: string) {
  const worker = new Worker(new URL('./prelinkWorker.ts', import.meta.url), {
    workerData: { files, from, to },
  });
  const done = new Promise<Map<string, number>>((resolve) => {
    worker.once('message', (linked: [string, number][]) => resolve(new Map(linked)));
    // A worker that failed linked what it linked; the rest Astro restores itself.
    worker.once('error', () => resolve(new Map()));
  });
  return { done };
}

/**
 * Removes from the build folder `to` each linked file that this build did not make: not in
 * `outputs` (Astro's record of this build) and still the file that was linked (same inode; a
 * file written by this build at that path is a new one). Folders left empty go too.
 */
export function removeUnmade(
  linked: Map<string, number>,
  outputs: Set<string>,
  to: string,
): number {
  let removed = 0;
  for (const [file, inode] of linked) {
    if (outputs.has(file)) continue;
    const target = path.join(to, file);
    if (statSync(target, { throwIfNoEntry: false })?.ino !== inode) continue;
    rmSync(target);
    removed++;
    for (let folder = path.dirname(target); folder.startsWith(to + path.sep);) {
      if (readdirSync(folder).length) break;
      rmdirSync(folder);
      folder = path.dirname(folder);
    }
  }
  return removed;
}
