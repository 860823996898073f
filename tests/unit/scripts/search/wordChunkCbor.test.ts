/** The word chunks' own CBOR, against cborg, which writes the merge's other files. */
import { decode, encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import type { PackedPage, PackedWord } from '#scripts/lib/search/pagefindMerge.ts';
import { decodeChunk, encodeWordChunk } from '#scripts/lib/search/wordChunkCbor.ts';

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

/** What cborg writes for a chunk of `words`: page numbers as differences from the one before. */
const cborgChunk = (chunk: PackedWord[]) => {
  const deltas = (pages: PackedPage[]) =>
    pages.map(([page, ...rest], i) => [page - (pages[i - 1]?.[0] ?? 0), ...rest]);
  return Buffer.from(
    encode([
      chunk.map(([text, pages, variants]) => [
        text,
        deltas(pages),
        variants.map(([form, formPages]) => [form, deltas(formPages)]),
      ]),
    ]),
  );
};

describe('encodeWordChunk and decodeChunk', () => {
  test('write the bytes cborg writes, page numbers as differences, and read them back', () => {
    const bytes = encodeWordChunk(words);
    expect(bytes.equals(cborgChunk(words))).toBe(true);
    expect(decodeChunk(bytes)).toEqual(decode(bytes));
    const [[, nguyen]] = decodeChunk(bytes) as [PackedWord[]];
    expect(nguyen![1].map(([delta]) => delta)).toEqual([0, 255]);
  });

  test('grow past their first buffer, and each chunk is a buffer of its own', () => {
    const long: PackedWord[] = Array.from({ length: 60_000 }, (_, i) => [
      `từ ${i}`,
      [[i, [i, i + 1], []]],
      [],
    ]);
    const first = encodeWordChunk(long);
    const copy = Buffer.from(first);
    expect(first.equals(cborgChunk(long))).toBe(true);
    encodeWordChunk(words);
    expect(first.equals(copy)).toBe(true);
  });

  test('read indefinite-length arrays', () => {
    // [_ 1, "a", [_ ]] with indefinite lengths.
    expect(decodeChunk(Buffer.from([0x9f, 0x01, 0x61, 0x61, 0x9f, 0xff, 0xff]))).toEqual([
      1,
      'a',
      [],
    ]);
  });

  test('refuse what a word chunk never holds, naming where', () => {
    expect(() => decodeChunk(Buffer.from(encode({ a: 1 })))).toThrow(
      'an item of major type 5 at byte 1',
    );
    expect(() => decodeChunk(Buffer.from(encode(1.5)))).toThrow('major type 7');
    expect(() => decodeChunk(Buffer.from([0x82, 0x01]))).toThrow('the end at byte 2');
    expect(() => decodeChunk(Buffer.from([0x63, 0x61]))).toThrow('a truncated text');
    expect(() => decodeChunk(Buffer.from([0x01, 0x02]))).toThrow('more bytes at byte 1');
    expect(() => encodeWordChunk([['x', [[1.5, [], []]], []]])).toThrow('cannot hold 1.5');
  });
});
