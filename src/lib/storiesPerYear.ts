/** Chart data: how many stories each year, with the empty years in between. */
type Dated = { year: number };

export type YearCount = { year: number; count: number };

/** One entry per year from the first story's year to the last one's, oldest first. */
export function storiesPerYear(articles: readonly Dated[]): YearCount[] {
  if (articles.length === 0) return [];
  const counts = new Map<number, number>();
  for (const { year } of articles) counts.set(year, (counts.get(year) ?? 0) + 1);
  const years = [...counts.keys()];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    count: counts.get(first + i) ?? 0,
  }));
}

/** Bars for an SVG chart `width` x `height`: x, y, bar width and height for each year. */
export function barLayout(data: YearCount[], width: number, height: number, gap = 4) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const barWidth = data.length ? (width - gap * (data.length - 1)) / data.length : 0;
  return data.map((d, i) => {
    const barHeight = Math.round((d.count / max) * height);
    return {
      ...d,
      x: Math.round(i * (barWidth + gap)),
      y: height - barHeight,
      width: Math.floor(barWidth),
      height: barHeight,
    };
  });
}
