import { describe, expect, test } from 'vitest';
import { cropSize, sharesCover } from '#src/lib/sharing/coverCrop.ts';

describe('cropSize', () => {
  test('makes a 1200 px wide crop of a large picture', () => {
    const original = { width: 1600, height: 1000 };
    expect(cropSize(original, [16, 9])).toEqual({ width: 1200, height: 675 });
    expect(cropSize(original, [4, 3])).toEqual({ width: 1200, height: 900 });
    expect(cropSize(original, [1, 1])).toEqual({ width: 1000, height: 1000 });
    expect(cropSize(original, [1200, 630])).toEqual({ width: 1200, height: 630 });
  });

  test('stays inside a small picture rather than asking for an enlargement', () => {
    const original = { width: 640, height: 480 };
    expect(cropSize(original, [16, 9])).toEqual({ width: 640, height: 360 });
    expect(cropSize(original, [4, 3])).toEqual({ width: 640, height: 480 });
    expect(cropSize(original, [1, 1])).toEqual({ width: 480, height: 480 });
  });

  test('crops a tall picture across its whole width', () => {
    expect(cropSize({ width: 900, height: 1600 }, [16, 9])).toEqual({ width: 900, height: 506 });
  });
});

describe('sharesCover', () => {
  test('shares a cover that gives a 1200x630 crop', () => {
    expect(sharesCover({ width: 1200, height: 800 })).toBe(true);
    expect(sharesCover({ width: 1200, height: 630 })).toBe(true);
  });

  test('shares the card instead of a cover too small for a large preview', () => {
    expect(sharesCover({ width: 1199, height: 800 })).toBe(false);
    expect(sharesCover({ width: 1600, height: 629 })).toBe(false);
    expect(sharesCover({ width: 640, height: 480 })).toBe(false);
  });
});
