import { describe, expect, test } from 'vitest';
import { barLayout, storiesPerYear } from '../../src/lib/storiesPerYear.ts';

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
    const bars = barLayout(
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
});
