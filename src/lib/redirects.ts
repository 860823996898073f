/** Old article URLs that must keep working after a rename. */
import type { Archive } from './archive.ts';
import { articlePath } from './paths.ts';

/** Each former slug of a published article, mapped to the article's current path. */
export function articleRedirects(archive: Archive): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const article of archive.articles) {
    for (const former of article.data.formerSlugs)
      redirects[articlePath(former)] = articlePath(article.id);
  }
  return redirects;
}
