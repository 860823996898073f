/** An article's place in its series, looked up in the archive. */
import type { Archive, Article, Series } from './archive.ts';
import { seriesPosition, type SeriesPosition } from './series.ts';

export type SeriesContext = { series: Series; position: SeriesPosition<Article> };

/** The series of `article` and its position there; undefined for a standalone article. */
export function seriesContext(archive: Archive, article: Article): SeriesContext | undefined {
  const series = article.data.series ? archive.seriesById.get(article.data.series) : undefined;
  if (!series) return undefined;
  return { series, position: seriesPosition(series.data, series.parts, article) };
}
