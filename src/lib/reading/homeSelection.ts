/** What the home page shows: a bounded selection, whatever the archive's size. */
import type { Archive } from '../content/archive.ts';

/** How many items each home-page block holds. */
export const HOME_LIMITS = { latest: 10, series: 6, models: 6, people: 6 } as const;

/**
 * The latest stories, the most recent series, and the models and people most written about
 * (ties in name order), so the home page never grows with the archive.
 */
export function homeSelection(archive: Archive) {
  const mostWrittenAbout = <T extends { id: string }>(
    items: T[],
    stories: Map<string, unknown[]>,
    limit: number,
  ) =>
    items
      .map((item, index) => ({ item, index, count: stories.get(item.id)?.length ?? 0 }))
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .slice(0, limit)
      .map(({ item }) => item);
  return {
    latest: archive.articles.slice(0, HOME_LIMITS.latest),
    series: archive.series.slice(0, HOME_LIMITS.series),
    models: mostWrittenAbout(archive.models, archive.byModel, HOME_LIMITS.models),
    people: mostWrittenAbout(archive.people, archive.byPerson, HOME_LIMITS.people),
  };
}
