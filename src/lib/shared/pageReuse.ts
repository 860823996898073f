/**
 * Which pages a build can take from the previous one instead of rendering them again.
 *
 * A page's output is a function of the code, its props and the cells of data it read while it
 * was rendered (readTracking.ts). The previous build left, for each page, the key of its props,
 * the cells it read and their values then (its fingerprint). If the key and the values of those
 * same cells are unchanged now, the page would read the same data and render the same bytes:
 * Astro restores it from its incremental cache. A page that would read differently must have
 * read a changed cell first, so the cells it read last time are enough to tell.
 *
 * Astro skips a path when the `cacheKey` it is given equals the one it recorded for it
 * (astro/dist/core/build/incremental.js); that key is the page's token here: the previous
 * token for a page that can be reused, a token never given before for one that cannot.
 */
import { createHash, randomUUID } from 'node:crypto';

/** The values of cells now, combined (archiveCells.ts publishes them). */
export type PageCells = { valueOf(cells: Iterable<string>): string };

const CELLS = Symbol.for('story-archive:page-cells');

/** Makes the archive's cells known to the build's integration (another module instance). */
export function publishPageCells(cells: PageCells): void {
  (globalThis as { [CELLS]?: PageCells })[CELLS] = cells;
}

/** The cells published by the pages' archive, once a page has loaded it. */
export function publishedPageCells(): PageCells | undefined {
  return (globalThis as { [CELLS]?: PageCells })[CELLS];
}

/** The page manifest's file in Astro's cache folder. */
export const PAGE_MANIFEST_FILE = 'pages.json';

/** Raised whenever the manifest's meaning changes: an older manifest then reuses nothing. */
export const PAGE_MANIFEST_VERSION = 1;

/** What the previous build knew of one page. */
export type PageRecord = {
  /** The cacheKey Astro recorded for it. */
  token: string;
  /** Its props' key and the values of the cells it read, combined. */
  fingerprint: string;
  reads: string[];
};

/**
 * What a build leaves for the next one. `build` names the code and settings that made it
 * (buildFingerprint.ts); pages read their cells by number in `cells`, which keeps the manifest
 * small (an article page reads some forty cells, and an archive has tens of thousands of pages).
 */
export type PageManifest = {
  version: number;
  build: string;
  cells: string[];
  pages: Record<string, [token: string, fingerprint: string, reads: number[]]>;
};

export function pageFingerprint(key: string, reads: Iterable<string>, cells: PageCells): string {
  return `${key}.${cells.valueOf(reads)}`;
}

/** The pages of a manifest, if it was made by the same code and settings (`build`). */
export function readPageManifest(
  manifest: PageManifest | undefined,
  build: string,
): Map<string, PageRecord> {
  const pages = new Map<string, PageRecord>();
  if (manifest?.version !== PAGE_MANIFEST_VERSION || manifest.build !== build) return pages;
  for (const [path, [token, fingerprint, reads]] of Object.entries(manifest.pages)) {
    pages.set(path, { token, fingerprint, reads: reads.map((index) => manifest.cells[index]!) });
  }
  return pages;
}

export function writePageManifest(build: string, pages: Map<string, PageRecord>): PageManifest {
  const cells: string[] = [];
  const numbers = new Map<string, number>();
  const number = (cell: string) => {
    let found = numbers.get(cell);
    if (found === undefined) numbers.set(cell, (found = cells.push(cell) - 1));
    return found;
  };
  const written: PageManifest['pages'] = {};
  for (const [path, { token, fingerprint, reads }] of [...pages].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    written[path] = [token, fingerprint, reads.map(number)];
  }
  return { version: PAGE_MANIFEST_VERSION, build, cells, pages: written };
}

/**
 * Tokens of one build: the previous token of a page whose key and read cells are unchanged,
 * and for every other page a token made of this build's own nonce, which no earlier build gave.
 */
export function pageTokens(previous: Map<string, PageRecord>, cells: PageCells | undefined) {
  const nonce = randomUUID();
  return (path: string, key: string): { token: string; reused: boolean } => {
    const before = previous.get(path);
    if (before && cells && pageFingerprint(key, before.reads, cells) === before.fingerprint) {
      return { token: before.token, reused: true };
    }
    const token = createHash('sha1').update(`${nonce}\n${path}`).digest('base64url').slice(0, 16);
    return { token, reused: false };
  };
}
