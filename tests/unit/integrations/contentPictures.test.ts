import { describe, expect, test } from 'vitest';
import { originalPictureName } from '#src/integrations/contentPictures.ts';

describe('originalPictureName', () => {
  const bytes = new TextEncoder().encode('một bức ảnh');

  test('keeps the file name, adds a hash of the bytes and the format', () => {
    expect(originalPictureName('/a/2024/cho-phien.jpeg', bytes, 'jpg')).toMatch(
      /^cho-phien\.[\w-]{8}\.jpg$/,
    );
  });

  test('names the same bytes alike wherever they are, and other bytes otherwise', () => {
    const here = originalPictureName('/a/2024/anh.jpg', bytes, 'jpg');
    expect(originalPictureName('/b/2019/anh.jpg', bytes, 'jpg')).toBe(here);
    expect(originalPictureName('/a/2024/anh.jpg', new Uint8Array([1]), 'jpg')).not.toBe(here);
  });

  test('writes a decomposed (NFD) name composed, and replaces what a URL cannot hold', () => {
    const nfd = originalPictureName('/a/Chợ phiên #2.png'.normalize('NFD'), bytes, 'png');
    expect(nfd.startsWith('Chợ phiên _2.')).toBe(true);
    expect(nfd).toBe(originalPictureName('/a/Chợ phiên #2.png', bytes, 'png'));
  });
});
