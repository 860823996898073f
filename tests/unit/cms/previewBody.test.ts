import { describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import { renderBody } from '#src/lib/body/renderBody.ts';
import type { CardLookup } from '#src/lib/body/drawComponents.ts';
import { previewBody } from '#src/lib/cms/previewBody.ts';

const cards: CardLookup = (collection, id) =>
  id === 'do-thi-duyen' && collection === 'people'
    ? { kind: 'Nhân vật', name: 'Đỗ Thị Duyên', href: '/nhan-vat/do-thi-duyen/', detail: 'Na Rì' }
    : undefined;
const picture = (src: string, alt: string): Element => ({
  type: 'element',
  tagName: 'img',
  properties: { src, alt, className: ['h-auto', 'w-full', 'rounded'] },
  children: [],
});

// No quotes, apostrophes or dashes: the site's parser makes those typographic, the preview not.
const BODY = `## Một mùa lũ

Bãi bồi **xanh** lại sau [mùa lũ](/chuyen-de/mua-nuoc/).

- Ba xã
- Hai thôn

<FactBox title="Con số">
Hai trăm hộ dân
</FactBox>

| Năm | Hộ |
| --- | --- |
| 2021 | 200 |

![Bãi bồi](./bai-boi.jpg)

<PersonCard id="do-thi-duyen" />
`;

describe("the editor's preview of a body", () => {
  test('draws what the site draws: Markdown, tables, components, cards, pictures', () => {
    const preview = previewBody(BODY, cards, (src) => src);
    const site = renderBody(BODY, cards, picture, 'https://a.vn/bai-viet/x/');
    expect(preview).toEqual({ html: site.html });
    expect(site.html).toContain('Đỗ Thị Duyên');
  });

  test('shows a picture at the address the editor gives', () => {
    const preview = previewBody('![Ảnh](./a.jpg)\n', cards, (src) => `blob:${src}`);
    expect(preview).toEqual({ html: expect.stringContaining('src="blob:./a.jpg"') });
  });

  test('says what it cannot draw instead of failing', () => {
    expect(previewBody('<Video src="a.mp4" />\n', cards, (src) => src)).toEqual({
      problem: expect.stringContaining('<Video>'),
    });
    expect(previewBody('<PersonCard id="khong-co" />\n', cards, (src) => src)).toEqual({
      problem: expect.stringContaining('khong-co'),
    });
  });
});
