import { describe, expect, test } from 'vitest';
import { bodyImageSources, inspectBody } from '#src/lib/body/bodyRules.ts';
import { isSafeLink } from '#src/lib/body/bodySafety.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi, type ToolMessages } from '#src/i18n/vi.ts';

/** The problems of a body whose first line is line 10 of its file, as "line: message". */
const problems = (body: string, say: ToolMessages = vi) =>
  inspectBody(body, 10, say.body).problems.map((problem) => `${problem.line}: ${problem.message}`);

describe('inspectBody', () => {
  test('accepts Markdown, the shared components with quoted props and escaped braces', () => {
    const body = [
      '## Tiêu đề',
      '',
      'Đoạn *một*, [liên kết](https://example.org), [trang](/chuyen-de/a/), giá \\{100\\}.',
      '',
      '<FactBox title="Số liệu">',
      '- 3 đợt học tập',
      '</FactBox>',
      '',
      '<Figure caption="Con đường.">',
      '![Đường đất mới mở](./anh-1.jpg)',
      '</Figure>',
      '',
      '```',
      'mã',
      '```',
      '',
      'Ghi chú {/* của biên tập viên */} và toasoan{/**/}@example.vn.',
    ].join('\n');
    expect(inspectBody(body, 10, vi.body)).toEqual({
      problems: [],
      images: [{ src: './anh-1.jpg', alt: 'Đường đất mới mở', line: 19 }],
    });
  });

  test.each([
    [
      "import { execSync } from 'node:child_process'",
      '10: không được dùng "import" trong bài viết: bài viết là dữ liệu, không phải mã lệnh',
    ],
    [
      "export const x = execSync('id')",
      '10: không được dùng "export" trong bài viết: bài viết là dữ liệu, không phải mã lệnh',
    ],
    ['Chợ họp {2 + 3} ngày.', '10: không được dùng biểu thức {2 + 3} trong bài viết'],
    ['{process.exit(1)}', '10: không được dùng biểu thức {process.exit(1)} trong bài viết'],
    ['<FactBox title={x}>Chữ</FactBox>', '10: <FactBox title={...}> có thuộc tính là biểu thức'],
    ['<FactBox {...p}>Chữ</FactBox>', '10: <FactBox> có thuộc tính dạng {...p}'],
    ['<script>alert(1)</script>', '10: không được dùng thẻ HTML <script> trong bài viết'],
    [
      '<iframe src="https://x.example"></iframe>',
      '10: không được dùng thẻ HTML <iframe> trong bài viết',
    ],
    ['<b onclick="alert(1)">x</b>', '10: không được dùng thẻ HTML <b> trong bài viết'],
    ['<style>{`p{}`}</style>', '10: không được dùng thẻ HTML <style> trong bài viết'],
    ['<Note>x</Note>', '10: không có thành phần <Note>'],
    [
      '[bấm](javascript:alert(1))',
      '10: liên kết "javascript:alert(1)" sẽ chạy mã lệnh chứ không mở một trang',
    ],
    [
      '[bấm](JaVaScRiPt:alert(1))',
      '10: liên kết "JaVaScRiPt:alert(1)" sẽ chạy mã lệnh chứ không mở một trang',
    ],
    [
      '[x]: data:text/html,hi\n\n[bấm][x]',
      '10: liên kết "data:text/html,hi" sẽ chạy mã lệnh chứ không mở một trang',
    ],
    [
      '![Ảnh](https://example.org/a.jpg)',
      '10: ảnh "https://example.org/a.jpg" nằm trên trang web khác',
    ],
    ['![](./a.jpg)', '10: ảnh "./a.jpg" chưa có lời mô tả'],
  ])('refuses %j', (body, expected) => {
    expect(problems(body)).toContain(expected);
  });

  test('reports each problem on its own line, and a body that does not parse once', () => {
    expect(problems('Chữ.\n\n{a}\n\nChữ {b}.')).toEqual([
      '12: không được dùng biểu thức {a} trong bài viết',
      '14: không được dùng biểu thức {b} trong bài viết',
    ]);
    expect(problems('Chữ {mở')).toEqual([
      '10: MDX không biên dịch được: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    ]);
  });

  test('says the same in English for a developer', () => {
    expect(problems('<script>alert(1)</script>', en)).toEqual([
      '10: the HTML tag <script> is not allowed in an article',
    ]);
    expect(problems('Chữ {mở', en)).toEqual([
      '10: MDX does not compile: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    ]);
  });
});

describe('isSafeLink', () => {
  test.each([
    'https://a.vn/',
    'http://a.vn',
    'mailto:a@b.vn',
    'tel:+84',
    '/bai-viet/a/',
    '../a/',
    '#phan-2',
    'a.mp3',
  ])('follows %s', (url) => expect(isSafeLink(url)).toBe(true));
  test.each([
    'javascript:alert(1)',
    ' javascript:x',
    'java\tscript:x',
    'data:text/html,x',
    'vbscript:x',
  ])('refuses %j', (url) => expect(isSafeLink(url)).toBe(false));
});

describe('bodyImageSources', () => {
  test('lists each local picture once, and nothing for a body without one', () => {
    expect(bodyImageSources('![a](./a.jpg)\n\n![b](./b.png)\n\n![a lần nữa](./a.jpg)')).toEqual([
      './a.jpg',
      './b.png',
    ]);
    expect(bodyImageSources('Không có ảnh [nào](https://a.vn).')).toEqual([]);
  });
});
