import { describe, expect, test } from 'vitest';
import type { CardLookup } from '#src/lib/body/drawComponents.ts';
import { articleProblems } from '#src/lib/cms/articleProblems.ts';
import { previewBody } from '#src/lib/cms/previewBody.ts';

const cards: CardLookup = (collection, id) =>
  id === 'ha-van-duc' ? { kind: 'Nhân vật', name: 'Hà Văn Đức', href: '/', detail: '' } : undefined;
const parts = { 'mua-nuoc': { '1': '2021/mua-nuoc-bai-1', '3': '2021/mua-nuoc-bai-3' } };
const problems = (data: { body: string; series?: string; part?: number }, entry?: string) =>
  articleProblems(
    data,
    previewBody(data.body, cards, (src) => src),
    entry,
    parts,
  );

describe('what the editor refuses to publish', () => {
  test('nothing in a well-formed part with a free number', () => {
    expect(
      problems({
        body: 'Mở đầu.\n\n<PersonCard id="ha-van-duc" />\n',
        series: 'mua-nuoc',
        part: 2,
      }),
    ).toEqual([]);
    // An article keeps its own number when it is saved again.
    expect(problems({ body: '', series: 'mua-nuoc', part: 1 }, '2021/mua-nuoc-bai-1')).toEqual([]);
  });

  test('a part number its series already has, naming the article that has it', () => {
    expect(problems({ body: '', series: 'mua-nuoc', part: 3 })).toEqual([
      'part: bài 3 của chuyên đề "mua-nuoc" trùng số với articles/2021/mua-nuoc-bai-3.mdx',
    ]);
  });

  test("a body the site cannot draw, in the checker's words", () => {
    expect(problems({ body: '<Video src="a.mp4" />\n' })).toEqual([
      expect.stringMatching(/^body: không có thành phần <Video>: dùng một trong <PullQuote>/),
    ]);
    expect(problems({ body: '<PersonCard id="ai-do" />\n' })).toEqual([
      'body: <PersonCard>: không có nhân vật "ai-do"',
    ]);
    expect(problems({ body: '[Bấm vào](javascript:alert(1))\n' })).toEqual([
      'body: liên kết "javascript:alert(1)" sẽ chạy mã lệnh chứ không mở một trang',
    ]);
    const [unclosed] = problems({ body: '<FactBox title="Số liệu">\nHai trăm hộ\n' });
    expect(unclosed).toMatch(/^body: MDX không biên dịch được: .*đóng thẻ bằng <\/FactBox>/);
  });
});
