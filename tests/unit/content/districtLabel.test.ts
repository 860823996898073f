import { describe, expect, test } from 'vitest';
import { districtLabel, namesItsKind } from '#src/lib/content/districtLabel.ts';

describe('districtLabel', () => {
  test('puts the kind before a bare name', () => {
    expect(districtLabel({ kind: 'district', name: 'Bạch Thông' })).toBe('Huyện Bạch Thông');
    expect(districtLabel({ kind: 'city', name: 'Bắc Kạn' })).toBe('Thành phố Bắc Kạn');
    expect(districtLabel({ kind: 'town', name: 'Bắc Kạn' })).toBe('Thị xã Bắc Kạn');
  });

  test('keeps a name that already holds its kind as it is', () => {
    expect(districtLabel({ kind: 'city', name: 'Thành phố Bắc Kạn' })).toBe('Thành phố Bắc Kạn');
    expect(districtLabel({ kind: 'district', name: 'Huyện Ba Bể' })).toBe('Huyện Ba Bể');
    expect(districtLabel({ kind: 'town', name: 'Thị xã Bắc Kạn' })).toBe('Thị xã Bắc Kạn');
  });

  test('recognises the kind in any case and in decomposed Unicode', () => {
    expect(districtLabel({ kind: 'city', name: 'thành phố Bắc Kạn' })).toBe('thành phố Bắc Kạn');
    const decomposed = 'Thành phố Bắc Kạn'.normalize('NFD');
    expect(districtLabel({ kind: 'city', name: decomposed })).toBe(decomposed);
  });
});

describe('namesItsKind', () => {
  test('is true only when a kind is a whole word at the start of the name', () => {
    expect(namesItsKind('Thị xã Bắc Kạn')).toBe(true);
    expect(namesItsKind('Bắc Kạn')).toBe(false);
    // "Thành" alone is not "Thành phố": a place may well be called so.
    expect(namesItsKind('Thành Công')).toBe(false);
    expect(namesItsKind('Huyệnlộ')).toBe(false);
  });
});
