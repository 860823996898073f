/** The site settings, read before Astro starts (its `site` URL comes from them). */
import path from 'node:path';
import { readSourceFile } from '../lib/content/sourceFiles.ts';
import { SiteSchema, type Site } from '../schemas/index.ts';
import { articlesWith } from '../lib/content/loadContent.ts';
import { buildTime, isPublished } from '../lib/content/publication.ts';
import type { Entry } from '../lib/content/validateContent.ts';
import type { ArticleData } from '../schemas/article.ts';
import { articleRedirects } from '../lib/content/redirects.ts';
import { contentDir, buildNowSetting } from '../lib/shared/environment.ts';

/** Reads content/site.yaml; falls back to defaults so that the checker can report problems. */
export function readSiteSettings(): Pick<Site, 'url' | 'timezone' | 'editor' | 'dateline'> {
  const fallback = { url: 'http://localhost:4321', timezone: 'Asia/Ho_Chi_Minh', dateline: '' };
  try {
    const parsed = SiteSchema.safeParse(readSourceFile(path.join(contentDir(), 'site.yaml')).data);
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * What the Astro config and the build's hooks need of the articles, read in one pass before Astro
 * starts: the redirects of renamed articles, and the articles with a recording, published at a
 * given moment (their recordings are copied next to their pages once the build is done).
 */
export function readArticleFacts(): {
  redirects: Record<string, string>;
  withAudio: (now: Date) => Entry<ArticleData>[];
} {
  const { timezone } = readSiteSettings();
  const found = articlesWith(contentDir(), ['formerSlugs', 'audio'], timezone);
  const published = (field: 'formerSlugs' | 'audio', now: Date) =>
    found.get(field)!.filter((entry) => isPublished(entry, now));
  return {
    redirects: articleRedirects(published('formerSlugs', buildTime(buildNowSetting(), timezone))),
    withAudio: (now) => published('audio', now),
  };
}
