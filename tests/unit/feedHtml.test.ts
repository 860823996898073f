import { describe, expect, test } from 'vitest';
import { toFeedHtml } from '../../src/lib/feedHtml.ts';

const page = 'https://example.org/bai-viet/mot-bai/';

describe('toFeedHtml', () => {
  test('makes root-relative and relative links and images absolute', () => {
    const html = toFeedHtml(
      '<p><a href="/chuyen-de/x/">a</a> <a href="../khac/">b</a> <img src="anh.jpg" alt="Ảnh"></p>',
      page,
    );
    expect(html).toBe(
      '<p><a href="https://example.org/chuyen-de/x/">a</a> <a href="https://example.org/bai-viet/khac/">b</a> <img src="https://example.org/bai-viet/mot-bai/anh.jpg" alt="Ảnh"></p>',
    );
  });

  test('makes every srcset candidate absolute, keeping descriptors', () => {
    const html = toFeedHtml(
      '<img src="/a.jpg" srcset="/a-360.jpg 360w, /a-720.jpg 720w" alt="">',
      page,
    );
    expect(html).toContain(
      'srcset="https://example.org/a-360.jpg 360w, https://example.org/a-720.jpg 720w"',
    );
  });

  test('drops scripts, styles, event handlers and javascript: URLs', () => {
    const html = toFeedHtml(
      '<script>alert(1)</script><style>p{}</style><p onclick="x()" style="color:red">chữ</p><a href="javascript:alert(1)">x</a>',
      page,
    );
    expect(html).toBe('<p>chữ</p><a href="#">x</a>');
  });

  test('unwraps custom elements of components, keeping their content', () => {
    expect(toFeedHtml('<astro-island><p>nội dung</p></astro-island>', page)).toBe(
      '<p>nội dung</p>',
    );
  });

  test('keeps escaped text escaped and writes NFC', () => {
    const nfd = 'Đồng'.normalize('NFD');
    expect(toFeedHtml(`<p>&lt;b&gt; &amp; ${nfd}</p>`, page)).toBe('<p>&lt;b&gt; &amp; Đồng</p>');
  });
});
