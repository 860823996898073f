import { describe, expect, test } from 'vitest';
import { isoInTimeZone, modifiedDate } from '#src/lib/sharing/isoDate.ts';

describe('isoInTimeZone', () => {
  test('writes the wall-clock time in Vietnam with its +07:00 offset', () => {
    expect(isoInTimeZone(new Date('2023-05-19T00:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2023-05-19T07:00:00+07:00',
    );
  });

  test('crosses midnight into the next day and keeps the seconds', () => {
    expect(isoInTimeZone(new Date('2023-12-31T17:30:45Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2024-01-01T00:30:45+07:00',
    );
  });

  test('writes negative and half-hour offsets', () => {
    expect(isoInTimeZone(new Date('2023-05-19T00:00:00Z'), 'America/St_Johns')).toBe(
      '2023-05-18T21:30:00-02:30',
    );
  });
});

describe('modifiedDate', () => {
  const pubDate = new Date('2023-05-19T00:00:00Z');

  test('is the publication date when nothing changed', () => {
    expect(modifiedDate({ data: { pubDate, corrections: [] } })).toEqual(pubDate);
  });

  test('is the latest of the update and the corrections', () => {
    const updatedDate = new Date('2023-05-20T00:00:00Z');
    const late = new Date('2023-05-22T00:00:00Z');
    expect(modifiedDate({ data: { pubDate, updatedDate, corrections: [] } })).toEqual(updatedDate);
    expect(modifiedDate({ data: { pubDate, updatedDate, corrections: [{ date: late }] } })).toEqual(
      late,
    );
  });
});
