import { describe, expect, test } from 'vitest';
import { MAX_BAR_WIDTH, barLayout, storiesPerYear } from '#src/lib/reading/storiesPerYear.ts';

describe('storiesPerYear', () => {
  test('counts each year and keeps the empty years between', () => {
    expect(storiesPerYear([{ year: 2025 }, { year: 2022 }, { year: 2025 }])).toEqual([
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 0 },
      { year: 2025, count: 2 },
    ]);
  });

  test('has no bars without stories', () => {
    expect(storiesPerYear([])).toEqual([]);
  });
});

describe('barLayout', () => {
  test('scales the tallest bar to the full height', () => {
    const { bars } = barLayout(
      [
        { year: 2022, count: 1 },
        { year: 2023, count: 2 },
      ],
      100,
      40,
    );
    expect(bars.map((b) => [b.height, b.y])).toEqual([
      [20, 20],
      [40, 0],
    ]);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].width - 1);
  });

  test('draws a single year as one bar of the widest bar width, at the left', () => {
    const { width, bars } = barLayout([{ year: 2023, count: 1 }], 260, 80);
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ x: 0, width: MAX_BAR_WIDTH, height: 80 });
    expect(width).toBe(MAX_BAR_WIDTH);
  });

  test('keeps the bars of a few years at the widest bar width, the chart only as wide as they are', () => {
    const data = [2023, 2024, 2025].map((year) => ({ year, count: 1 }));
    const { width, bars } = barLayout(data, 260, 80, 6);
    expect(bars.map((b) => b.width)).toEqual([MAX_BAR_WIDTH, MAX_BAR_WIDTH, MAX_BAR_WIDTH]);
    expect(width).toBe(3 * MAX_BAR_WIDTH + 2 * 6);
  });

  test('narrows the bars of many years to fit the width', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ year: 2000 + i, count: i }));
    const { width, bars } = barLayout(data, 260, 80, 6);
    expect(width).toBeLessThanOrEqual(260);
    expect(bars.at(-1)!.x + bars.at(-1)!.width).toBe(width);
    expect(bars[0].width).toBeLessThan(MAX_BAR_WIDTH);
  });

  test('has no bars and no width without data', () => {
    expect(barLayout([], 260, 80)).toEqual({ width: 0, bars: [] });
  });
});
