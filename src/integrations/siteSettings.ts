/** The site settings, read before Astro starts (its `site` URL comes from them). */
import path from 'node:path';
import { readSourceFile } from '../lib/content/sourceFiles.ts';
import { SiteSchema, type Site } from '../schemas/index.ts';
import { publishedArticlesWith } from '../lib/content/loadContent.ts';
import { buildTime } from '../lib/content/publication.ts';
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

/** The redirects of renamed articles, read before Astro starts. */
export function readRedirects(): Record<string, string> {
  const { timezone } = readSiteSettings();
  const now = buildTime(buildNowSetting(), timezone);
  return articleRedirects(publishedArticlesWith(contentDir(), 'formerSlugs', now, timezone));
}
