import { describe, expect, test } from 'vitest';
import {
  facetTable,
  filterOptions,
  narrowResults,
  type FilterPages,
} from '#src/lib/search/searchFacets.ts';

// Three pages; page 2 has two topics and no district.
const FILTERS: FilterPages = [
  [
    'district',
    [
      ['Ba Bể', [0]],
      ['Na Rì', [1]],
    ],
  ],
  [
    'topic',
    [
      ['Nông nghiệp', [0, 2]],
      ['Văn hóa', [2]],
    ],
  ],
];
const facets = facetTable(['vi_a', 'vi_b', 'vi_c'], FILTERS);
const results = [{ id: 'vi_c' }, { id: 'vi_a' }, { id: 'vi_b' }];

describe('facetTable', () => {
  test('lists every value once and the values of each page by its id', () => {
    expect(facets.values).toEqual([
      ['district', 'Ba Bể'],
      ['district', 'Na Rì'],
      ['topic', 'Nông nghiệp'],
      ['topic', 'Văn hóa'],
    ]);
    expect(facets.pages).toEqual({ vi_a: [0, 2], vi_b: [1], vi_c: [2, 3] });
  });

  test('gives a page with no value an empty list', () => {
    expect(facetTable(['vi_a', 'vi_b', 'vi_z'], FILTERS.slice(0, 1)).pages.vi_z).toEqual([]);
  });
});

describe('narrowResults', () => {
  test('keeps every result in order and counts each value, 0 included, with nothing chosen', () => {
    const { results: kept, counts } = narrowResults(facets, results, {});
    expect(kept).toEqual(results);
    expect(counts).toEqual({
      district: { 'Ba Bể': 1, 'Na Rì': 1 },
      topic: { 'Nông nghiệp': 2, 'Văn hóa': 1 },
    });
  });

  test('keeps the results that have every chosen value, and counts among those', () => {
    const { results: kept, counts } = narrowResults(facets, results, { topic: ['Nông nghiệp'] });
    expect(kept.map((r) => r.id)).toEqual(['vi_c', 'vi_a']);
    expect(counts.district).toEqual({ 'Ba Bể': 1, 'Na Rì': 0 });
    expect(counts.topic).toEqual({ 'Nông nghiệp': 2, 'Văn hóa': 1 });
    const both = narrowResults(facets, results, { topic: ['Nông nghiệp', 'Văn hóa'] });
    expect(both.results.map((r) => r.id)).toEqual(['vi_c']);
    const across = narrowResults(facets, results, {
      district: ['Ba Bể'],
      topic: ['Nông nghiệp'],
    });
    expect(across.results.map((r) => r.id)).toEqual(['vi_a']);
  });

  test('leaves nothing for a value the table does not know, and no value to an unknown page', () => {
    expect(narrowResults(facets, results, { district: ['Chợ Mới'] }).results).toEqual([]);
    const unknown = narrowResults(facets, [{ id: 'vi_new' }, { id: 'vi_a' }], {});
    expect(unknown.results.map((r) => r.id)).toEqual(['vi_new', 'vi_a']);
    expect(unknown.counts.district).toEqual({ 'Ba Bể': 1, 'Na Rì': 0 });
    expect(narrowResults(facets, [{ id: 'vi_new' }], { district: ['Ba Bể'] }).results).toEqual([]);
  });
});

describe('filterOptions', () => {
  const counts = { 'Chợ Đồn': 3, 'Ba Bể': 3, 'Na Rì': 0, 'Pác Nặm': 7 };

  test('lists values some result has, by count then in Vietnamese order, chosen ones at 0 too', () => {
    expect(filterOptions('district', counts, []).values).toEqual([
      ['Pác Nặm', 7],
      ['Ba Bể', 3],
      ['Chợ Đồn', 3],
    ]);
    expect(filterOptions('district', counts, ['Na Rì', 'Ngân Sơn']).values).toEqual([
      ['Pác Nặm', 7],
      ['Ba Bể', 3],
      ['Chợ Đồn', 3],
      ['Na Rì', 0],
      ['Ngân Sơn', 0],
    ]);
  });

  test('lists years newest first', () => {
    expect(filterOptions('year', { '2019': 9, '2024': 1, '2021': 4 }, []).values).toEqual([
      ['2024', 1],
      ['2021', 4],
      ['2019', 9],
    ]);
  });

  test('leaves values past the limit for "more", but never a chosen one', () => {
    expect(filterOptions('district', counts, [], 2)).toEqual({
      values: [
        ['Pác Nặm', 7],
        ['Ba Bể', 3],
      ],
      hidden: 1,
    });
    expect(filterOptions('district', counts, ['Chợ Đồn'], 1)).toEqual({
      values: [
        ['Pác Nặm', 7],
        ['Chợ Đồn', 3],
      ],
      hidden: 1,
    });
    expect(filterOptions('district', counts, [], Infinity).hidden).toBe(0);
  });
});
