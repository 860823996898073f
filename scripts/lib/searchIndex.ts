/** Builds the Pagefind index of dist/ through Pagefind's Node API. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../../src/lib/searchIndexing.ts';

/** How many pages are sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;

/** HTML files of the build, except the index's own folder. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return full === path.join(root, 'pagefind') ? [] : htmlFiles(full, root);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Indexes every page of `outDir` that marks searchable content, writes outDir/pagefind, and
 * throws when Pagefind reports an error or indexes fewer pages than `expectedPages`.
 * `prepare` turns a page into what the index reads (the plain page for a comparison index).
 */
export async function buildSearchIndex(
  outDir: string,
  expectedPages: number,
  { outputPath = path.join(outDir, 'pagefind'), prepare = prepareForIndex } = {},
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pages go to Pagefind a batch at a time: its service parses one while the next is read.
    let indexed = 0;
    const files = htmlFiles(outDir);
    for (let start = 0; start < files.length; start += IN_FLIGHT) {
      const batch = files.slice(start, start + IN_FLIGHT).map(async (file) => {
        const content = prepare(readFileSync(file, 'utf8'));
        if (content === undefined) return 0;
        const url =
          '/' +
          path
            .relative(outDir, file)
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '');
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length)
          throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
        return 1;
      });
      indexed += (await Promise.all(batch)).reduce<number>((sum, n) => sum + n, 0);
    }
    if (indexed < expectedPages) {
      throw new Error(
        `the search index holds ${indexed} pages, fewer than the ${expectedPages} published`,
      );
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
