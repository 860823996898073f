import { describe, expect, test } from 'vitest';
import { bodyImageSources, inspectBody, isSafeLink } from '../../src/lib/bodyRules.ts';

/** The problems of a body whose first line is line 10 of its file, as "line: message". */
const problems = (body: string) =>
  inspectBody(body, 10).problems.map((problem) => `${problem.line}: ${problem.message}`);

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
    expect(inspectBody(body, 10)).toEqual({
      problems: [],
      images: [{ src: './anh-1.jpg', alt: 'Đường đất mới mở', line: 19 }],
    });
  });

  test.each([
    [
      "import { execSync } from 'node:child_process'",
      '10: "import" is not allowed in an article: articles are data, not code',
    ],
    [
      "export const x = execSync('id')",
      '10: "export" is not allowed in an article: articles are data, not code',
    ],
    ['Chợ họp {2 + 3} ngày.', '10: the expression {2 + 3} is not allowed in an article'],
    ['{process.exit(1)}', '10: the expression {process.exit(1)} is not allowed in an article'],
    ['<FactBox title={x}>Chữ</FactBox>', '10: <FactBox title={...}> has an expression for a prop'],
    ['<FactBox {...p}>Chữ</FactBox>', '10: <FactBox> has a spread prop {...p}'],
    ['<script>alert(1)</script>', '10: the HTML tag <script> is not allowed in an article'],
    [
      '<iframe src="https://x.example"></iframe>',
      '10: the HTML tag <iframe> is not allowed in an article',
    ],
    ['<b onclick="alert(1)">x</b>', '10: the HTML tag <b> is not allowed in an article'],
    ['<style>{`p{}`}</style>', '10: the HTML tag <style> is not allowed in an article'],
    ['<Note>x</Note>', '10: unknown component <Note>'],
    [
      '[bấm](javascript:alert(1))',
      '10: the link "javascript:alert(1)" would run code, not open a page',
    ],
    [
      '[bấm](JaVaScRiPt:alert(1))',
      '10: the link "JaVaScRiPt:alert(1)" would run code, not open a page',
    ],
    [
      '[x]: data:text/html,hi\n\n[bấm][x]',
      '10: the link "data:text/html,hi" would run code, not open a page',
    ],
    [
      '![Ảnh](https://example.org/a.jpg)',
      '10: the picture "https://example.org/a.jpg" is on another site',
    ],
    ['![](./a.jpg)', '10: the picture "./a.jpg" has no alt text'],
  ])('refuses %j', (body, expected) => {
    expect(problems(body)).toContain(expected);
  });

  test('reports each problem on its own line, and a body that does not parse once', () => {
    expect(problems('Chữ.\n\n{a}\n\nChữ {b}.')).toEqual([
      '12: the expression {a} is not allowed in an article',
      '14: the expression {b} is not allowed in an article',
    ]);
    expect(problems('Chữ {mở')).toEqual([
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
