/** `npm run search:score`: the relevance suite over the built archive, ours against plain Pagefind. */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchVietnamese } from '../src/lib/search/searchQuery.ts';
import { loadPagefind } from '../tests/search/pagefindNode.ts';
import { hits, scoreJudgments } from '../tests/search/score.ts';
import { buildSearchIndex } from './lib/search/searchIndex.ts';
import { outDir as buildOutDir } from '../src/lib/shared/environment.ts';

const outDir = buildOutDir();
if (!existsSync(path.join(outDir, 'pagefind'))) {
  console.error(`No search index in ${outDir}: run "npm run build" first.`);
  process.exit(1);
}
const pagefind = await loadPagefind(outDir);
const ours = await scoreJudgments(
  async (query) => (await searchVietnamese(pagefind, query)).results,
);
// The comparison: Pagefind as it comes, over the same pages indexed as published, queries as typed.
const plainDir = mkdtempSync(path.join(tmpdir(), 'plain-pagefind-'));
await buildSearchIndex(outDir, 0, {
  outputPath: path.join(plainDir, 'pagefind'),
  prepare: (html) => html,
  // One part: Pagefind leaves out pages without data-pagefind-body when others have it, per index.
  partPages: Infinity,
});
const plainPagefind = await loadPagefind(plainDir);
const plain = await scoreJudgments(
  async (query) => (await plainPagefind.search(query))?.results ?? [],
);
const sizes = {
  ours: indexBytes(path.join(outDir, 'pagefind')),
  plain: indexBytes(path.join(plainDir, 'pagefind')),
};
rmSync(plainDir, { recursive: true, force: true });

for (const [index, judgment] of ours.entries()) {
  const mark = judgment.rank !== undefined && judgment.rank <= 3 ? 'ok ' : 'MISS';
  const rank = (r: number | undefined) => (r === undefined ? '-' : String(r));
  console.log(
    `${mark} ${judgment.kind.padEnd(11)} ${JSON.stringify(judgment.query.normalize('NFC')).padEnd(42)} rank ${rank(judgment.rank)} (plain Pagefind: ${rank(plain[index].rank)})`,
  );
  if (mark === 'MISS')
    console.log(`     expected ${judgment.expected}; got ${judgment.top.join(' ')}`);
}
const total = ours.length;
console.log(
  `\nTop 3: ${hits(ours)}/${total} (${((100 * hits(ours)) / total).toFixed(1)}%); plain Pagefind: ${hits(plain)}/${total}.`,
);
console.log(
  `Index size (pages, fragments, filters, metadata): ${(sizes.ours / 1024).toFixed(1)} KiB; plain Pagefind: ${(sizes.plain / 1024).toFixed(1)} KiB (${(((sizes.ours - sizes.plain) / sizes.plain) * 100).toFixed(1)}%).`,
);
process.exitCode = hits(ours) / total >= 0.95 ? 0 : 1;

/** The bytes of an index's data files (not Pagefind's own scripts, the same for both). */
function indexBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.pf_(index|fragment|filter|meta)$/.test(entry.name))
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}
