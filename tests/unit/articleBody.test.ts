import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { isPlainBody, renderPlainBody } from '../../src/lib/articleBody.ts';
import type { Card, CardLookup } from '../../src/lib/bodyComponents.ts';

const model: Card = {
  kind: 'Mô hình',
  name: 'Quỹ tiết kiệm <cộng đồng>',
  href: '/mo-hinh/quy/',
  detail: 'Hội Phụ nữ · Bạch Thông',
};
const PAGE = 'https://luutru.example.vn/bai-viet/bai-mau/';
const cards: CardLookup = (collection, id) =>
  collection === 'models' && id === 'quy' ? model : undefined;

describe('isPlainBody', () => {
  test.each([
    ['Markdown only', '## Tiêu đề\n\nĐoạn *một*, [liên kết](https://example.org).\n\n- a\n- b'],
    ['shared components with literal props', '<PullQuote author="Bà A">\nLời nói.\n</PullQuote>'],
    ['escaped braces and angle brackets', 'Giá \\{100\\} và a \\< b'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
  ])('%s: rendered by the archive', (_name, body) => {
    expect(isPlainBody(body)).toBe(true);
  });

  test.each([
    ['an expression', 'Chợ họp {2 + 3} ngày.'],
    ['an expression prop', '<ModelCard id={"quy"} />'],
    ['an export', 'export const Note = () => null;\n\nChữ.'],
    ['an import', "import X from './x.astro';\n\n<X />"],
    ['a component of its own', '<Note>Ghi chú</Note>'],
    ['an HTML tag', 'Chữ <b>đậm</b>.'],
    ['a fragment', '<>x</>'],
    ['a code block', '```js\nlet a;\n```'],
    ['an image', '![Ảnh](./anh.jpg)'],
    ['a brace after an escaped backslash', 'a \\\\{b}'],
  ])('%s: left to the MDX pipeline', (_name, body) => {
    expect(isPlainBody(body)).toBe(false);
  });
});

describe('renderPlainBody', () => {
  test('gives headings the ids Astro gives them, in document order, duplicates numbered', () => {
    const { html, headings } = renderPlainBody(
      '## Đây là tiêu đề\n\n<FactBox title="Số liệu">\n### Con số\n</FactBox>\n\n## Đây là tiêu đề',
      cards,
      PAGE,
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'đây-là-tiêu-đề', text: 'Đây là tiêu đề' },
      { depth: 3, slug: 'con-số', text: 'Con số' },
      { depth: 2, slug: 'đây-là-tiêu-đề-1', text: 'Đây là tiêu đề' },
    ]);
    const ids = parse(html)
      .querySelectorAll('h2, h3')
      .map((h) => h.id);
    expect(ids).toEqual(['đây-là-tiêu-đề', 'con-số', 'đây-là-tiêu-đề-1']);
  });

  test('curls quotes and reads an NFD body as NFC', () => {
    const { html } = renderPlainBody('"Rừng" -- của dân...'.normalize('NFD'), cards, PAGE);
    expect(html).toBe('<p>“Rừng” – của dân…</p>');
  });

  test('draws components around their Markdown children', () => {
    const { html } = renderPlainBody(
      '<PullQuote author="Ông B" role="trưởng thôn">\nLời **nói**.\n</PullQuote>\n\n<ModelCard id="quy" />',
      cards,
      PAGE,
    );
    const root = parse(html);
    expect(root.querySelector('figure blockquote p strong')?.text).toBe('nói');
    expect(root.querySelector('figure figcaption')?.text).toBe('— Ông B, trưởng thôn');
    const card = root.querySelector('aside')!;
    expect(card.getAttribute('aria-label')).toBe('Mô hình: Quỹ tiết kiệm <cộng đồng>');
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/mo-hinh/quy/');
    // Data from YAML stays text.
    expect(html).toContain('Quỹ tiết kiệm &#x3C;cộng đồng>');
  });

  test('gives feeds the same HTML with every link absolute, javascript: links made harmless', () => {
    const { html, feedHtml } = renderPlainBody(
      '[Trang mô hình](../../mo-hinh/quy/) và [lạ](javascript:alert(1))\n\n<ModelCard id="quy" />',
      cards,
      PAGE,
    );
    const hrefs = (text: string) =>
      parse(text)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
    expect(hrefs(html)).toEqual(['../../mo-hinh/quy/', 'javascript:alert(1)', '/mo-hinh/quy/']);
    expect(hrefs(feedHtml)).toEqual([
      'https://luutru.example.vn/mo-hinh/quy/',
      '#',
      'https://luutru.example.vn/mo-hinh/quy/',
    ]);
    expect(parse(feedHtml).text).toBe(parse(html).text);
  });

  test('keeps escaped characters as text', () => {
    expect(renderPlainBody('Giá \\{100\\} và a \\< b', cards, PAGE).html).toBe(
      '<p>Giá {100} và a &#x3C; b</p>',
    );
  });

  test('stops on a card that names nothing', () => {
    expect(() => renderPlainBody('<PersonCard id="khong-co" />', cards, PAGE)).toThrow(
      '<PersonCard id="khong-co">: no such person',
    );
  });
});
