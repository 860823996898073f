import { describe, expect, test } from 'vitest';
import { packText, unpackText } from '#src/lib/shared/packedText.ts';

const html = '<p>Người dân xã Nà Phặc góp vốn, “quỹ tiết kiệm” của thôn.</p>\n'.repeat(300);

describe('packText', () => {
  test('gives the same text back, every character and mark', () => {
    expect(unpackText(packText(html))).toBe(html);
    expect(unpackText(packText(''))).toBe('');
  });

  test('keeps a fraction of the text, and holds no more memory than that', () => {
    const packed = packText(html);
    expect(packed.length).toBeLessThan(Buffer.byteLength(html) / 4);
    // zlib answers with a view of a 64 KiB block; what is kept must not hold it.
    expect(packed.buffer.byteLength).toBe(packed.length);
  });
});
