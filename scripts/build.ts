/**
 * `npm run build`: checks the content, builds dist/ and its search index at the same time.
 * Nothing is written when the content has errors.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import { CHECKED_ENV } from '../src/lib/loadContent.ts';
import { buildArchive } from '../src/lib/archive.ts';
import { buildTime } from '../src/lib/publication.ts';
import { startSearchIndex } from './lib/searchIndex.ts';
import { reportContent } from './lib/reportContent.ts';

/** Astro's log line for a page it has written: "├─ /path/index.html (+3ms)". */
const PAGE_WRITTEN = /├─ (\/\S+\.html) \(\+/;

/**
 * Runs `astro build` in a process of its own (scripts/lib/astroBuild.ts), passing its output
 * through and calling `written` with each page it reports written.
 */
async function runAstro(written: (page: string) => void): Promise<void> {
  // A large archive needs more than Node's default heap.
  const astro = spawn(
    process.execPath,
    ['--max-old-space-size=8192', path.join(import.meta.dirname, 'lib/astroBuild.ts')],
    { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, [CHECKED_ENV]: '1' } },
  );
  const lines = createInterface({ input: astro.stdout });
  lines.on('line', (line) => {
    process.stdout.write(`${line}\n`);
    const page = PAGE_WRITTEN.exec(stripVTControlCharacters(line))?.[1];
    if (page) written(page);
  });
  const [code, signal] = (await once(astro, 'close')) as [number | null, string | null];
  if (code !== 0) throw new Error(`astro build exited with ${code ?? signal}`);
}

/** Checks the content and builds the site; returns false (having written nothing) on content errors. */
export async function buildSite(): Promise<boolean> {
  const content = reportContent();
  if (!content) {
    console.error('Build stopped before writing anything: fix the errors above.');
    return false;
  }
  const outDir = path.resolve(process.env.OUT_DIR || 'dist');
  const search = await startSearchIndex(outDir);
  // Astro runs only once the content is known to be sound, so a refused build answers at once.
  // Each page it reports written goes to the search index at once, on the other core.
  try {
    await runAstro((page) => search.add(path.join(outDir, page)));
  } catch (error) {
    await search.cancel();
    throw error;
  }
  const archive = buildArchive(content, {
    now: buildTime(process.env.BUILD_NOW, content.site.timezone),
  });
  // Searchable: every published article, series, district, model and person page.
  const expected =
    archive.articles.length +
    archive.series.length +
    archive.districts.length +
    archive.models.length +
    archive.people.length;
  const indexed = await search.finish(expected);
  console.log(`Search index: ${indexed} pages.`);
  return true;
}

if (import.meta.main) {
  try {
    process.exitCode = (await buildSite()) ? 0 : 1;
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
