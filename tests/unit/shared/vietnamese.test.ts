import { describe, expect, test } from 'vitest';
import { canonicalTones, dFoldedWords, hasVietnameseMarks } from '#src/lib/shared/vietnamese.ts';

describe('canonicalTones', () => {
  test.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['Thuý', 'Thúy'],
    ['thúy', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['uỷ ban', 'ủy ban'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['thuyền', 'thuyền'],
    ['hoạch', 'hoạch'],
    ['Lan toả', 'Lan tỏa'],
    ['Đồng Lau', 'Đồng Lau'],
  ])('writes %s as %s', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
  });

  test('gives one spelling for NFD and NFC input, both tone styles alike', () => {
    expect(canonicalTones('hoà'.normalize('NFD'))).toBe(canonicalTones('hòa'));
    expect(canonicalTones('Triệu Thị Thuý'.normalize('NFD'))).toBe('Triệu Thị Thúy');
  });
});

describe('dFoldedWords', () => {
  test('lists each word with đ once, with đ as d', () => {
    expect(dFoldedWords('Chợ Đồn, đường đất; đường')).toEqual(['dồn', 'dường', 'dất']);
  });

  test('lists nothing for text without đ', () => {
    expect(dFoldedWords('Bắc Kạn')).toEqual([]);
  });
});

describe('hasVietnameseMarks', () => {
  test('sees tones, vowel marks and đ, in NFC and NFD', () => {
    expect(hasVietnameseMarks('bác')).toBe(true);
    expect(hasVietnameseMarks('bác'.normalize('NFD'))).toBe(true);
    expect(hasVietnameseMarks('đong')).toBe(true);
    expect(hasVietnameseMarks('bac kan')).toBe(false);
  });
});
