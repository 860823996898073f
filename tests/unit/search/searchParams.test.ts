import { describe, expect, test } from 'vitest';
import { readSearchState, toggleFilter, writeSearchState } from '#src/lib/search/searchParams.ts';

describe('readSearchState', () => {
  test('reads the query, repeated filters and the sort', () => {
    expect(
      readSearchState(
        '?q=ch%E1%BB%A3+%C4%91%E1%BB%93n&district=Na+R%C3%AC&district=Ba+B%E1%BB%83&year=2023&sort=date',
      ),
    ).toEqual({
      query: 'chợ đồn',
      filters: { district: ['Na Rì', 'Ba Bể'], year: ['2023'] },
      sort: 'date',
    });
  });

  test('normalises an NFD query to NFC and ignores unknown parameters', () => {
    const state = readSearchState(`?q=${encodeURIComponent('Đồn'.normalize('NFD'))}&evil=1&sort=x`);
    expect(state).toEqual({ query: 'Đồn', filters: {}, sort: 'relevance' });
  });
});

describe('writeSearchState', () => {
  test('round-trips a state', () => {
    const state = {
      query: 'bác',
      filters: { kind: ['Bài viết'], topic: ['Nông thôn mới'] },
      sort: 'date' as const,
    };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  test('leaves out defaults', () => {
    expect(writeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('toggleFilter', () => {
  test('adds and removes a value, dropping an empty filter', () => {
    const on = toggleFilter({ query: 'a', filters: {}, sort: 'relevance' }, 'district', 'Na Rì');
    expect(on.filters).toEqual({ district: ['Na Rì'] });
    expect(toggleFilter(on, 'district', 'Na Rì').filters).toEqual({});
  });
});
