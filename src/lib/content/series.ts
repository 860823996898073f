/** Series order and navigation between parts. */
import type { SeriesData } from '#src/schemas/index.ts';

type PartArticle = { id: string; data: { part?: number; title: string } };

/** One part of a series: its article, or only a title when the archive lacks it. */
export type SeriesPart<A extends PartArticle> = {
  part: number;
  title: string | undefined;
  /** Undefined when the part is not in the archive. */
  article: A | undefined;
};

/**
 * The parts of a series in order: every visible article, plus the parts known by title and
 * the gaps below the highest part, which are not in the archive.
 */
export function seriesParts<A extends PartArticle>(
  series: SeriesData,
  articles: readonly A[],
): SeriesPart<A>[] {
  const byPart = new Map<number, A>();
  for (const article of articles) byPart.set(article.data.part!, article);
  const titles = new Map(series.parts.map((known) => [known.part, known.title]));
  const highest = Math.max(0, ...byPart.keys(), ...titles.keys());
  const parts: SeriesPart<A>[] = [];
  for (let part = 1; part <= highest; part++) {
    const article = byPart.get(part);
    parts.push({ part, title: article?.data.title ?? titles.get(part), article });
  }
  return parts;
}

/** Where an article stands in its series: the total (when known) and its neighbours. */
export type SeriesPosition<A> = {
  part: number;
  /** The number of parts, when the series is complete. */
  total: number | undefined;
  previous: A | undefined;
  next: A | undefined;
  /** Whether this is the final part of a complete series. */
  isFinal: boolean;
};

/** The position of `article` among the parts of its series; neighbours skip missing parts. */
export function seriesPosition<A extends PartArticle>(
  series: SeriesData,
  parts: readonly SeriesPart<A>[],
  article: A,
): SeriesPosition<A> {
  const present = parts.flatMap((part) => (part.article ? [part.article] : []));
  const index = present.findIndex((candidate) => candidate.id === article.id);
  const total = series.status === 'complete' ? parts.length : undefined;
  return {
    part: article.data.part!,
    total,
    previous: index > 0 ? present[index - 1] : undefined,
    next: index >= 0 ? present[index + 1] : undefined,
    isFinal: total !== undefined && article.data.part === total,
  };
}
