/** Old article URLs that must keep working after a rename. */
import type { ArticleData } from '#src/schemas/article.ts';
import type { Entry } from './validateContent.ts';
import { articlePath } from '../shared/paths.ts';

/** Each former slug of a published article, mapped to the article's current path. */
export function articleRedirects(published: Entry<ArticleData>[]): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const article of published) {
    for (const former of article.data.formerSlugs)
      redirects[articlePath(former)] = articlePath(article.id);
  }
  return redirects;
}
