import { describe, expect, test } from 'vitest';
import { buildTime, isPublished } from '#src/lib/content/publication.ts';

const now = new Date('2026-01-01T00:00:00Z');
const article = (draft: boolean, pubDate: string) => ({
  data: { draft, pubDate: new Date(pubDate) },
});

describe('isPublished', () => {
  test('publishes a past article that is not a draft', () => {
    expect(isPublished(article(false, '2025-12-31T23:59:59Z'), now)).toBe(true);
  });

  test('publishes an article dated exactly now', () => {
    expect(isPublished(article(false, '2026-01-01T00:00:00Z'), now)).toBe(true);
  });

  test('holds back a scheduled article', () => {
    expect(isPublished(article(false, '2026-01-01T00:00:01Z'), now)).toBe(false);
  });

  test('never publishes a draft, however old', () => {
    expect(isPublished(article(true, '2001-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe('buildTime', () => {
  test('reads BUILD_NOW in the site time zone', () => {
    expect(buildTime('2026-11-26T12:00', 'Asia/Ho_Chi_Minh')).toEqual(
      new Date('2026-11-26T05:00:00Z'),
    );
  });

  test('uses the clock without BUILD_NOW', () => {
    const before = Date.now();
    expect(buildTime(undefined, 'Asia/Ho_Chi_Minh').getTime()).toBeGreaterThanOrEqual(before);
  });

  test('names BUILD_NOW when its value is not a date', () => {
    expect(() => buildTime('tomorrow', 'Asia/Ho_Chi_Minh')).toThrow(/BUILD_NOW/);
  });
});
