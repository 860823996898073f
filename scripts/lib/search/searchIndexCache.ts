/**
 * The search index of the previous build, kept for an incremental build (startSearchIndex's
 * `cacheDir`): the Pagefind parts its index was merged from, and a manifest of the pages each
 * part holds, each with a hash of the text that was indexed. A part whose pages are all still
 * there with that text is merged again as it is; the pages of any other part are indexed again.
 * The merge numbers pages by URL, so any partition of the same pages gives the same index.
 *
 * The merged index is kept too: a build whose parts are all the previous build's (nothing
 * searchable changed) takes it as it is instead of merging again (13 s at 10,000 articles),
 * unless the merge's code changed since.
 *
 * The cache is replaced only once the new index is merged: the next cache is assembled in a
 * folder of its own and renamed into place, so a build killed on the way leaves either the
 * previous cache whole or none that would be trusted (a part folder missing voids it).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { appendTo } from '#src/lib/shared/collections.ts';
import { VERIFIED_PAGEFIND } from './pagefindMerge.ts';
import { fragmentUrls, mergeIndexPartsInWorker } from './searchIndexParts.ts';

/** Changes whenever what the manifest records, or how, changes: another version is not read. */
export const MANIFEST_VERSION = 4;
const MANIFEST = 'manifest.json';
/** The folder of the merged index, beside the parts. */
const MERGED = 'merged';

/**
 * A page of a part: its URL as indexed, a hash of its prepared text, the size of its HTML file
 * (a restored page of another size is read again) and its sort values (the merge needs them).
 */
export type CachedPage = { url: string; hash: string; size: number; sort: Record<string, string> };
/**
 * A part of the index: its folder in the cache, its pages, the pages it holds that the index no
 * longer does (`leftOut`: changed or removed since; the merge leaves them out, and their sort
 * values are still needed), and each page's URL by the name of its fragment file (the merge needs
 * them, and would otherwise read every fragment of every part).
 */
export type CachedPart = {
  dir: string;
  pages: CachedPage[];
  leftOut: CachedPage[];
  fragments: Record<string, string>;
};
/**
 * `merge`: the merge's code that wrote the merged index (mergeCode). `unsearchable`: the pages
 * with nothing to index (listings), by URL, with the size of their file: restored as they were,
 * they are not read again.
 */
export type Manifest = {
  version: number;
  pagefind: string;
  merge: string;
  parts: CachedPart[];
  unsearchable: Record<string, number>;
};

/**
 * The merge's code, by a hash of its files: the parts are Pagefind's and outlive a change of the
 * merge, the merged index does not. (Pages are rendered again when src/ changes, so a change of
 * the text prepared for the index is seen page by page.)
 */
const mergeCode = (() => {
  const hash = createHash('sha1');
  for (const file of ['pagefindMerge.ts', 'searchIndexParts.ts', 'wordChunkCbor.ts'])
    hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  return hash.digest('base64url');
})();

/**
 * Clean parts holding fewer than half a part's pages are re-indexed together once there are
 * more than this many: each incremental build adds one, and the merge reads every part.
 */
export const MAX_SMALL_PARTS = 4;

/** What the cache compares: a hash of the text a page gave the index. */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** The sort values of a part's pages, as the merge takes them (IndexPart's sortValues). */
export function partSortValues(pages: readonly CachedPage[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const { sort } of pages) {
    for (const [key, value] of Object.entries(sort)) appendTo(values, key, [value]);
  }
  return values;
}

const isPage = (page: unknown): page is CachedPage => {
  const { url, hash, size, sort } = (page ?? {}) as Partial<CachedPage>;
  return (
    typeof url === 'string' &&
    typeof hash === 'string' &&
    typeof size === 'number' &&
    typeof sort === 'object' &&
    sort !== null &&
    Object.values(sort).every((value) => typeof value === 'string')
  );
};

/**
 * The manifest of the cached index, or undefined when there is none to trust: no manifest, one
 * that does not parse, of another format or Pagefind, naming a page twice or a part that is gone.
 */
export function readCache(cacheDir: string): Manifest | undefined {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  if (
    manifest?.version !== MANIFEST_VERSION ||
    manifest.pagefind !== VERIFIED_PAGEFIND ||
    typeof manifest.merge !== 'string' ||
    !Array.isArray(manifest.parts) ||
    typeof manifest.unsearchable !== 'object' ||
    manifest.unsearchable === null ||
    !Object.values(manifest.unsearchable).every((size) => typeof size === 'number')
  )
    return undefined;
  const urls = new Set<string>();
  for (const part of manifest.parts as unknown[]) {
    const { dir, pages, leftOut, fragments } = (part ?? {}) as Partial<CachedPart>;
    if (typeof dir !== 'string' || !Array.isArray(pages) || !pages.every(isPage)) return undefined;
    if (!Array.isArray(leftOut) || !leftOut.every(isPage)) return undefined;
    if (typeof fragments !== 'object' || fragments === null) return undefined;
    if (!Object.values(fragments).every((url) => typeof url === 'string')) return undefined;
    if (!existsSync(path.join(cacheDir, dir, 'pagefind-entry.json'))) return undefined;
    for (const { url } of pages) {
      if (urls.has(url)) return undefined;
      urls.add(url);
    }
  }
  return manifest as Manifest;
}

/**
 * A copy of the folder `from` at `to` made of hard links, so it takes no time or space: the merge
 * moves its inputs' files away, and the cache must keep them. Where links cannot be made (another
 * file system), the files are copied. Nothing writes into Pagefind's files once written.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** A page found in this build that the cache holds with the same text. */
type Present = { file: string; size: number };

/**
 * The cache in `cacheDir` as one build uses it: which cached pages are still there unchanged,
 * which parts can be reused, and the next cache, committed after the merge.
 */
export function openIndexCache(cacheDir: string) {
  const next = `${cacheDir}.next`;
  const old = `${cacheDir}.old`;
  // Left by a build that was killed.
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  const cache = readCache(cacheDir);
  const previous = cache?.parts;
  const cached = new Map<string, CachedPage>();
  for (const part of previous ?? []) for (const page of part.pages) cached.set(page.url, page);
  const present = new Map<string, Present>();
  const unsearchable = new Map(Object.entries(cache?.unsearchable ?? {}));
  const nextUnsearchable: Record<string, number> = {};
  let reused: CachedPart[] = [];
  /** The pages of each reused part left out in this build, as they were cached. */
  const leftOutNow = new Map<CachedPart, CachedPage[]>();
  /** All a reused part leaves out: before and in this build. */
  const leftOutOf = (part: CachedPart) => [...part.leftOut, ...(leftOutNow.get(part) ?? [])];
  /** The parts written in this build, linked into `next` before the merge moves their files. */
  const written: CachedPart[] = [];
  /** Whether the previous merged index was taken as it is. */
  let mergedBefore = false;

  /** The next cache in place of the cache (see commit). */
  const replaceCache = () => {
    const parts = [...written];
    reused.forEach((part, i) => {
      const dir = `reused-${i}`;
      renameSync(path.join(cacheDir, part.dir), path.join(next, dir));
      // A page rendered again with the same text may be in a file of another size now.
      const pages = part.pages.flatMap((page) => {
        const found = present.get(page.url);
        return found ? [{ ...page, size: found.size }] : [];
      });
      parts.push({ dir, pages, leftOut: leftOutOf(part), fragments: part.fragments });
    });
    if (mergedBefore) renameSync(path.join(cacheDir, MERGED), path.join(next, MERGED));
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      pagefind: VERIFIED_PAGEFIND,
      merge: mergeCode,
      parts,
      unsearchable: nextUnsearchable,
    };
    writeFileSync(path.join(next, MANIFEST), JSON.stringify(manifest));
    if (existsSync(cacheDir)) renameSync(cacheDir, old);
    renameSync(next, cacheDir);
    rmSync(old, { recursive: true, force: true });
  };

  return {
    /** Whether a previous index was found; without one every page is indexed. */
    previous: previous !== undefined,

    /** A page read for the index: true when the cache holds it with this text (not indexed yet). */
    unchanged(url: string, hash: string, file: string, size: number): boolean {
      if (cached.get(url)?.hash !== hash) return false;
      present.set(url, { file, size });
      return true;
    },

    /**
     * A page this build did not render (restored as it was): true when the cache holds it, in a
     * file of the same size, so that it need not be read.
     */
    restored(url: string, file: string, size: number): boolean {
      if (cached.get(url)?.size !== size) return false;
      present.set(url, { file, size });
      return true;
    },

    /** A page with nothing to index, remembered so that restored as it is it is not read again. */
    notSearchable(url: string, size: number): void {
      nextUnsearchable[url] = size;
    },

    /** A restored page that had nothing to index in a file of the same size: still none. */
    restoredUnsearchable(url: string, size: number): boolean {
      if (unsearchable.get(url) !== size) return false;
      nextUnsearchable[url] = size;
      return true;
    },

    /**
     * Once every page of the build is known: keeps the parts of which at least half the pages
     * they hold are present unchanged (the merge leaves the others out: a changed page is indexed
     * in a new part), and returns the files of the other parts' pages that are, to index again.
     * Parts with fewer than half a part's pages in the index are indexed again together once
     * there are more than MAX_SMALL_PARTS of them.
     */
    pagesToReindex(partPages: number): string[] {
      const gone = new Map(
        (previous ?? []).map((part) => [part, part.pages.filter((page) => !present.has(page.url))]),
      );
      const stillIn = (part: CachedPart) => part.pages.length - gone.get(part)!.length;
      const kept = (previous ?? []).filter(
        (part) => stillIn(part) > 0 && 2 * stillIn(part) >= part.pages.length + part.leftOut.length,
      );
      const small = kept.filter((part) => stillIn(part) < partPages / 2);
      reused = small.length > MAX_SMALL_PARTS ? kept.filter((part) => !small.includes(part)) : kept;
      for (const part of reused) if (gone.get(part)!.length) leftOutNow.set(part, gone.get(part)!);
      return (previous ?? [])
        .filter((part) => !reused.includes(part))
        .flatMap((part) => part.pages.flatMap((page) => present.get(page.url)?.file ?? []));
    },

    /** How many pages of the reused parts are in the index. */
    reusedPages: () =>
      reused.reduce(
        (sum, part) => sum + part.pages.length - (leftOutNow.get(part)?.length ?? 0),
        0,
      ),

    /**
     * Merges the reused parts and those written in this build (`parts`) into `outputPath`, and
     * returns how many pages the index holds; keeps the new parts and the merged index for the
     * next cache. When the parts are exactly the previous build's, its merged index is taken.
     */
    async merge(
      parts: { dir: string; pages: CachedPage[] }[],
      partsFolder: string,
      outputPath: string,
    ): Promise<number> {
      const previousIndex = path.join(cacheDir, MERGED);
      mkdirSync(next, { recursive: true });
      if (
        !parts.length &&
        reused.length === previous?.length &&
        !leftOutNow.size &&
        cache?.merge === mergeCode &&
        existsSync(path.join(previousIndex, 'pagefind-entry.json'))
      ) {
        linkTree(previousIndex, outputPath);
        mergedBefore = true;
        const entry: { languages: Record<string, { page_count: number }> } = JSON.parse(
          readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'),
        );
        return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
      }
      // The merge moves its inputs' files: the cache keeps links to them.
      const fresh = parts.map(({ dir, pages }, i) => {
        const fragments = fragmentUrls(dir);
        linkTree(dir, path.join(next, String(i)));
        written.push({ dir: String(i), pages, leftOut: [], fragments });
        return { dir, sortValues: partSortValues(pages), urls: fragments };
      });
      const fromCache = reused.map((part, i) => {
        const copy = path.join(partsFolder, `cached-${i}`);
        linkTree(path.join(cacheDir, part.dir), copy);
        const leftOut = leftOutOf(part);
        return {
          dir: copy,
          // The part's sort orders name every page it holds: those the previous index had and
          // those it had left out already.
          sortValues: partSortValues([...part.pages, ...part.leftOut]),
          urls: part.fragments,
          leftOut: leftOut.map(({ url }) => url),
        };
      });
      const pages = await mergeIndexPartsInWorker([...fromCache, ...fresh], outputPath, {
        renameInOrder: false,
      });
      linkTree(outputPath, path.join(next, MERGED));
      return pages;
    },

    /**
     * Makes the next cache the cache, once the index it was merged into is written and counted.
     * A cache that cannot be written is no reason to fail the build: the next one indexes
     * every page. Each step leaves a cache whole or one that readCache refuses.
     */
    commit(): void {
      try {
        replaceCache();
      } catch (error) {
        rmSync(cacheDir, { recursive: true, force: true });
        rmSync(next, { recursive: true, force: true });
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(`The search index cache could not be written (${reason}).`);
      }
    },

    /** Drops the next cache (the build failed); the cache stays as it was. */
    discard(): void {
      rmSync(next, { recursive: true, force: true });
    },
  };
}
