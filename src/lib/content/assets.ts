/** Files that travel with an article (its recording) and their public URLs. */
import path from 'node:path';
import { articlePath } from '../shared/paths.ts';

/** The public path of an article's audio file: next to the article page. */
export function audioPath(articleId: string, src: string): string {
  return `${articlePath(articleId)}${path.posix.basename(src)}`;
}
