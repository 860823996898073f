/**
 * Pages are pure: what a page shows is a function of the code, its props and the archive's cells
 * it reads (src/lib/shared/pageReuse.ts), so that a build can take an unchanged page from the
 * previous one. This test fails when a page, or any module it imports, reads anything else: a
 * file, the environment, the clock, chance, Astro's content store past the archive, or a value
 * remembered from another page's rendering without its reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The source files under `dir` (relative to the project), recursively. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The project files `file` imports (aliases and relative paths resolved), not packages. */
function projectImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].flatMap((match) => {
    const spec = match[1]!;
    const target = spec.startsWith('#src/')
      ? path.join('src', spec.slice(5))
      : spec.startsWith('.')
        ? path.join(path.dirname(file), spec)
        : undefined;
    return target && existsSync(path.join(root, target)) ? [path.normalize(target)] : [];
  });
}

/** Every project module the pages reach, pages, layouts and components included. */
function reachedFromPages(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of projectImports(file)) visit(target);
  };
  for (const page of sources('src/pages')) visit(page);
  return [...seen].sort();
}

/**
 * Modules that read beyond the archive's cells, each for a reason that keeps pages pure. Any
 * other module reached from a page that does so fails the test.
 */
const ALLOWED: Record<string, string> = {
  // The archive itself: loads the content store once, outside any page, and hands it to pages
  // as cells; a body read from its file is the article's cell (its digest covers the body).
  'src/lib/content/currentArchive.ts': 'the archive: the cells themselves',
  'src/lib/content/sourceFiles.ts': "an article's body, its body: cell (archiveCells.ts)",
  'src/lib/content/archiveCells.ts': 'the cells themselves',
  'src/lib/shared/readTracking.ts': 'the recording of reads',
  'src/lib/shared/pageReuse.ts': 'the tokens of this build (never page output)',
  // The switches: BUILD_NOW becomes the archive's `now` cell; the others are the same for a
  // whole build (drafts in `astro dev` only), part of the build's fingerprint or not shown.
  'src/lib/shared/environment.ts': 'settings fixed for a whole build',
  'src/i18n/messageLanguage.ts': 'the language of command-line messages, not of pages',
  // Pictures: their files are named by a hash of their bytes, which is in the article's cell.
  'src/lib/pictures/pictureFiles.ts': "Astro's image pipeline, keyed by each picture's bytes",
  // Link-preview cards: drawn from their props, cached by a hash of what they draw; fonts and
  // workers are code.
  'src/lib/sharing/shareCardCache.ts': 'cards cached by a hash of their content',
  'src/lib/sharing/cardFonts.ts': 'font files, part of the dependencies',
  'src/lib/sharing/cardWorkers.ts': 'worker threads drawing cards from their props',
  'src/lib/sharing/cardWorker.ts': 'a worker drawing a card from its props',
  // Caches of pure functions of their arguments.
  'src/lib/shared/dates.ts': 'formatters cached by their options',
  // The build's moment, which the archive holds as its `now` cell.
  'src/lib/content/publication.ts': "the build's moment, the `now` cell",
  // The size of an article's recording: the article's digest covers the file (loaders.ts).
  'src/lib/feeds/rssResponse.ts': "a recording's size, in its article's cell",
  // The checker's file checks; pages use only isLocalFile, which reads nothing.
  'src/lib/content/articleFiles.ts': "the checker's file checks",
  // Runs in the reader's browser, not in the build.
  'src/lib/search/searchPage.ts': "the reader's search, in the browser",
  'src/lib/search/searchQuery.ts': "each index's search passes in turn, in the reader's browser",
};

/** What a pure page may not do, and how to recognise it in source. */
const IMPURE: [what: string, pattern: RegExp][] = [
  ['reads files', /\bfrom ['"](?:node:)?fs(?:\/promises)?['"]/],
  ['reads the environment', /\bprocess\.(?:env|argv|cwd)\b/],
  ['reads the clock', /\bDate\.now\(|new Date\(\s*\)/],
  ['draws chance', /\bMath\.random\(|randomUUID\(/],
  ["reads Astro's content store past the archive", /\bfrom ['"]astro:content['"]/],
  [
    'remembers values across pages without their reads (use onceWithReads or memoWithReads)',
    /^(?:export )?const \w+[^\n]*?= (?:new (?:Map|WeakMap|Set)(?:<[^;]*>)?\(\s*\)|once\()/m,
  ],
];

describe('pages are pure', () => {
  test('every page with getStaticPaths keys its paths by their props', () => {
    const unkeyed = sources('src/pages').filter((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return (
        /\bgetStaticPaths\b/.test(text) &&
        !/getStaticPaths = (?:keyedRoutes\(|\(\) => feedRoutes\()/.test(text)
      );
    });
    expect(unkeyed).toEqual([]);
  });

  test('no page, layout, component or module they import reads outside the archive’s cells', () => {
    const found = reachedFromPages().flatMap((file) => {
      if (ALLOWED[file]) return [];
      const text = readFileSync(path.join(root, file), 'utf8');
      return IMPURE.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file} ${what}`);
    });
    expect(found).toEqual([]);
  });

  test('the test sees the pages and what they import', () => {
    const reached = reachedFromPages();
    expect(reached).toContain('src/components/ArticleCard.astro');
    expect(reached).toContain('src/lib/content/currentArchive.ts');
    expect(reached.length).toBeGreaterThan(60);
  });
});
