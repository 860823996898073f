import { describe, expect, test } from 'vitest';
import { closestIds, editDistance } from '#src/lib/shared/closestIds.ts';

describe('closestIds', () => {
  const districts = ['ba-be', 'bach-thong', 'cho-don', 'cho-moi', 'na-ri', 'ngan-son', 'pac-nam'];

  test('suggests the nearest id first', () => {
    expect(closestIds('bach-thon', districts)[0]).toBe('bach-thong');
    expect(closestIds('cho-dom', districts).slice(0, 2)).toEqual(['cho-don', 'cho-moi']);
  });

  test('suggests nothing for an unrelated value', () => {
    expect(closestIds('thai-nguyen-province', districts)).toEqual([]);
  });
});

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
