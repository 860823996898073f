/**
 * CBOR for the search index's word chunks, the bulk of what the merge reads and writes: only
 * what Pagefind puts in them (unsigned and negative integers, text strings, arrays), written as
 * cborg writes them (shortest heads, definite lengths), so a chunk reads back to the same bytes.
 * A page's locations, most of a chunk's bytes, are not decoded: the merge renumbers pages and
 * copies their locations' bytes (EncodedPage). Measured on the 367 chunks (44 MB) of a
 * 10,000-article index, decoding everything with cborg was a third of the merge's time, and
 * decoding everything with this file's own decoder still made most of its garbage. The metadata
 * and filters, small and of more kinds, stay with cborg.
 */
import { unknownRecord, type EncodedPage, type EncodedWord } from './pagefindMerge.ts';

/** Major types of the items a word chunk holds (RFC 8949, 3.1). */
const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;
/** Additional information for an indefinite-length array, and the break that ends it. */
const INDEFINITE = 31;
const BREAK = 0xff;

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

/** Copies `length` bytes of `source` from `start` into the buffer: short runs by hand. */
function copy(source: Buffer, start: number, end: number): void {
  const length = end - start;
  room(length);
  if (length < 32) for (let i = start; i < end; i++) bytes[at++] = source[i]!;
  else at += source.copy(bytes, at, start, end);
}

/** A page list as Pagefind writes it: each page number the difference from the one before. */
function pageList(pages: EncodedPage[]): void {
  head(ARRAY, pages.length);
  let previous = 0;
  for (const [page, source, start, , end] of pages) {
    const delta = page - previous;
    room(4 + end - start);
    // [delta, ...]: an array of three, then the number, by hand when below 256 (most are).
    bytes[at++] = 0x83;
    // (delta >>> 0 === delta: a whole number from 0 to 2^32 - 1.)
    if (delta >>> 0 === delta && delta < 24) bytes[at++] = delta;
    else if (delta >>> 0 === delta && delta < 0x100) {
      bytes[at++] = 24;
      bytes[at++] = delta;
    } else integer(delta);
    copy(source, start, end);
    previous = page;
  }
}

/**
 * The word chunk file's CBOR of `words` (pages numbered absolutely, as mergeWords gives them):
 * `[words]`, a word `[text, pages, variants]`, a variant `[form, pages]`, each page list with
 * its numbers as differences. Written straight from the merged words, with no copy of them.
 */
export function encodeWordChunk(words: EncodedWord[]): Buffer {
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

/** A page of its own bytes: page `page` with these locations and meta locations. */
export function encodePage(
  page: number,
  locations: number[],
  metaLocations: number[],
): EncodedPage {
  at = 0;
  integers(locations);
  const metaStart = at;
  integers(metaLocations);
  return [
    page,
    Buffer.from(bytes.subarray(0, at)),
    0,
    metaStart,
    at,
    locations.length + metaLocations.length,
  ];
}

/** A reader of the word chunk in `bytes`, from `offset`; throws, naming the offset, on what Pagefind does not write. */
function chunkReader(bytes: Buffer, offset = 0) {
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
  /** The initial byte of the next item, which must be of major type `major`. */
  const initial = (major: number): number => {
    if (offset >= bytes.length) fail('the end');
    const byte = bytes[offset]!;
    if (byte >> 5 !== major && !(major === UNSIGNED && byte >> 5 === NEGATIVE))
      fail(`an item of major type ${byte >> 5}`);
    offset++;
    return byte;
  };
  const reader = {
    get offset() {
      return offset;
    },
    /** An array's length, or -1 for one of indefinite length (ended by `ended`). */
    array(): number {
      const info = initial(ARRAY) & 31;
      return info === INDEFINITE ? -1 : argument(info);
    },
    /** Whether an array of `length` (-1: indefinite) has no item after the `read` first. */
    ended(length: number, read: number): boolean {
      if (length >= 0) return read >= length;
      if (offset >= bytes.length) fail('the end');
      if (bytes[offset] !== BREAK) return false;
      offset++;
      return true;
    },
    integer(): number {
      const byte = initial(UNSIGNED);
      const value = argument(byte & 31);
      return byte >> 5 === UNSIGNED ? value : -1 - value;
    },
    text(): string {
      const length = argument(initial(TEXT) & 31);
      if (offset + length > bytes.length) fail('a truncated text');
      const value = bytes.toString('utf8', offset, offset + length);
      offset += length;
      return value;
    },
    /** Passes over an array of integers; returns how many it holds, or -1 - n for n in an indefinite one. */
    skipIntegers(): number {
      const length = reader.array();
      let count = 0;
      for (; !reader.ended(length, count); count++) {
        const info = initial(UNSIGNED) & 31;
        if (info >= 24) {
          if (info > 27) fail(`an item of additional information ${info}`);
          offset += 1 << (info - 24);
        }
      }
      if (offset > bytes.length) fail('a truncated item');
      return length < 0 ? -1 - count : count;
    },
    integers(): number[] {
      const values: number[] = [];
      for (let length = reader.array(); !reader.ended(length, values.length);)
        values.push(reader.integer());
      return values;
    },
    seek(to: number): void {
      offset = to;
    },
    /** Fails unless every byte was read. */
    end(): void {
      if (offset !== bytes.length) fail('more bytes');
    },
  };
  return reader;
}

/** What commonPage read: the page number, where its locations and meta locations start, how many. */
const common = new Int32Array(4);

/**
 * Where the end of the page at `offset` is, when it is written as Pagefind writes nearly all of
 * them: `[number, [locations], [meta locations]]`, every length and number below 2^32, lengths
 * definite. Anything else (or too few bytes) gives -1, for the careful reader to read or refuse.
 * This is most of what the merge reads, hence the loop by hand (common holds what it read).
 */
function commonPage(bytes: Buffer, offset: number): number {
  if (bytes[offset] !== 0x83) return -1;
  let at = offset + 1;
  const first = bytes[at] ?? 0xff;
  if (first < 24) {
    common[0] = first;
    at += 1;
  } else if (first === 24 && at + 1 < bytes.length) {
    common[0] = bytes[at + 1]!;
    at += 2;
  } else if (first === 25 && at + 2 < bytes.length) {
    common[0] = bytes.readUInt16BE(at + 1);
    at += 3;
  } else return -1;
  let count = 0;
  for (let list = 0; list < 2; list++) {
    if (list === 0) common[1] = at;
    else common[2] = at;
    const initial = bytes[at] ?? 0xff;
    let length: number;
    if (initial >= 0x80 && initial < 0x98) {
      length = initial - 0x80;
      at += 1;
    } else if (initial === 0x98 && at + 1 < bytes.length) {
      length = bytes[at + 1]!;
      at += 2;
    } else if (initial === 0x99 && at + 2 < bytes.length) {
      length = bytes.readUInt16BE(at + 1);
      at += 3;
    } else return -1;
    count += length;
    for (let i = 0; i < length; i++) {
      // Unsigned (major 0) or negative (major 1), shortest heads up to four bytes.
      const info = (bytes[at] ?? 0xff) & 0xdf;
      if (info < 24) at += 1;
      else if (info === 24) at += 2;
      else if (info === 25) at += 3;
      else if (info === 26) at += 5;
      else return -1;
    }
  }
  common[3] = count;
  return at <= bytes.length ? at : -1;
}

/** The locations and meta locations of a page, decoded. */
export function pageLocations([, source, start, metaStart, end]: EncodedPage): [
  locations: number[],
  metaLocations: number[],
] {
  const locations = chunkReader(source.subarray(0, metaStart), start).integers();
  const metaLocations = chunkReader(source.subarray(0, end), metaStart).integers();
  return [locations, metaLocations];
}

/**
 * The words of a word chunk, each page's locations left encoded (EncodedPage), its page number
 * as the chunk gives it (the difference from the page before); throws, naming the offset or the
 * record, on anything else than Pagefind writes.
 */
export function decodeWordChunk(bytes: Buffer): EncodedWord[] {
  const read = chunkReader(bytes);
  /** Opens a record of `length` fields; `close` it once they are read. */
  const fields = (length: number, what: string) => {
    const found = read.array();
    if (found >= 0 && found !== length) throw unknownRecord(what, `${found} fields`, length);
    return {
      close() {
        if (found < 0 && !read.ended(-1, 0)) throw unknownRecord(what, 'more fields', length);
      },
    };
  };
  const pageList = (what: string): EncodedPage[] => {
    const pages: EncodedPage[] = [];
    for (let length = read.array(); !read.ended(length, pages.length);) {
      const commonEnd = commonPage(bytes, read.offset);
      if (commonEnd > 0) {
        pages.push([common[0]!, bytes, common[1]!, common[2]!, commonEnd, common[3]!]);
        read.seek(commonEnd);
        continue;
      }
      const record = fields(3, what);
      const page = read.integer();
      const start = read.offset;
      const locations = read.skipIntegers();
      const metaStart = read.offset;
      const metaLocations = read.skipIntegers();
      const end = read.offset;
      record.close();
      const packed: EncodedPage = [page, bytes, start, metaStart, end, locations + metaLocations];
      // Written again with definite lengths, as cborg writes them.
      pages.push(
        locations < 0 || metaLocations < 0 ? encodePage(page, ...pageLocations(packed)) : packed,
      );
    }
    return pages;
  };
  const chunk = fields(1, 'word chunk');
  const words: EncodedWord[] = [];
  for (let length = read.array(); !read.ended(length, words.length);) {
    const word = fields(3, 'word');
    const text = read.text();
    const pages = pageList('page of a word');
    const variants: EncodedWord[2] = [];
    for (let count = read.array(); !read.ended(count, variants.length);) {
      const variant = fields(2, 'variant of a word');
      const form = read.text();
      variants.push([form, pageList('page of a word')]);
      variant.close();
    }
    word.close();
    words.push([text, pages, variants]);
  }
  chunk.close();
  read.end();
  return words;
}
