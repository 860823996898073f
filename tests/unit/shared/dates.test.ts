import { describe, expect, test } from 'vitest';
import { toolMessages as en } from '#src/i18n/en.ts';
import {
  formatDateTime,
  formatDuration,
  formatLongDate,
  formatShortDate,
  parseArchiveDate,
  yearOf,
} from '#src/lib/shared/dates.ts';

const VN = 'Asia/Ho_Chi_Minh';

describe('parseArchiveDate', () => {
  test('reads a date with an offset as that instant', () => {
    expect(parseArchiveDate('2023-05-19T07:00:00+07:00', VN)).toEqual(
      new Date('2023-05-19T00:00:00Z'),
    );
  });

  test('reads a bare date as midnight in the site time zone', () => {
    expect(parseArchiveDate('2021-06-03', VN)).toEqual(new Date('2021-06-02T17:00:00Z'));
  });

  test('reads a time without an offset in the site time zone, not UTC', () => {
    expect(parseArchiveDate('2023-07-07T23:30:00', VN)).toEqual(new Date('2023-07-07T16:30:00Z'));
    expect(parseArchiveDate('2023-07-07 23:30', VN)).toEqual(new Date('2023-07-07T16:30:00Z'));
  });

  test('honours Z and offsets without a colon', () => {
    expect(parseArchiveDate('2023-01-01T00:00:00Z', VN)).toEqual(new Date('2023-01-01T00:00:00Z'));
    expect(parseArchiveDate('2023-01-01T07:00:00+0700', VN)).toEqual(
      new Date('2023-01-01T00:00:00Z'),
    );
  });

  test('handles a zone with daylight saving', () => {
    expect(parseArchiveDate('2024-07-01T12:00', 'Europe/Paris')).toEqual(
      new Date('2024-07-01T10:00:00Z'),
    );
    expect(parseArchiveDate('2024-01-01T12:00', 'Europe/Paris')).toEqual(
      new Date('2024-01-01T11:00:00Z'),
    );
  });

  test.each([
    ['2024-02-30', 'không có ngày 30'],
    ['2023-02-29', 'không có ngày 29'],
    ['2024-13-01', 'không có tháng 13'],
    ['2024-02-31T10:00+07:00', 'không có ngày 31'],
    ['2024-01-01T24:00', 'giờ trong ngày không có thật'],
    ['19/5/2023', 'không phải ngày tháng'],
    ['', 'không phải ngày tháng'],
  ])('refuses %s, saying why in Vietnamese', (text, message) => {
    const result = parseArchiveDate(text, VN);
    expect(typeof result).toBe('string');
    expect(result).toContain(message);
  });

  test('says why in English when given the English messages', () => {
    expect(parseArchiveDate('2024-02-30', VN, en.dates)).toBe('"2024-02-30": 2/2024 has no day 30');
  });

  test('accepts 29 February in a leap year', () => {
    expect(parseArchiveDate('2024-02-29', VN)).toBeInstanceOf(Date);
  });
});

describe('formatting in the site time zone', () => {
  const friday = new Date('2023-05-19T00:00:00Z');

  test('formats the long date as the newspaper does', () => {
    expect(formatLongDate(friday, VN)).toBe('thứ Sáu, 19/5/2023');
    expect(formatLongDate(new Date('2023-05-21T03:00:00Z'), VN)).toBe('Chủ nhật, 21/5/2023');
  });

  test('uses the Vietnamese calendar day, not the UTC one', () => {
    const lateEvening = new Date('2023-12-31T17:30:00Z'); // 00:30 on 1 January in Vietnam
    expect(formatShortDate(lateEvening, VN)).toBe('1/1/2024');
    expect(yearOf(lateEvening, VN)).toBe(2024);
  });

  test('formats a date and time with leading zeros in the time', () => {
    expect(formatDateTime(new Date('2023-05-20T01:05:00Z'), VN)).toBe('20/5/2023 08:05');
  });
});

describe('formatDuration', () => {
  test('writes minutes and seconds, and hours past an hour', () => {
    expect(formatDuration(312)).toBe('5:12');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});
