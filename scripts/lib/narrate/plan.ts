/** Which articles a run of `npm run narrate` records, and why it leaves the others. */
import path from 'node:path';
import { isPublished } from '#src/lib/content/publication.ts';
import type { Entry } from '#src/lib/content/validateContent.ts';
import type { ArticleData } from '#src/schemas/article.ts';

/** Why an article is not narrated. */
export type SkipReason = 'draft' | 'scheduled' | 'recorded';

/** The articles to narrate, those left out, and named files that are no article. */
export type NarrationPlan = {
  /** `replacing`: the article has a recording, which may be replaced only if a machine made it. */
  narrate: { entry: Entry<ArticleData>; replacing: boolean }[];
  skipped: { entry: Entry<ArticleData>; reason: SkipReason }[];
  /** Named files that are not articles of the content folder. */
  unknown: string[];
};

/**
 * With `all`, every published article without a recording (drafts, scheduled articles and
 * recorded ones are skipped); otherwise the named files, drafts included, since a newsroom
 * records a piece before it goes out. A named article with a recording is skipped unless `force`.
 */
export function planNarration(
  articles: Entry<ArticleData>[],
  request: { all: boolean; files: string[]; force: boolean },
  now: Date,
): NarrationPlan {
  const plan: NarrationPlan = { narrate: [], skipped: [], unknown: [] };
  if (request.all) {
    for (const entry of articles) {
      if (entry.data.draft) plan.skipped.push({ entry, reason: 'draft' });
      else if (!isPublished(entry, now)) plan.skipped.push({ entry, reason: 'scheduled' });
      else if (entry.data.audio) plan.skipped.push({ entry, reason: 'recorded' });
      else plan.narrate.push({ entry, replacing: false });
    }
    return plan;
  }
  const byFile = new Map(articles.map((entry) => [path.resolve(entry.file), entry]));
  const seen = new Set<string>();
  for (const name of request.files) {
    const file = path.resolve(name);
    if (seen.has(file)) continue;
    seen.add(file);
    const entry = byFile.get(file);
    if (!entry) plan.unknown.push(name);
    else if (entry.data.audio && !request.force) plan.skipped.push({ entry, reason: 'recorded' });
    else plan.narrate.push({ entry, replacing: entry.data.audio !== undefined });
  }
  return plan;
}
