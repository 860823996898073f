/**
 * The environment switches of the archive, read in this module only. People set CONTENT_DIR,
 * BUILD_NOW, OUT_DIR and PORT (README, "Commands"); the build and `astro dev` set the internal
 * ones for the code and processes that come after them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Set by `npm run build` once it checks the content, for the Astro process it starts. */
export const CONTENT_CHECKED = 'ARCHIVE_CONTENT_CHECKED';
/** Set in `astro dev` only: the live preview shows drafts and scheduled articles, marked. */
const SHOW_UNPUBLISHED = 'ARCHIVE_SHOW_UNPUBLISHED';

/** The content folder: `CONTENT_DIR`, or content/ in the project. */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR || 'content');
}

/** The folder a build writes: `OUT_DIR`, or dist/ in the project. */
export function outDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.OUT_DIR || 'dist');
}

/**
 * Astro's cache folder for the content folder (astro.config.mjs `cacheDir`): its content store,
 * image cache and incremental cache, and the search index's parts. Each content folder keeps its
 * own, so switching CONTENT_DIR never mixes entries.
 */
export function contentCacheDir(
  root: string = process.cwd(),
  folder: string = contentDir(root),
): string {
  const key = createHash('sha1').update(path.resolve(root, folder)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.astro', key);
}

/** `BUILD_NOW` as given: the moment the publication rule uses instead of the clock. */
export function buildNowSetting(): string | undefined {
  return process.env.BUILD_NOW;
}

/** The port of `npm start` and `npm run cms`: `PORT`, or 4321. */
export function serverPort(): number {
  return Number(process.env.PORT ?? 4321);
}

/** Whether the content was checked by `npm run build` before Astro started. */
export function contentChecked(): boolean {
  return Boolean(process.env[CONTENT_CHECKED]);
}

/** Whether pages show drafts and scheduled articles too (the live preview of `astro dev`). */
export function showsUnpublished(): boolean {
  return process.env[SHOW_UNPUBLISHED] === '1';
}

/** Turns the live preview's drafts on (`astro dev`) or off (a build), for the pages to come. */
export function setShowsUnpublished(on: boolean): void {
  if (on) process.env[SHOW_UNPUBLISHED] = '1';
  else delete process.env[SHOW_UNPUBLISHED];
}

/** Set by `npm run build -- --fresh` for Astro's process: the build takes nothing from the last one. */
export const FRESH_BUILD = 'ARCHIVE_FRESH_BUILD';

/** Whether this build renders every page again, whatever the previous build left. */
export function freshBuild(): boolean {
  return process.env[FRESH_BUILD] === '1';
}
