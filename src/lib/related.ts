/** "Xem thêm": the stories most related to each article, computed once for the whole archive. */
import type { Archive, Article } from './archive.ts';
import { compareNewestFirst } from './archive.ts';

/** How much one shared thing counts. */
export const RELATED_WEIGHTS = {
  series: 8,
  models: 4,
  people: 4,
  districts: 2,
  topics: 1,
} as const;

/** Up to `limit` related stories for every article: by shared things, then newest first, then id. */
export function relatedStories(archive: Archive, limit = 6): Map<string, Article[]> {
  const groups: [keyof typeof RELATED_WEIGHTS, (article: Article) => Article[][]][] = [
    [
      'series',
      (a) => (a.data.series ? [archive.seriesById.get(a.data.series)?.articles ?? []] : []),
    ],
    ['models', (a) => a.data.models.map((id) => archive.byModel.get(id) ?? [])],
    ['people', (a) => a.data.people.map((id) => archive.byPerson.get(id) ?? [])],
    ['districts', (a) => a.data.districts.map((id) => archive.byDistrict.get(id) ?? [])],
    ['topics', (a) => a.data.topics.map((id) => archive.byTopic.get(id) ?? [])],
  ];
  const related = new Map<string, Article[]>();
  for (const article of archive.articles) {
    const scores = new Map<Article, number>();
    for (const [kind, listsOf] of groups) {
      for (const list of listsOf(article)) {
        for (const other of list) {
          if (other.id === article.id) continue;
          scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHTS[kind]);
        }
      }
    }
    const ranked = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || compareNewestFirst(a, b))
      .slice(0, limit);
    related.set(
      article.id,
      ranked.map(([other]) => other),
    );
  }
  return related;
}
