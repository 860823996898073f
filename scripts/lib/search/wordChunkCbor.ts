/**
 * CBOR for the search index's word chunks, the bulk of what the merge reads and writes: only
 * what Pagefind puts in them (unsigned and negative integers, text strings, arrays), written as
 * cborg writes them (shortest heads, definite lengths), so a chunk reads back to the same bytes.
 * Measured on the 367 chunks (44 MB) of a 10,000-article index: 2.5 times faster to decode and
 * 3.5 times faster to encode than cborg, which the merge spent a third of its time in. The
 * metadata and filters, small and of more kinds, stay with cborg.
 */
import type { PackedPage, PackedWord } from './pagefindMerge.ts';

/** Major types of the items a word chunk holds (RFC 8949, 3.1). */
const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;
/** Additional information for an indefinite-length array, and the break that ends it. */
const INDEFINITE = 31;
const BREAK = 0xff;

/** What a word chunk holds. */
export type ChunkValue = number | string | ChunkValue[];

/** The buffer chunks are written into, kept from one chunk to the next. */
let bytes = Buffer.allocUnsafe(1 << 20);
let at = 0;

function room(length: number): void {
  if (at + length <= bytes.length) return;
  const larger = Buffer.allocUnsafe(Math.max(2 * bytes.length, at + length));
  bytes.copy(larger, 0, 0, at);
  bytes = larger;
}

/** An item's head: its major type and its argument (a number, or a length), shortest form. */
function head(major: number, argument: number): void {
  room(9);
  const type = major << 5;
  if (argument < 24) bytes[at++] = type | argument;
  else if (argument < 0x100) {
    bytes[at++] = type | 24;
    bytes[at++] = argument;
  } else if (argument < 0x10000) {
    bytes[at++] = type | 25;
    at = bytes.writeUInt16BE(argument, at);
  } else if (argument < 0x1_0000_0000) {
    bytes[at++] = type | 26;
    at = bytes.writeUInt32BE(argument, at);
  } else {
    bytes[at++] = type | 27;
    at = bytes.writeBigUInt64BE(BigInt(argument), at);
  }
}

function integer(value: number): void {
  if (!Number.isSafeInteger(value)) throw new Error(`a word chunk cannot hold ${value}`);
  if (value >= 0) head(UNSIGNED, value);
  else head(NEGATIVE, -1 - value);
}

function text(value: string): void {
  const length = Buffer.byteLength(value);
  head(TEXT, length);
  room(length);
  at += bytes.write(value, at);
}

function integers(values: number[]): void {
  head(ARRAY, values.length);
  for (const value of values) {
    // Most are word positions below 65,536: written here without a call for each.
    if (value >= 0 && value < 0x10000 && at + 3 <= bytes.length && Number.isInteger(value)) {
      if (value < 24) bytes[at++] = value;
      else if (value < 0x100) {
        bytes[at++] = 24;
        bytes[at++] = value;
      } else {
        bytes[at++] = 25;
        bytes[at++] = value >> 8;
        bytes[at++] = value & 0xff;
      }
    } else integer(value);
  }
}

/** A page list as Pagefind writes it: each page number the difference from the one before. */
function pageList(pages: PackedPage[]): void {
  head(ARRAY, pages.length);
  let previous = 0;
  for (const [page, locations, metaLocations] of pages) {
    head(ARRAY, 3);
    integer(page - previous);
    integers(locations);
    integers(metaLocations);
    previous = page;
  }
}

/**
 * The word chunk file's CBOR of `words` (pages numbered absolutely, as mergeWords gives them):
 * `[words]`, a word `[text, pages, variants]`, a variant `[form, pages]`, each page list with
 * its numbers as differences. Written straight from the merged words, with no copy of them.
 */
export function encodeWordChunk(words: PackedWord[]): Buffer {
  at = 0;
  head(ARRAY, 1);
  head(ARRAY, words.length);
  for (const [word, pages, variants] of words) {
    head(ARRAY, 3);
    text(word);
    pageList(pages);
    head(ARRAY, variants.length);
    for (const [form, formPages] of variants) {
      head(ARRAY, 2);
      text(form);
      pageList(formPages);
    }
  }
  return Buffer.from(bytes.subarray(0, at));
}

/** The value of a word chunk's CBOR; throws, naming the offset, on anything else. */
export function decodeChunk(bytes: Buffer): ChunkValue {
  let offset = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at byte ${offset} of a word chunk, which Pagefind does not write`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info > 27) fail(`an item of additional information ${info}`);
    const length = 1 << (info - 24);
    if (offset + length > bytes.length) fail('a truncated item');
    const value =
      info === 24
        ? bytes[offset]!
        : info === 25
          ? bytes.readUInt16BE(offset)
          : info === 26
            ? bytes.readUInt32BE(offset)
            : Number(bytes.readBigUInt64BE(offset));
    offset += length;
    return value;
  };
  const read = (): ChunkValue => {
    if (offset >= bytes.length) fail('the end');
    const initial = bytes[offset++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (major === UNSIGNED) return argument(info);
    if (major === NEGATIVE) return -1 - argument(info);
    if (major === TEXT) {
      const length = argument(info);
      if (offset + length > bytes.length) fail('a truncated text');
      const text = bytes.toString('utf8', offset, offset + length);
      offset += length;
      return text;
    }
    if (major === ARRAY && info === INDEFINITE) {
      const items: ChunkValue[] = [];
      while (bytes[offset] !== BREAK) items.push(read());
      offset++;
      return items;
    }
    if (major === ARRAY) {
      const items = new Array<ChunkValue>(argument(info));
      for (let i = 0; i < items.length; i++) items[i] = read();
      return items;
    }
    return fail(`an item of major type ${major}`);
  };
  const value = read();
  if (offset !== bytes.length) fail('more bytes');
  return value;
}
