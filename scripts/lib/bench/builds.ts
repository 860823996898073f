/** The measured runs: the archive's build and check, and the plain Astro baseline's build. */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH_BUILD_NOW } from './content.ts';
import { SHARE_CARD_CACHE_DIR } from '#src/lib/sharing/shareCardCache.ts';
import { contentCacheDir } from '#src/lib/shared/environment.ts';
import { runMeasured, type Measured } from './run.ts';

/** The baseline site kept in the benchmark. */
export const BASELINE_ROOT = 'bench/baseline';

/** Every child runs without Node's compile cache (a warm cache flatters a second build) and without telemetry. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_DISABLE_COMPILE_CACHE: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** The archive's content-layer cache for `contentDir`, as astro.config.mjs names it. */
export function archiveCacheDir(contentDir: string): string {
  return contentCacheDir(process.cwd(), contentDir);
}

/**
 * How the archive is built:
 * - cold: `--fresh` after deleting the content folder's caches (content layer, pictures, pages),
 *   the card cache and `outDir`, as on a new machine;
 * - warm: `--fresh` with every cache kept: every page is rendered, pictures and cards, keyed by
 *   content, come from their caches (the fair comparator of an incremental build);
 * - incremental: `npm run build` as a journalist runs it after a change.
 */
export type ArchiveBuildKind = 'cold' | 'warm' | 'incremental';

/** Runs `npm run build` (scripts/build.ts) on `contentDir` into `outDir`, in English (its "Pages:" line). */
export function buildArchive(
  contentDir: string,
  outDir: string,
  logFile: string,
  kind: ArchiveBuildKind,
): Promise<Measured> {
  if (kind === 'cold') {
    rmSync(archiveCacheDir(contentDir), { recursive: true, force: true });
    rmSync(SHARE_CARD_CACHE_DIR, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const env = childEnv({ CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_NOW: BENCH_BUILD_NOW });
  const flags = kind === 'incremental' ? [] : ['--fresh'];
  return runMeasured(['scripts/build.ts', ...flags, '--lang', 'en'], env, logFile);
}

/**
 * Copies `contentDir` to `copyDir`, a path of its own and so a cache folder of its own, with
 * only the picture cache (keyed by content, kept by `--fresh`) taken over so that no picture is
 * made again; the copy is then ready for a `warm` build that shares nothing else with the
 * builds of `contentDir`.
 */
export function copyContent(contentDir: string, copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  rmSync(archiveCacheDir(copyDir), { recursive: true, force: true });
  cpSync(contentDir, copyDir, { recursive: true });
  // Astro keeps the images it made in `<cacheDir>/assets`.
  const pictures = path.join(archiveCacheDir(contentDir), 'assets');
  if (existsSync(pictures)) {
    cpSync(pictures, path.join(archiveCacheDir(copyDir), 'assets'), { recursive: true });
  }
}

/** Runs `npm run check` (scripts/check.ts) on `contentDir`. */
export function checkContent(contentDir: string, logFile: string): Promise<Measured> {
  return runMeasured(['scripts/check.ts'], childEnv({ CONTENT_DIR: contentDir }), logFile);
}

/** The astro CLI of the project's own astro package. */
function astroBin(): string {
  const manifest = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as {
    bin: { astro: string };
  };
  return path.join('node_modules/astro', manifest.bin.astro);
}

/** Runs `astro build --root bench/baseline` over `articlesDir`; `fresh` drops its caches first. */
export function buildBaseline(
  articlesDir: string,
  outDir: string,
  cacheDir: string,
  logFile: string,
  fresh: boolean,
): Promise<Measured> {
  if (fresh) {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const env = childEnv({
    BENCH_ARTICLES_DIR: path.resolve(articlesDir),
    BENCH_OUT_DIR: path.resolve(outDir),
    BENCH_CACHE_DIR: path.resolve(cacheDir),
  });
  return runMeasured([astroBin(), 'build', '--root', BASELINE_ROOT], env, logFile);
}
