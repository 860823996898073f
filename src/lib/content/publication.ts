/** The publication rule: the one place that decides what readers may see. */
import { parseArchiveDate } from '../shared/dates.ts';

type Publishable = { data: { draft: boolean; pubDate: Date } };

/** Published = not a draft and dated no later than `now`. */
export function isPublished(article: Publishable, now: Date): boolean {
  return !article.data.draft && article.data.pubDate.getTime() <= now.getTime();
}

/**
 * The build's "now": `BUILD_NOW` (a date as in front matter, read in `timeZone`) or the clock.
 * Throws a readable error for a value that is not a date.
 */
export function buildTime(value: string | undefined, timeZone: string): Date {
  if (!value) return new Date();
  const parsed = parseArchiveDate(value, timeZone);
  if (typeof parsed === 'string') throw new Error(`BUILD_NOW: ${parsed}`);
  return parsed;
}
