import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import { renderBody, type PictureLookup } from '#src/lib/body/renderBody.ts';
import type { Card, CardLookup } from '#src/lib/body/drawComponents.ts';

const model: Card = {
  kind: 'Mô hình',
  name: 'Quỹ tiết kiệm <cộng đồng>',
  href: '/mo-hinh/quy/',
  detail: 'Hội Phụ nữ · Bạch Thông',
};
const PAGE = 'https://luutru.example.vn/bai-viet/bai-mau/';
const cards: CardLookup = (collection, id) =>
  collection === 'models' && id === 'quy' ? model : undefined;
/** Draws a body's picture as a marked <img>, as currentArchive.ts draws it from the image pipeline. */
const pictures: PictureLookup = (src, alt) => {
  if (src !== './anh-1.jpg') throw new Error(`no picture ${src}`);
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: { src: '/_astro/anh-1.webp', srcSet: '/_astro/anh-1-360.webp 360w', alt },
    children: [],
  };
  return img;
};
const renderPlainBody = (body: string, lookup: CardLookup, page: string) =>
  renderBody(body, lookup, pictures, page);

describe('renderBody', () => {
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

  test('gives feeds the same HTML with every link absolute', () => {
    const { html, feedHtml } = renderPlainBody(
      '[Trang mô hình](../../mo-hinh/quy/) và [nguồn](https://example.org/a)\n\n<ModelCard id="quy" />',
      cards,
      PAGE,
    );
    const hrefs = (text: string) =>
      parse(text)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
    expect(hrefs(html)).toEqual(['../../mo-hinh/quy/', 'https://example.org/a', '/mo-hinh/quy/']);
    expect(hrefs(feedHtml)).toEqual([
      'https://luutru.example.vn/mo-hinh/quy/',
      'https://example.org/a',
      'https://luutru.example.vn/mo-hinh/quy/',
    ]);
    expect(parse(feedHtml).text).toBe(parse(html).text);
  });

  test('shows nothing of a comment, which keeps an address from becoming a link', () => {
    expect(
      renderPlainBody('Thư gửi toasoan{/**/}@example.vn {/* ghi chú */}.', cards, PAGE).html,
    ).toBe('<p>Thư gửi toasoan@example.vn .</p>');
  });

  test('keeps escaped characters as text', () => {
    expect(renderPlainBody('Giá \\{100\\} và a \\< b', cards, PAGE).html).toBe(
      '<p>Giá {100} và a &#x3C; b</p>',
    );
  });

  test('stops on a card that names nothing', () => {
    expect(() => renderPlainBody('<PersonCard id="khong-co" />', cards, PAGE)).toThrow(
      '<PersonCard>: không có nhân vật "khong-co"',
    );
  });

  test('draws pictures through the pipeline, absolute in feeds, inside a <Figure>', () => {
    const { html, feedHtml } = renderPlainBody(
      '<Figure caption="Con đường mới." credit="Tòa soạn">\n![Đường đất mới mở](./anh-1.jpg)\n</Figure>',
      cards,
      PAGE,
    );
    const img = parse(html).querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('Đường đất mới mở');
    expect(img.getAttribute('src')).toBe('/_astro/anh-1.webp');
    expect(parse(html).querySelector('figcaption')!.text).toBe('Con đường mới. (Ảnh: Tòa soạn)');
    const feedImg = parse(feedHtml).querySelector('img')!;
    expect(feedImg.getAttribute('src')).toBe('https://luutru.example.vn/_astro/anh-1.webp');
    expect(feedImg.getAttribute('srcset')).toBe(
      'https://luutru.example.vn/_astro/anh-1-360.webp 360w',
    );
  });

  test.each([
    ['an import', "import X from './x.astro';\n\nChữ."],
    ['an export', 'export const a = 1;\n\nChữ.'],
    ['an expression', 'Chợ họp {2 + 3} ngày.'],
    ['an expression prop', '<FactBox title={"x"}>Chữ</FactBox>'],
    ['a spread prop', '<FactBox {...x}>Chữ</FactBox>'],
    ['an HTML tag', '<div onclick="alert(1)">Chữ</div>'],
    ['an unknown component', '<Note>Chữ</Note>'],
    ['a javascript: link', '[lạ](javascript:alert(1))'],
    ['a picture it was not given', '![Ảnh](./khac.jpg)'],
  ])('refuses %s, which the checker refuses first', (_name, body) => {
    expect(() => renderPlainBody(body, cards, PAGE)).toThrow();
  });
});
