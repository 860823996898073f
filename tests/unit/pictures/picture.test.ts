import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { pictureElement } from '#src/lib/pictures/picture.ts';

const files = {
  webpSrcset: '/_astro/a_1.webp 360w, /_astro/a_2.webp 720w',
  fallback: { src: '/_astro/a_3.jpg', width: 1080, height: 720 },
};

describe('pictureElement', () => {
  test('offers WebP in several widths and a JPEG with its size, loaded when near', () => {
    expect(toHtml(pictureElement(files, 'Ruộng bậc thang', { sizes: '100vw' }))).toBe(
      '<picture><source type="image/webp" srcset="/_astro/a_1.webp 360w, /_astro/a_2.webp 720w" sizes="100vw">' +
        '<img src="/_astro/a_3.jpg" alt="Ruộng bậc thang" width="1080" height="720" decoding="async" loading="lazy"></picture>',
    );
  });

  test('loads the first picture at once, with high priority', () => {
    const html = toHtml(
      pictureElement(files, 'Ảnh bìa', {
        sizes: '100vw',
        eager: true,
        className: 'w-full rounded',
      }),
    );
    expect(html).toContain('loading="eager" fetchpriority="high" class="w-full rounded"');
  });
});
