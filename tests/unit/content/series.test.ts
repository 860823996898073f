import { describe, expect, test } from 'vitest';
import { seriesParts, seriesPosition } from '#src/lib/content/series.ts';
import type { SeriesData } from '#src/schemas/index.ts';

const part = (id: string, n: number) => ({ id, data: { part: n, title: `Bài số ${n}` } });
const complete: SeriesData = {
  title: 'Loạt',
  description: 'Mô tả',
  status: 'complete',
  parts: [{ part: 2, title: 'Bài đã mất' }],
};

describe('seriesParts', () => {
  test('orders parts by number and shows a missing part by its known title', () => {
    const parts = seriesParts(complete, [part('c', 3), part('a', 1)]);
    expect(parts.map((p) => [p.part, p.title, p.article?.id])).toEqual([
      [1, 'Bài số 1', 'a'],
      [2, 'Bài đã mất', undefined],
      [3, 'Bài số 3', 'c'],
    ]);
  });

  test('shows a gap without a known title as an untitled missing part', () => {
    const parts = seriesParts({ ...complete, parts: [] }, [part('a', 1), part('c', 3)]);
    expect(parts[1]).toEqual({ part: 2, title: undefined, article: undefined });
  });

  test('lists titled parts beyond the last published one', () => {
    const parts = seriesParts({ ...complete, parts: [{ part: 3, title: 'Sắp tới' }] }, [
      part('a', 1),
      part('b', 2),
    ]);
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3]);
  });
});

describe('seriesPosition', () => {
  const articles = [part('a', 1), part('c', 3), part('d', 4)];
  const parts = seriesParts(complete, articles);

  test('links to the neighbours, skipping a missing part', () => {
    const position = seriesPosition(complete, parts, articles[1]);
    expect(position.previous?.id).toBe('a');
    expect(position.next?.id).toBe('d');
    expect(position.total).toBe(4);
  });

  test('has no previous part for part 1 and no next part for the last', () => {
    expect(seriesPosition(complete, parts, articles[0]).previous).toBeUndefined();
    const last = seriesPosition(complete, parts, articles[2]);
    expect(last.next).toBeUndefined();
    expect(last.isFinal).toBe(true);
  });

  test('gives no total for an ongoing series', () => {
    const ongoing = { ...complete, status: 'ongoing' as const };
    const position = seriesPosition(ongoing, seriesParts(ongoing, articles), articles[2]);
    expect(position.total).toBeUndefined();
    expect(position.isFinal).toBe(false);
  });
});
