/**
 * Writes the newest articles' search index (src/lib/search/newestIndex.ts) beside the archive's,
 * once the archive's index is written: the pages it names newest by date, indexed as the
 * archive's index has them. With a cache, an incremental build indexes only those whose text
 * changed and merges them with the previous newest index, as the archive's index does.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  hasNewestIndex,
  NEWEST_INDEX_ABOVE,
  NEWEST_INDEX_FOLDER,
  NEWEST_PAGES,
} from '#src/lib/search/newestIndex.ts';
import { startSearchIndex, type SearchIndexOptions } from './searchIndex.ts';
import { indexedPages, newestPageUrls } from './searchIndexParts.ts';

type NewestIndexOptions = Pick<
  SearchIndexOptions,
  'cacheDir' | 'prepare' | 'partPages' | 'outputPath' | 'previousPages'
> & {
  /** Whether the build rendered `file` (read again) rather than restored it (known by its size). */
  rendered?: (file: string) => boolean;
  /** How many of the newest pages it holds (NEWEST_PAGES). */
  count?: number;
  /** The most pages the archive's index holds without it (NEWEST_INDEX_ABOVE); never fewer than `count`. */
  above?: number;
};

/**
 * Writes the index of the newest pages of the archive's index in `outDir` into `outputPath`
 * (`outDir/pagefind-newest`), when the archive is large enough to have one (hasNewestIndex),
 * and returns how many pages it holds (0: none, and any earlier one and its cache are removed).
 */
export async function writeNewestIndex(
  outDir: string,
  {
    rendered = () => true,
    count = NEWEST_PAGES,
    above = NEWEST_INDEX_ABOVE,
    cacheDir,
    outputPath = path.join(outDir, NEWEST_INDEX_FOLDER),
    ...options
  }: NewestIndexOptions = {},
): Promise<number> {
  const archiveIndex = path.join(outDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  if (!hasNewestIndex(indexedPages(archiveIndex), Math.max(above, count))) {
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    return 0;
  }
  const urls = newestPageUrls(archiveIndex, count);
  const indexer = await startSearchIndex(outDir, urls.length, {
    ...options,
    outputPath,
    cacheDir,
    givenOnly: true,
  });
  for (const url of urls) {
    const page = url.endsWith('/') ? `${url}index.html` : url;
    const file = path.join(outDir, page);
    // Written while Astro restores pages: one not restored yet is read from its previous copy.
    if (options.previousPages && !existsSync(file)) indexer.reusing([page]);
    else if (rendered(file)) indexer.add(file);
    else indexer.restored(file);
  }
  return indexer.finish();
}
