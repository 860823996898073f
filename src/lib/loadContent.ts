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
