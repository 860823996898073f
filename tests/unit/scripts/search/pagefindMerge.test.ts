/** Pagefind indexes written in parts, merged as one. */
import { describe, expect, test } from 'vitest';
import {
  chunkRanges,
  chunkWords,
  compareCodePoints,
  LEFT_OUT,
  mergedPageNumbers,
  mergeFilters,
  mergeSorts,
  mergeWords,
  pagefindHash,
  pagefindVersionProblem,
  record,
  shortName,
  VERIFIED_PAGEFIND,
  wordOfPart,
  type EncodedPage,
  type EncodedWord,
  type PackedPage,
  type PackedWord,
} from '#scripts/lib/search/pagefindMerge.ts';
import { decode } from 'cborg';
import { encodePage, encodeWordChunk, pageLocations } from '#scripts/lib/search/wordChunkCbor.ts';

/** A word as the merge holds it, from the word as written in tests (locations encoded). */
const encoded = ([text, pages, variants]: PackedWord): EncodedWord => {
  const encodePages = (list: PackedPage[]) =>
    list.map(([page, locations, metaLocations]) => encodePage(page, locations, metaLocations));
  return [text, encodePages(pages), variants.map(([form, list]) => [form, encodePages(list)])];
};

/** A word the merge holds, its locations decoded, to compare. */
const decoded = ([text, pages, variants]: EncodedWord): PackedWord => {
  const decodePages = (list: EncodedPage[]) =>
    list.map((page): PackedPage => [page[0], ...pageLocations(page)]);
  return [text, decodePages(pages), variants.map(([form, list]) => [form, decodePages(list)])];
};

/** A merged word as its chunk file holds it (page numbers as differences). */
const asWritten = (word: EncodedWord) => (decode(encodeWordChunk([word])) as [PackedWord[]])[0][0]!;

describe('compareCodePoints', () => {
  test('orders by code point, as Rust orders strings, not by UTF-16 unit', () => {
    // U+1F600 is one UTF-16 surrogate pair (0xD83D ...), below U+FF21 in UTF-16 but above it here.
    expect(compareCodePoints('😀', 'Ａ')).toBeGreaterThan(0);
    expect('😀' < 'Ａ').toBe(true);
    expect(compareCodePoints('bac', 'bach')).toBeLessThan(0);
    expect(compareCodePoints('bắc', 'bắc')).toBe(0);
  });

  test('agrees with the order of the UTF-8 bytes on every pair of a mixed sample', () => {
    const sample = [
      '',
      'a',
      'ab',
      'đ',
      'Đường',
      'ư',
      '\uFFFD',
      '\uE000',
      '😀',
      '𝔸b',
      'a😀',
      'a\uFFFF',
    ];
    for (const a of sample) {
      for (const b of sample) {
        const bytes = Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
        expect([a, b, Math.sign(compareCodePoints(a, b))]).toEqual([a, b, bytes]);
      }
    }
  });
});

describe('pagefindHash and shortName', () => {
  test("writes each byte of SHA-1 in hex without its leading zero, as Pagefind's names do", () => {
    // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d: "06" is written "6".
    expect(pagefindHash(new TextEncoder().encode('abc'))).toBe(
      'a9993e36476816aba3e25717850c26c9cd0d89d',
    );
  });

  test('names a file by the language and seven characters, one more while the name is taken', () => {
    const taken = new Set(['vi_a9993e3', 'vi_a9993e36']);
    expect(shortName('vi', 'a9993e3647', () => false)).toBe('vi_a9993e3');
    expect(shortName('vi', 'a9993e3647', (name) => taken.has(name))).toBe('vi_a9993e364');
    expect(shortName('vi', 'a9993e3647', () => false, 10)).toBe('vi_a9993e3647');
  });
});

// Part 0 holds pages 0-1, part 1 pages 0-2 (numbers given as differences, as in the files).
const partZero: PackedWord[] = [
  ['bac', [[1, [3], []]], [['bắc', [[0, [0, 5], []]]]]],
  ['kan', [], [['kạn', [[0, [1], [-1, 0]]]]]],
];
const partOne: PackedWord[] = [
  [
    'bac',
    [[0, [7], []]],
    [
      ['bắc', [[2, [0], []]]],
      ['bác', [[0, [2], []]]],
    ],
  ],
  [
    'na',
    [
      [0, [4], [-2, 1]],
      [1, [2], []],
    ],
    [],
  ],
];

/** The page numbers of a part whose pages all come after `offset` pages of the parts before. */
const after = (offset: number) => Array.from({ length: 10 }, (_, page) => page + offset);

describe('mergedPageNumbers', () => {
  test('numbers the pages of every part in the order of their URLs, by code point', () => {
    const numbers = mergedPageNumbers([
      ['/b/', '/đ/'],
      ['/a/', '/z/', '/c/'],
    ]);
    expect(numbers.map((list) => [...list])).toEqual([
      [1, 4],
      [0, 3, 2],
    ]);
  });
});

describe('mergeWords', () => {
  test('joins a word found in several parts, moving later parts after the earlier pages', () => {
    // Part 1 has the fields [title, dbody]; the merged list is [dbody, title].
    const words = [
      partZero.map((word) => wordOfPart(encoded(word), after(0), [0, 1])),
      partOne.map((word) => wordOfPart(encoded(word), after(2), [1, 0])),
    ];
    const merged = [...mergeWords(words)].map(decoded);
    expect(merged.map(([word]) => word)).toEqual(['bac', 'kan', 'na']);
    expect(merged[0]).toEqual([
      'bac',
      [
        [1, [3], []],
        [2, [7], []],
      ],
      [
        [
          'bắc',
          [
            [0, [0, 5], []],
            [4, [0], []],
          ],
        ],
        ['bác', [[2, [2], []]]],
      ],
    ]);
    // Meta locations: -(field + 1) names the field, renumbered to the merged list.
    expect(merged[2]![1]).toEqual([
      [2, [4], [-1, 1]],
      [3, [2], []],
    ]);
    expect(asWritten(encoded(merged[2]!))[1]).toEqual([
      [2, [4], [-1, 1]],
      [1, [2], []],
    ]);
  });

  test('reads each part only one word past the merged ones', () => {
    let read = 0;
    function* counted(prefix: string) {
      for (let i = 0; i < 100; i++) {
        read++;
        yield encoded([`${prefix}${String(i).padStart(3, '0')}`, [[0, [1], []]], []]);
      }
    }
    const merged = mergeWords([counted('a'), counted('b')]);
    expect(merged.next().value?.[0]).toBe('a000');
    expect(read).toBe(3);
  });
});

describe('chunkWords and chunkRanges', () => {
  const word = (text: string, locations: number): EncodedWord =>
    encoded([
      text,
      [[0, Array.from({ length: locations }, (_, i) => i), []]],
      [['x', [[0, [0], [-1, 0]]]]],
    ]);

  test('ends a chunk once its locations, plus one a page and one a variant, reach the size', () => {
    // A word weighs its locations + 1, and its variant 1 + (3 locations + 1): a 8, b 9, c 7, d 6.
    const chunks = [...chunkWords([word('a', 2), word('b', 3), word('c', 1), word('d', 0)], 17)];
    expect(chunks.map((chunk) => chunk.map(([text]) => text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('cuts neighbouring ends to the prefixes that tell them apart', () => {
    expect(
      chunkRanges([
        ['apple', 'apple'],
        ['apricot', 'banana'],
        ['peach', 'peach'],
      ]),
    ).toEqual([
      ['apple', 'apple'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(
      chunkRanges([
        ['cat', 'cath'],
        ['cathartic', 'dog'],
      ]),
    ).toEqual([
      ['cat', 'cath'],
      ['catha', 'dog'],
    ]);
  });
});

describe('wordOfPart and mergeWords, parts interleaved', () => {
  test("put a word's pages in the merged order, whichever part they came from", () => {
    const word = (pages: number[]): PackedWord => [
      'bac',
      pages.map((page, i) => [page - (i ? pages[i - 1]! : 0), [i], []]),
      [['bắc', pages.map((page, i) => [page - (i ? pages[i - 1]! : 0), [i], []])]],
    ];
    // Part 0's pages are the merged 3 and 1, part 1's the merged 2 and 0.
    const [merged] = [
      ...mergeWords([
        [wordOfPart(encoded(word([0, 1])), [3, 1], [])],
        [wordOfPart(encoded(word([0, 1])), [2, 0], [])],
      ]),
    ];
    expect(merged![1].map(([page]) => page)).toEqual([0, 1, 2, 3]);
    expect(merged![2][0]![1].map(([page]) => page)).toEqual([0, 1, 2, 3]);
    expect(asWritten(merged!)[1].map(([delta]) => delta)).toEqual([0, 1, 1, 1]);
  });
});

describe('mergeFilters', () => {
  test('gives each value the pages of every part, renumbered to the merged index', () => {
    expect(
      mergeFilters([
        { numbers: [0, 1], filters: [['district', [['Ba Bể', [0, 1]]]]] },
        {
          numbers: [2, 3],
          filters: [
            [
              'district',
              [
                ['Ba Bể', [1]],
                ['Na Rì', [0]],
              ],
            ],
            ['year', [['2024', [0, 1]]]],
          ],
        },
      ]),
    ).toEqual([
      [
        'district',
        [
          ['Ba Bể', [0, 1, 3]],
          ['Na Rì', [2]],
        ],
      ],
      ['year', [['2024', [2, 3]]]],
    ]);
  });
});

describe('mergeSorts', () => {
  test("orders every part's pages by their values, as one index would", () => {
    const merged = mergeSorts([
      {
        numbers: [0, 1],
        sorts: [['date', [1, 0]]],
        values: new Map([['date', ['2024-05-01', '2023-01-09']]]),
      },
      {
        numbers: [2, 3],
        sorts: [['date', [0, 1]]],
        values: new Map([['date', ['2024-01-01', '2023-06-30']]]),
      },
    ]);
    // Page 1 (2023-01-09), page 2 (2023-06-30), page 3 (2024-01-01), page 0 (2024-05-01).
    expect(merged).toEqual([['date', [1, 2, 3, 0]]]);
  });

  test('sorts numbers as numbers, unless some value of the key is not one', () => {
    const part = (offset: number, values: string[], order: number[]) => ({
      numbers: after(offset),
      sorts: [['weight', order]] as [string, number[]][],
      values: new Map([['weight', values]]),
    });
    expect(mergeSorts([part(0, ['10', '9'], [1, 0]), part(2, ['2.5'], [0])])).toEqual([
      ['weight', [2, 1, 0]],
    ]);
    // "nine" is not a number: every value then sorts as text, "10" before "9".
    expect(mergeSorts([part(0, ['10', '9'], [1, 0]), part(2, ['nine'], [0])])).toEqual([
      ['weight', [0, 1, 2]],
    ]);
  });

  test('refuses a part whose recorded values do not match its order', () => {
    expect(() =>
      mergeSorts([
        { numbers: [0, 1], sorts: [['date', [0, 1]]], values: new Map([['date', ['2024']]]) },
      ]),
    ).toThrow('sorts 2 pages by "date" but 1 values were recorded');
    expect(() =>
      mergeSorts([{ numbers: [0], sorts: [], values: new Map([['date', ['2024']]]) }]),
    ).toThrow('no order for the sort key "date"');
  });
});

describe('the merge and the Pagefind it knows', () => {
  test('takes the verified Pagefind, and names both versions and the test to run for another', () => {
    expect(pagefindVersionProblem(VERIFIED_PAGEFIND, 'installed')).toBeUndefined();
    expect(pagefindVersionProblem(VERIFIED_PAGEFIND, 'index')).toBeUndefined();
    expect(pagefindVersionProblem('1.7.0', 'installed')).toContain('Pagefind 1.7.0 is installed');
    const problem = pagefindVersionProblem('1.7.0', 'index')!;
    expect(problem).toContain('Pagefind 1.7.0 wrote the search index');
    expect(problem).toContain(`pagefind@${VERIFIED_PAGEFIND}`);
    expect(problem).toContain('tests/build/searchIndexParts.test.ts');
  });

  test('stops on a record with a field it does not know, or one missing, instead of dropping it', () => {
    expect(record([1, 2], 2, 'filter')).toEqual([1, 2]);
    expect(() => record([1, 2, 3], 2, 'filter')).toThrow(
      `a search index filter has 3 fields where Pagefind ${VERIFIED_PAGEFIND} writes 2`,
    );
    expect(() => record('x', 2, 'filter')).toThrow('has string where');
    expect(() =>
      mergeFilters([{ filters: [['huyen', [['na-ri', [0], 'x']]]] as never, numbers: [0] }]),
    ).toThrow('a search index filter value has 3 fields');
  });
});

describe('pages a part holds that the index no longer does (LEFT_OUT)', () => {
  test('are given no number, and the others are numbered as if they were not there', () => {
    const numbers = mergedPageNumbers([
      ['/b/', undefined, '/d/'],
      ['/a/', '/c/'],
    ]);
    expect(numbers.map((list) => [...list])).toEqual([
      [1, LEFT_OUT, 3],
      [0, 2],
    ]);
  });

  test('leave out their locations, and a word or a form only they had', () => {
    // Part 0's page 1 is left out: "kan" was on it alone, and so was the form "bắc".
    const numbers = [0, LEFT_OUT];
    const words = [
      encoded([
        'bac',
        [
          [0, [3], []],
          [1, [4], []],
        ],
        [['bắc', [[1, [0], []]]]],
      ]),
      encoded(['kan', [[1, [1], []]], [['kạn', [[1, [1], []]]]]]),
    ];
    const merged = [...mergeWords([words.map((word) => wordOfPart(word, numbers, []))])];
    expect(merged.map(decoded)).toEqual([['bac', [[0, [3], []]], []]]);
  });

  test('leave filters, their values and sort keys that only they had', () => {
    expect(
      mergeFilters([
        {
          numbers: [0, LEFT_OUT],
          filters: [
            [
              'district',
              [
                ['Ba Bể', [0, 1]],
                ['Na Rì', [1]],
              ],
            ],
            ['year', [['2024', [1]]]],
          ],
        },
      ]),
    ).toEqual([['district', [['Ba Bể', [0]]]]]);
    expect(
      mergeSorts([
        {
          numbers: [LEFT_OUT, 0],
          sorts: [
            ['date', [1, 0]],
            ['part', [0]],
          ],
          values: new Map([
            ['date', ['2024-05-01', '2023-01-09']],
            ['part', ['2']],
          ]),
        },
      ]),
    ).toEqual([['date', [0]]]);
  });
});
