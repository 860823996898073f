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

/** The widest a bar is drawn: a district with one year of stories gets a bar, not a band. */
export const MAX_BAR_WIDTH = 32;

/** A bar of the chart: its year and count, where it stands and how big it is. */
export type Bar = YearCount & { x: number; y: number; width: number; height: number };

/**
 * Bars for an SVG chart at most `maxWidth` wide and `height` tall, and the chart's own width:
 * as narrow as its bars, each at most MAX_BAR_WIDTH, so that few years make a small chart at
 * the left rather than bars stretched across the column.
 */
export function barLayout(
  data: YearCount[],
  maxWidth: number,
  height: number,
  gap = 6,
): { width: number; bars: Bar[] } {
  if (data.length === 0) return { width: 0, bars: [] };
  const max = Math.max(1, ...data.map((d) => d.count));
  const fitted = Math.floor((maxWidth - gap * (data.length - 1)) / data.length);
  const barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, fitted));
  const bars = data.map((d, i) => {
    const barHeight = Math.round((d.count / max) * height);
    return {
      ...d,
      x: i * (barWidth + gap),
      y: height - barHeight,
      width: barWidth,
      height: barHeight,
    };
  });
  return { width: data.length * barWidth + (data.length - 1) * gap, bars };
}
