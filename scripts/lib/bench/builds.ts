/** The measured runs: the archive's build and check, and the plain Astro baseline's build. */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH_BUILD_NOW } from './content.ts';
import { SHARE_CARD_CACHE_DIR } from '#src/lib/sharing/shareCardCache.ts';
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
  const key = createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join('node_modules/.astro', key);
}

/** Runs `npm run build` (scripts/build.ts) on `contentDir` into `outDir`; `fresh` drops its caches (images, cards) first. */
export function buildArchive(
  contentDir: string,
  outDir: string,
  logFile: string,
  fresh: boolean,
): Promise<Measured> {
  if (fresh) {
    rmSync(archiveCacheDir(contentDir), { recursive: true, force: true });
    rmSync(SHARE_CARD_CACHE_DIR, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const env = childEnv({ CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_NOW: BENCH_BUILD_NOW });
  return runMeasured(['scripts/build.ts'], env, logFile);
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
