/** Reads and validates a whole content folder: the one entry point of the build, the checker and the scripts. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  listCollectionFiles,
  readSourceFile,
  type CollectionName,
} from './contentFiles.ts';
import { displayPath, validateContent, type Content, type Sources } from './validateContent.ts';
import type { Problem } from './problems.ts';

/** Reads every file of `dir` and validates it; paths in problems are relative to `root`. */
export function loadContent(
  dir: string,
  root: string = process.cwd(),
  { checkBodies = true }: { checkBodies?: boolean } = {},
): { content: Content | undefined; problems: Problem[] } {
  const siteFile = path.join(dir, 'site.yaml');
  if (!existsSync(dir)) {
    return {
      content: undefined,
      problems: [
        {
          file: displayPath(root, dir),
          line: 1,
          field: '-',
          message: 'the content folder does not exist',
          hint: 'set CONTENT_DIR to a folder with site.yaml, articles/, series/, ...',
          severity: 'error',
        },
      ],
    };
  }
  const sources = {
    siteFile,
    site: existsSync(siteFile) ? readSourceFile(siteFile) : undefined,
  } as Sources;
  for (const name of Object.keys(COLLECTION_FOLDERS) as CollectionName[]) {
    sources[name] = listCollectionFiles(dir, name).map(readSourceFile);
  }
  return validateContent(sources, { root, fileExists: existsSync, checkBodies });
}

type Loaded = ReturnType<typeof loadContent>;

/** Set by `npm run build` once it has checked the content, for the Astro process it starts. */
export const CHECKED_ENV = 'ARCHIVE_CONTENT_CHECKED';

/** Shared by every copy of this module in the process (Vite loads its own for the Astro config). */
const LOADED = Symbol.for('story-archive.loaded-content');

/**
 * The content for the Astro config and build hooks. In a process started by `npm run build`
 * (which checked everything first) it is read once, without compiling the MDX bodies again;
 * elsewhere (`astro dev`) it is read fresh each time.
 */
export function checkedContent(dir: string): Loaded {
  if (process.env[CHECKED_ENV] !== '1') return loadContent(dir);
  const store = globalThis as Record<symbol, { dir: string; loaded: Loaded } | undefined>;
  if (store[LOADED]?.dir !== dir)
    store[LOADED] = { dir, loaded: loadContent(dir, process.cwd(), { checkBodies: false }) };
  return store[LOADED]!.loaded;
}
