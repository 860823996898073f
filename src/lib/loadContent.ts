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
  return validateContent(sources, { root, fileExists: existsSync });
}

type Loaded = ReturnType<typeof loadContent>;

/** Shared by every copy of this module in the process (Vite loads its own for the Astro config). */
const REMEMBERED = Symbol.for('story-archive.checked-content');

/** Keeps a build's checked content, so that the config and the build hooks do not read it again. */
export function rememberContent(dir: string, loaded: Loaded): void {
  (globalThis as Record<symbol, unknown>)[REMEMBERED] = { dir, loaded };
}

/** The content a build remembered for `dir`, or a fresh read (always fresh in `astro dev`). */
export function checkedContent(dir: string): Loaded {
  const remembered = (globalThis as Record<symbol, { dir: string; loaded: Loaded } | undefined>)[
    REMEMBERED
  ];
  return remembered?.dir === dir ? remembered.loaded : loadContent(dir);
}
