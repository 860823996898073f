/** `npm run build`: checks the content, builds dist/, then its search index. Nothing is written when the content has errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHECKED_ENV } from '../src/lib/loadContent.ts';
import { buildArchive } from '../src/lib/archive.ts';
import { buildTime } from '../src/lib/publication.ts';
import { buildSearchIndex } from './lib/searchIndex.ts';
import { reportContent } from './lib/reportContent.ts';

/** Checks the content and builds the site; returns false (having written nothing) on content errors. */
export async function buildSite(): Promise<boolean> {
  const content = reportContent();
  if (!content) {
    console.error('Build stopped before writing anything: fix the errors above.');
    return false;
  }
  // Astro runs only once the content is known to be sound, so a refused build answers at once.
  // A large archive needs more than Node's default heap (plain Astro passes it near 10,000 MDX files).
  const astro = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', path.join(import.meta.dirname, 'lib/astroBuild.ts')],
    {
      stdio: 'inherit',
      env: { ...process.env, [CHECKED_ENV]: '1' },
    },
  );
  if (astro.status !== 0)
    throw new Error(`astro build exited with ${astro.status ?? astro.signal}`);
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
  const outDir = path.resolve(process.env.OUT_DIR || 'dist');
  const indexed = await buildSearchIndex(outDir, expected);
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
