/** The site settings, read before Astro starts (its `site` URL comes from them). */
import path from 'node:path';
import { readSourceFile, contentDir } from '../lib/contentFiles.ts';
import { SiteSchema, type Site } from '../schemas/index.ts';

/** Reads content/site.yaml; falls back to defaults so that the checker can report problems. */
export function readSiteSettings(): Pick<Site, 'url' | 'timezone'> {
  const fallback = { url: 'http://localhost:4321', timezone: 'Asia/Ho_Chi_Minh' };
  try {
    const parsed = SiteSchema.safeParse(readSourceFile(path.join(contentDir(), 'site.yaml')).data);
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
