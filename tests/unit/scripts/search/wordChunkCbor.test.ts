/** The word chunks' own CBOR, against cborg, which writes the merge's other files. */
import { decode, encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import type { EncodedWord, PackedPage, PackedWord } from '#scripts/lib/search/pagefindMerge.ts';
import {
  decodeWordChunk,
  encodePage,
  encodeWordChunk,
  pageLocations,
} from '#scripts/lib/search/wordChunkCbor.ts';

/** Merged words (absolute page numbers) with numbers at every size of head and marked letters. */
const words: PackedWord[] = [
  ['', [], []],
  [
    'nguyễn',
    [
      [0, [1, 23, 24, 255, 65_536, 2.5e9], [-1, 0]],
      [255, [256, 65_535], []],
    ],
    [['Nguyễn', [[3, [], []]]]],
  ],
  ['đường', [[65_536, [4_294_967_295, 4_294_967_296], [-25, -257, -65_537]]], []],
  ['🌾'.repeat(30), [[Number.MAX_SAFE_INTEGER, [], []]], []],
];

/** A word as the merge holds it (its pages' locations encoded). */
const encoded = ([text, pages, variants]: PackedWord): EncodedWord => {
  const encodePages = (list: PackedPage[]) =>
    list.map(([page, locations, metaLocations]) => encodePage(page, locations, metaLocations));
  return [text, encodePages(pages), variants.map(([form, list]) => [form, encodePages(list)])];
};

/** The page numbers as differences from the one before, as the files hold them. */
const deltas = (pages: PackedPage[]): PackedPage[] =>
  pages.map(([page, ...rest], i) => [page - (pages[i - 1]?.[0] ?? 0), ...rest]);

/** What cborg writes for a chunk of `words`. */
const cborgChunk = (chunk: PackedWord[]) =>
  Buffer.from(
    encode([
      chunk.map(([text, pages, variants]) => [
        text,
        deltas(pages),
        variants.map(([form, formPages]) => [form, deltas(formPages)]),
      ]),
    ]),
  );

describe('encodeWordChunk and decodeWordChunk', () => {
  test('write the bytes cborg writes, page numbers as differences, and read them back', () => {
    const bytes = encodeWordChunk(words.map(encoded));
    expect(bytes.equals(cborgChunk(words))).toBe(true);
    const read = decodeWordChunk(bytes);
    expect(read.map(([text]) => text)).toEqual(words.map(([text]) => text));
    const nguyen = read[1]!;
    expect(nguyen[1].map(([delta]) => delta)).toEqual([0, 255]);
    expect(nguyen[1].map(pageLocations)).toEqual([
      [
        [1, 23, 24, 255, 65_536, 2.5e9],
        [-1, 0],
      ],
      [[256, 65_535], []],
    ]);
    // How many locations each page holds (the chunks' weight), however they were read.
    expect(nguyen[1].map((page) => page[5])).toEqual([8, 2]);
    expect(read[2]![1].map(pageLocations)).toEqual([
      [
        [4_294_967_295, 4_294_967_296],
        [-25, -257, -65_537],
      ],
    ]);
    // What was read is written again as it was.
    expect(encodeWordChunk(read).equals(Buffer.from(encode(decode(bytes))))).toBe(true);
  });

  test('grow past their first buffer, and each chunk is a buffer of its own', () => {
    const long: PackedWord[] = Array.from({ length: 60_000 }, (_, i) => [
      `từ ${i}`,
      [[i, [i, i + 1], []]],
      [],
    ]);
    const first = encodeWordChunk(long.map(encoded));
    const copy = Buffer.from(first);
    expect(first.equals(cborgChunk(long))).toBe(true);
    encodeWordChunk(words.map(encoded));
    expect(first.equals(copy)).toBe(true);
  });

  test('read indefinite-length arrays, and write them with their lengths as cborg does', () => {
    // [_ [_ [_ "a", [_ [_ 0, [_ 1], [_ ]]], [_ ]]]] : every array of indefinite length.
    const open = Buffer.from([
      0x9f, 0x9f, 0x9f, 0x61, 0x61, 0x9f, 0x9f, 0x00, 0x9f, 0x01, 0xff, 0x9f, 0xff, 0xff, 0xff,
      0x9f, 0xff, 0xff, 0xff, 0xff,
    ]);
    const read = decodeWordChunk(open);
    expect(read[0]![1].map(pageLocations)).toEqual([[[1], []]]);
    expect(encodeWordChunk(read).equals(cborgChunk([['a', [[0, [1], []]], []]]))).toBe(true);
  });

  test('refuse what a word chunk never holds, naming where or what', () => {
    expect(() => decodeWordChunk(Buffer.from(encode({ a: 1 })))).toThrow(
      'an item of major type 5 at byte 0',
    );
    expect(() => decodeWordChunk(Buffer.from(encode([[['x', [[0, [1.5], []]], []]]])))).toThrow(
      'major type 7',
    );
    expect(() => decodeWordChunk(Buffer.from([0x81, 0x81]))).toThrow('the end at byte 2');
    expect(() => decodeWordChunk(Buffer.from([0x81, 0x81, 0x83, 0x63, 0x61]))).toThrow(
      'a truncated text',
    );
    expect(() => decodeWordChunk(Buffer.from([0x81, 0x80, 0x02]))).toThrow('more bytes at byte 2');
    expect(() => decodeWordChunk(Buffer.from(encode([[['bac', [], [], 'new field']]])))).toThrow(
      'a search index word has 4 fields',
    );
    expect(() => decodeWordChunk(Buffer.from(encode([[['bac', [[0, [1], [], 7]], []]]])))).toThrow(
      'a search index page of a word has 4 fields',
    );
    expect(() => encodeWordChunk([['x', [encodePage(1.5, [], [])], []]])).toThrow(
      'cannot hold 1.5',
    );
  });
});
