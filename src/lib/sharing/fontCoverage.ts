/**
 * The characters a WOFF 1 font file has glyphs for, read from its `cmap` table.
 * Written here (60 lines) rather than added as a dependency: the share cards need to know only
 * whether a title can be drawn, and the font's own table is the one truth about that (the
 * `unicode-range` of a Fontsource CSS file says what the subset was cut for, not what it holds).
 */
import { inflateSync } from 'node:zlib';

/** Every code point the font maps to a real glyph (glyph 0 is "missing"). */
export function fontCodePoints(woff: Uint8Array): Set<number> {
  const cmap = new DataView(woffTable(woff, 'cmap'));
  const subtable = bestSubtable(cmap);
  const format = cmap.getUint16(subtable);
  if (format === 12) return format12(cmap, subtable);
  if (format === 4) return format4(cmap, subtable);
  throw new Error(`cmap subtable format ${format} is not supported`);
}

/** One table of a WOFF 1 file, inflated when it is stored compressed. */
function woffTable(woff: Uint8Array, tag: string): ArrayBuffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1 file (WOFF2 is not read)');
  const numTables = view.getUint16(12);
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const name = String.fromCharCode(...woff.subarray(entry, entry + 4));
    if (name !== tag) continue;
    const [offset, compLength, origLength] = [4, 8, 12].map((at) => view.getUint32(entry + at));
    const stored = woff.subarray(offset, offset + compLength);
    const table = compLength < origLength ? inflateSync(stored) : stored;
    return new Uint8Array(table).buffer;
  }
  throw new Error(`the font has no ${tag} table`);
}

/** The offset of the Unicode subtable: full repertoire (3,10 / 0,4) before BMP only (3,1 / 0,3). */
function bestSubtable(cmap: DataView): number {
  const records = new Map<string, number>();
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const record = 4 + i * 8;
    records.set(
      `${cmap.getUint16(record)},${cmap.getUint16(record + 2)}`,
      cmap.getUint32(record + 4),
    );
  }
  for (const key of ['3,10', '0,4', '3,1', '0,3']) {
    const offset = records.get(key);
    if (offset !== undefined) return offset;
  }
  throw new Error('the font has no Unicode cmap subtable');
}

function format12(cmap: DataView, at: number): Set<number> {
  const points = new Set<number>();
  for (let i = 0; i < cmap.getUint32(at + 12); i++) {
    const group = at + 16 + i * 12;
    const [start, end, glyph] = [0, 4, 8].map((field) => cmap.getUint32(group + field));
    for (let code = start; code <= end; code++) if (glyph + code - start !== 0) points.add(code);
  }
  return points;
}

function format4(cmap: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [cmap.getUint16(starts + s * 2), cmap.getUint16(ends + s * 2)];
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const index = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(code);
    }
  }
  return points;
}
