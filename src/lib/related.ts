/** "Xem thêm": the stories most related to each article, computed once for the whole archive. */
import type { Archive, Article } from './archive.ts';

/** How much one shared thing counts. */
export const RELATED_WEIGHTS = {
  series: 8,
  models: 4,
  people: 4,
  districts: 2,
  topics: 1,
} as const;

/**
 * Up to `limit` related stories for every article: by shared things, then newest first, then id.
 * Linear in the size of the groups an article shares: scores live in one array indexed by each
 * story's place in the archive (newest first, so a lower place wins a tie), and only the best
 * `limit` are kept, never a full sort, because a large district holds thousands of stories.
 */
export function relatedStories(archive: Archive, limit = 6): Map<string, Article[]> {
  const stories = archive.articles;
  const place = new Map(stories.map((article, index) => [article, index]));
  const placesCache = new WeakMap<readonly Article[], Int32Array>();
  const places = (list: readonly Article[]) => {
    let cached = placesCache.get(list);
    if (!cached) {
      cached = Int32Array.from(list, (article) => place.get(article) ?? -1);
      placesCache.set(list, cached);
    }
    return cached;
  };
  const groups: [number, (article: Article) => (readonly Article[] | undefined)[]][] = [
    [
      RELATED_WEIGHTS.series,
      (a) => [a.data.series ? archive.seriesById.get(a.data.series)?.articles : undefined],
    ],
    [RELATED_WEIGHTS.models, (a) => a.data.models.map((id) => archive.byModel.get(id))],
    [RELATED_WEIGHTS.people, (a) => a.data.people.map((id) => archive.byPerson.get(id))],
    [RELATED_WEIGHTS.districts, (a) => a.data.districts.map((id) => archive.byDistrict.get(id))],
    [RELATED_WEIGHTS.topics, (a) => a.data.topics.map((id) => archive.byTopic.get(id))],
  ];
  const scores = new Float64Array(stories.length);
  const related = new Map<string, Article[]>();
  stories.forEach((article, self) => {
    const touched: number[] = [];
    for (const [weight, listsOf] of groups) {
      for (const list of listsOf(article)) {
        if (!list) continue;
        for (const other of places(list)) {
          if (other < 0 || other === self) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other] += weight;
        }
      }
    }
    const best = topPlaces(touched, scores, limit);
    for (const other of touched) scores[other] = 0;
    related.set(
      article.id,
      best.map((other) => stories[other]),
    );
  });
  return related;
}

/** The `limit` places with the highest score, ties to the lower place, in order. */
function topPlaces(candidates: readonly number[], scores: Float64Array, limit: number): number[] {
  const better = (a: number, b: number) =>
    scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  const best: number[] = [];
  for (const candidate of candidates) {
    if (best.length === limit && !better(candidate, best[limit - 1])) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1])) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
