import { describe, expect, test } from 'vitest';
import { facetTable, narrowResults, type FilterPages } from '#src/lib/search/searchFacets.ts';

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
