/** "Xem thêm": the stories most related to each article, computed once for the whole archive. */
import type { Archive, Article } from '../content/archive.ts';

/** How much one shared thing counts. */
export const RELATED_WEIGHTS = {
  series: 8,
  models: 4,
  people: 4,
  districts: 2,
  topics: 1,
} as const;

/**
 * Stories looked at on either side of an article in each group it shares (a district, a topic,
 * a series, a model, a person): 400 stories around it of each. A district or topic holds a
 * share of the whole archive, so scanning the whole group made the work grow with the square of
 * the archive (4.5 s at 10,000 articles, so some 25 times that at 50,000); within the window it
 * grows with the archive. Series, models and people are smaller than the window in practice.
 */
export const RELATED_WINDOW = 200;

/**
 * Up to `limit` related stories for every article: by shared things, then newest first, then id,
 * among the `window` stories on either side of it in each group it shares (stories of the same
 * district or topic from around the same time). Scores live in one array indexed by each story's
 * place in the archive (newest first, so a lower place wins a tie), and only the best `limit`
 * are kept, never a full sort.
 */
export function relatedStories(
  archive: Archive,
  limit = 6,
  window = RELATED_WINDOW,
): Map<string, Article[]> {
  const stories = archive.articles;
  const place = new Map(stories.map((article, index) => [article, index]));
  const placesCache = new WeakMap<readonly Article[], Int32Array>();
  // Each group's places in the archive, ascending (groups keep the archive's order).
  const places = (list: readonly Article[]) => {
    let cached = placesCache.get(list);
    if (!cached) {
      cached = Int32Array.from(
        list.filter((article) => place.has(article)),
        (article) => place.get(article)!,
      );
      placesCache.set(list, cached);
    }
    return cached;
  };
  /** The places of `list` within `window` of `self` in it. */
  const around = (list: readonly Article[], self: number) => {
    const all = places(list);
    const at = firstAtLeast(all, self);
    return all.subarray(Math.max(0, at - window), Math.min(all.length, at + window + 1));
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
        for (const other of around(list, self)) {
          if (other === self) continue;
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

/** The index of the first value of the ascending `values` that is at least `value`. */
function firstAtLeast(values: Int32Array, value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
