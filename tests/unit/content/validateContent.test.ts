import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '#src/lib/content/loadContent.ts';
import { formatProblem } from '#src/lib/content/problems.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi, type ToolMessages } from '#src/i18n/vi.ts';
import {
  checkDuplicateId,
  checkFileName,
  checkSeriesParts,
  type Checker,
} from '#src/lib/content/checks.ts';
import type { SourceFile } from '#src/lib/content/sourceFiles.ts';
import type { Content, Entry } from '#src/lib/content/validateContent.ts';
import type { ArticleData, SeriesData } from '#src/schemas/index.ts';

const FIXTURE = path.resolve('tests/fixtures/content-other');
const workspace = mkdtempSync(path.join(tmpdir(), 'archive-validate-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

let counter = 0;
/**
 * A copy of the fixture content with one mistake made by `mutate`; returns its problems as lines,
 * in Vietnamese unless `say` is given.
 */
function problemsAfter(mutate: (dir: string) => void, say: ToolMessages = vi) {
  const dir = path.join(workspace, `case-${counter++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  const { content, problems } = loadContent(dir, dir, { say });
  const lines = (severity: string) =>
    problems.filter((p) => p.severity === severity).map((p) => formatProblem(p, say));
  return { content, errors: lines('error'), warnings: lines('warning') };
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(full, changed);
};
const FIRST = 'articles/2021/mua-nuoc-noi-bai-1.mdx';

describe('validateContent', () => {
  test('accepts the fixture content, with a warning for its series gap', () => {
    const { content, errors, warnings } = problemsAfter(() => {});
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'articles/2022/ban-nfd.mdx:1  -  cảnh báo: văn bản không ở dạng Unicode dựng sẵn (NFC) (chạy npm run check -- --fix để chuyển sang NFC)',
      'series/dang-viet.yaml:1  parts  cảnh báo: kho lưu trữ thiếu bài 2 (ghi bài đó vào parts kèm tiêu đề, hoặc thêm bài viết)',
    ]);
    expect(content?.articles).toHaveLength(12);
  });

  test('names an unknown district and suggests the closest id', () => {
    const { errors, content } = problemsAfter((dir) =>
      edit(dir, FIRST, 'districts: [dong-lau]', 'districts: [dong-lao]'),
    );
    expect(errors).toEqual([
      `${FIRST}:8  districts[0]  không có địa bàn "dong-lao" (có phải "dong-lau"?)`,
    ]);
    expect(content).toBeUndefined();
  });

  test('speaks English to a developer who asks for it', () => {
    const { errors } = problemsAfter(
      (dir) => edit(dir, FIRST, 'districts: [dong-lau]', 'districts: [dong-lao]'),
      en,
    );
    expect(errors).toEqual([
      `${FIRST}:8  districts[0]  unknown district "dong-lao" (did you mean "dong-lau"?)`,
    ]);
    const { warnings } = problemsAfter(() => {}, en);
    expect(warnings[1]).toBe(
      'series/dang-viet.yaml:1  parts  warning: part 2 is missing from the archive (list it under parts with its title, or add the article)',
    );
  });

  test('refuses an impossible date with its line and an example of a real one', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, '2021-06-01T08:00:00+07:00', '2021-02-30T08:00:00+07:00'),
    );
    expect(errors).toEqual([
      `${FIRST}:4  pubDate  "2021-02-30T08:00:00+07:00": tháng 2/2021 không có ngày 30 (viết ngày giờ có thật, ví dụ 2024-04-10 hoặc 2024-04-10T07:00:00+07:00)`,
    ]);
  });

  test('names both files of a duplicate id', () => {
    const { errors } = problemsAfter((dir) =>
      cpSync(path.join(dir, FIRST), path.join(dir, 'articles/2022/mua-nuoc-noi-bai-1.mdx')),
    );
    expect(errors).toContain(
      `articles/2022/mua-nuoc-noi-bai-1.mdx:1  -  trùng mã "mua-nuoc-noi-bai-1": ${FIRST} có cùng tên tệp (đổi tên một trong hai tệp)`,
    );
  });

  test('refuses a file name that is not an ASCII slug, and names the slug to use', () => {
    const { errors } = problemsAfter((dir) =>
      renameSync(path.join(dir, 'topics/doi-song.yaml'), path.join(dir, 'topics/Đời sống.yaml')),
    );
    expect(errors[0]).toBe(
      'topics/Đời sống.yaml:1  -  tên tệp "Đời sống.yaml" không đúng quy tắc đặt tên (đổi tên thành doi-song.yaml: chữ thường không dấu, chữ số và "-")',
    );
  });

  test('stops on two published parts with the same number', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, 'articles/2021/mua-nuoc-noi-bai-3.mdx', 'part: 3', 'part: 1'),
    );
    expect(errors).toEqual([
      'articles/2021/mua-nuoc-noi-bai-3.mdx:7  part  bài 1 của chuyên đề "mua-nuoc-noi" trùng số với mua-nuoc-noi-bai-1.mdx (mỗi bài một số riêng)',
    ]);
  });

  test('reports a YAML syntax error at its line, in plain words', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'topics: [doi-song]', 'topics: [doi-song'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${FIRST}:\\d+  \\S+  lỗi cú pháp YAML: danh sách thiếu dấu "\\]" đóng \\(đóng danh sách bằng \\] trên cùng dòng\\)$`,
      ),
    );
  });

  test('names the field of a YAML syntax error and how to fix it', () => {
    const { errors } = problemsAfter((dir) =>
      edit(
        dir,
        'districts/dong-lau.yaml',
        'province: "Sông Mây"',
        'province: Sông Mây: tỉnh hư cấu',
      ),
    );
    expect(errors).toEqual([
      'districts/dong-lau.yaml:3  province  lỗi cú pháp YAML: giá trị có ": ", dấu hiệu mở đầu một trường mới (đặt cả giá trị trong dấu nháy kép)',
    ]);
  });

  test('names quotes inside a quoted value', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'title: "Mùa nước về"', 'title: "Mùa "nước" về"'),
    );
    expect(errors).toEqual([
      `${FIRST}:2  title  lỗi cú pháp YAML: giá trị còn tiếp sau dấu nháy đóng (dấu nháy kép bên trong giá trị sẽ kết thúc giá trị: hãy viết thành “ ”)`,
    ]);
  });

  test('names a field written twice', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'author: toa-soan', 'author: toa-soan\nauthor: toa-soan'),
    );
    expect(errors).toEqual([
      `${FIRST}:6  author  lỗi cú pháp YAML: trường này xuất hiện hai lần (chỉ giữ lại một trong hai dòng)`,
    ]);
  });

  test('names a misspelt field once, with the field it stands for', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /^title:/m, 'titel:'));
    expect(errors).toEqual([`${FIRST}:2  titel  không có trường này (có phải "title"?)`]);
  });

  test('names an unknown field that resembles none', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'invented: true', 'invented: true\nbanner: yes'),
    );
    expect(errors).toEqual([
      `${FIRST}:13  banner  không có trường này (xóa đi, hoặc đối chiếu chính tả với README.md)`,
    ]);
  });

  test('says what to add for a missing field, by what it holds', () => {
    const title = problemsAfter((dir) => edit(dir, FIRST, /^title: .*\n/m, ''));
    expect(title.errors).toEqual([
      `${FIRST}:1  title  là trường bắt buộc (thêm title: rồi ghi văn bản)`,
    ]);
    const url = problemsAfter((dir) => edit(dir, 'site.yaml', /^url: .*\n/m, ''));
    expect(url.errors).toEqual([
      'site.yaml:1  url  là trường bắt buộc (thêm url: rồi ghi địa chỉ web như "https://…")',
    ]);
    const category = problemsAfter((dir) =>
      edit(dir, 'models/hop-tac-xa-la-doc.yaml', /^category: .*\n/m, ''),
    );
    expect(category.errors).toEqual([
      'models/hop-tac-xa-la-doc.yaml:1  category  là trường bắt buộc (thêm category: rồi ghi mã chủ đề)',
    ]);
  });

  test('says what to add to a cover without alt text', () => {
    const { errors } = problemsAfter((dir) => {
      writeFileSync(path.join(dir, 'articles/2021/anh.jpg'), '');
      edit(dir, FIRST, 'author: toa-soan', 'author: toa-soan\ncover: { src: ./anh.jpg }');
    });
    expect(errors).toEqual([
      `${FIRST}:6  cover.alt  là trường bắt buộc (thêm alt: rồi ghi văn bản trong cover)`,
    ]);
  });

  test('names a value of the wrong type and how to write it', () => {
    const part = problemsAfter((dir) => edit(dir, FIRST, 'part: 1', 'part: "một"'));
    expect(part.errors).toEqual([
      `${FIRST}:7  part  phải là một số, không phải "một" (viết số bằng chữ số, không có dấu nháy)`,
    ]);
    const list = problemsAfter((dir) =>
      edit(dir, FIRST, 'districts: [dong-lau]', 'districts: dong-lau'),
    );
    expect(list.errors).toEqual([
      `${FIRST}:8  districts  phải là danh sách mã địa bàn, không phải "dong-lau" (viết trong ngoặc vuông, ví dụ districts: [dong-lau])`,
    ]);
    const flag = problemsAfter((dir) => edit(dir, FIRST, 'invented: true', 'invented: "có"'));
    expect(flag.errors).toEqual([
      `${FIRST}:12  invented  phải là true hoặc false, không phải "có" (viết invented: true hoặc invented: false)`,
    ]);
  });

  test('names a value outside a fixed list, and the closest one', () => {
    const far = problemsAfter((dir) =>
      edit(dir, 'series/mua-nuoc-noi.yaml', 'status: complete', 'status: "hoàn thành"'),
    );
    expect(far.errors).toEqual([
      'series/mua-nuoc-noi.yaml:3  status  phải là ongoing hoặc complete, không phải "hoàn thành" (viết đúng một trong các từ tiếng Anh này, như đã ghi ở đây)',
    ]);
    const near = problemsAfter((dir) =>
      edit(dir, 'series/mua-nuoc-noi.yaml', 'status: complete', 'status: complet'),
    );
    expect(near.errors).toEqual([
      'series/mua-nuoc-noi.yaml:3  status  phải là ongoing hoặc complete, không phải "complet" (có phải "complete"?)',
    ]);
  });

  test('shows a part without a series at the line of the part', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, 'series: mua-nuoc-noi\n', ''));
    expect(errors).toEqual([
      `${FIRST}:6  series  bắt buộc khi có part (thêm series: rồi ghi mã chuyên đề, hoặc xóa part)`,
    ]);
  });

  test('refuses an empty file', () => {
    const { errors } = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'topics/dat-dai.yaml'), ''),
    );
    expect(errors).toEqual([
      'topics/dat-dai.yaml:1  -  tệp trống (điền các trường theo ví dụ trong README.md)',
    ]);
  });

  test('calls an empty article empty, and one without fences unfenced', () => {
    const empty = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'articles/2023/trong.mdx'), '\n'),
    );
    expect(empty.errors).toEqual([
      'articles/2023/trong.mdx:1  -  tệp trống (điền các trường theo ví dụ trong README.md)',
    ]);
    const unfenced = problemsAfter((dir) => edit(dir, FIRST, /^---\n([\s\S]*?)---\n/, '$1'));
    expect(unfenced.errors).toEqual([
      `${FIRST}:1  -  bài viết không có phần khai báo (front matter) giữa hai dòng "---" (mở đầu tệp bằng một dòng "---", rồi title, description, pubDate và các trường khác, rồi thêm một dòng "---")`,
    ]);
  });

  test('reports a broken data file once, not again at every reference to it', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, 'districts/dong-lau.yaml', 'kind: district', 'kind: huyen'),
    );
    expect(errors).toEqual([
      'districts/dong-lau.yaml:2  kind  phải là city, district hoặc town, không phải "huyen" (viết đúng một trong các từ tiếng Anh này, như đã ghi ở đây)',
    ]);
  });

  test('does not call a series partless when its only part has an error of its own', () => {
    const { errors } = problemsAfter((dir) => {
      rmSync(path.join(dir, 'articles/2021/mua-nuoc-noi-bai-3.mdx'));
      edit(dir, FIRST, 'part: 1', 'part: "một"');
    });
    expect(errors).toEqual([
      `${FIRST}:7  part  phải là một số, không phải "một" (viết số bằng chữ số, không có dấu nháy)`,
    ]);
  });

  test('refuses a cover whose file is missing', () => {
    const { errors } = problemsAfter((dir) =>
      edit(
        dir,
        FIRST,
        'author: toa-soan',
        'author: toa-soan\ncover: { src: ./khong-co.jpg, alt: "Ảnh" }',
      ),
    );
    expect(errors).toEqual([
      `${FIRST}:6  cover.src  không có tệp ảnh "./khong-co.jpg" (đặt ảnh cạnh bài viết và ghi tên tệp, ví dụ ./anh-bia.jpg)`,
    ]);
  });

  test('refuses a series without any part', () => {
    const { errors } = problemsAfter((dir) =>
      writeFileSync(
        path.join(dir, 'series/rong.yaml'),
        'title: "Rỗng"\ndescription: "Không bài"\nstatus: ongoing\n',
      ),
    );
    expect(errors).toEqual([
      'series/rong.yaml:1  -  chuyên đề "rong" chưa có bài nào (thêm một bài có series: rong và part: 1, hoặc xóa tệp này)',
    ]);
  });

  test('names a missing site settings file', () => {
    const { errors } = problemsAfter((dir) => rmSync(path.join(dir, 'site.yaml')));
    expect(errors[0]).toMatch(/site\.yaml:1 {2}- {2}thiếu tệp cài đặt của trang/);
  });
});

describe('MDX bodies', () => {
  test('refuses an unclosed tag at its line', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\nMột dòng.\n\nHai <div>không đóng\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:17  body  MDX không biên dịch được: Expected a closing tag for \`<div>\` before the end of \`paragraph\` (đóng thẻ bằng </div>, hoặc viết \\< ở chỗ "<" chỉ là chữ)`,
    ]);
  });

  test('refuses a stray brace, and says how to write one', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\nGiá { chưa rõ\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:15  body  MDX không biên dịch được: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (đóng bằng }, hoặc viết \\{ ở chỗ "{" chỉ là chữ)`,
    ]);
  });

  test('refuses an unknown component, and a component defined in the article', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\n<Hop>nội dung</Hop>\n\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:15  body  không có thành phần <Hop> (dùng một trong <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard>)`,
    ]);
    const defined = problemsAfter((dir) =>
      edit(
        dir,
        FIRST,
        /\n---\n\n/,
        '\n---\n\nexport const Hop = ({ children }) => <b>{children}</b>;\n\n<Hop>nội dung</Hop>\n\n',
      ),
    );
    expect(defined.errors).toEqual([
      `${FIRST}:15  body  không được dùng "export" trong bài viết: bài viết là dữ liệu, không phải mã lệnh (xóa dòng này; các thành phần <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard> không cần import)`,
      `${FIRST}:17  body  không có thành phần <Hop> (dùng một trong <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard>)`,
    ]);
  });

  test('refuses a picture whose file is not a picture, and one outside the content folder', () => {
    const { errors } = problemsAfter((dir) => {
      writeFileSync(path.join(dir, 'articles/2021/anh-gia.jpg'), 'không phải ảnh');
      edit(
        dir,
        FIRST,
        /\n---\n\n/,
        '\n---\n\n![Ảnh](./anh-gia.jpg)\n\n![Ảnh khác](../../../ngoai.jpg)\n\n',
      );
    });
    expect(errors).toEqual([
      `${FIRST}:15  body  ảnh "./anh-gia.jpg" không phải ảnh: nội dung không phải jpeg (lưu lại ảnh dạng jpeg, hoặc chọn tệp khác)`,
      `${FIRST}:17  body  ảnh "../../../ngoai.jpg" nằm ngoài thư mục nội dung (đặt ảnh cạnh bài viết và ghi tên tệp, ví dụ ./anh-bia.jpg)`,
    ]);
  });
});

describe('shared components in article bodies', () => {
  test('names a missing required prop and an unknown card id, with the closest id', () => {
    const { errors } = problemsAfter((dir) =>
      edit(
        dir,
        FIRST,
        /\n---\n\n/,
        '\n---\n\n<PullQuote>Lời nói</PullQuote>\n\n<PersonCard id="do-thi-duyn" />\n\n',
      ),
    );
    expect(errors).toEqual([
      `${FIRST}:15  body  <PullQuote> thiếu thuộc tính author (viết thành <PullQuote author="...">)`,
      `${FIRST}:17  body  <PersonCard>: không có nhân vật "do-thi-duyn" (có phải "do-thi-duyen"?)`,
    ]);
  });

  test('accepts the shared components used as documented', () => {
    const { errors } = problemsAfter((dir) =>
      edit(
        dir,
        FIRST,
        /\n---\n\n/,
        '\n---\n\n<FactBox title="Số liệu">\n- một\n</FactBox>\n\n<ModelCard id="hop-tac-xa-la-doc" />\n\n',
      ),
    );
    expect(errors).toEqual([]);
  });
});

describe('named checks', () => {
  /** A checker that keeps what is reported as `field: message (hint) [severity]` lines, in English. */
  function recording() {
    const lines: string[] = [];
    const c: Checker = {
      say: en,
      relative: (file) => file,
      report: (source, field, message, hint, severity = 'error') =>
        lines.push(`${source.path} ${field.join('.') || '-'}: ${message} (${hint}) [${severity}]`),
      fileProblem: () => undefined,
    };
    return { c, lines };
  }
  const source = (file: string, data: unknown = {}): SourceFile => ({
    id: path.basename(file).replace(/\.[^.]+$/, ''),
    path: file,
    data,
    bodyLine: 1,
    isNfc: true,
    lineOf: () => 1,
  });
  const entry = <Data>(file: string, data: Data): Entry<Data> => ({
    id: path.basename(file).replace(/\.[^.]+$/, ''),
    file,
    data,
  });

  test('checkFileName names the slug to use, or the rule when the name has no letters to keep', () => {
    const { c, lines } = recording();
    checkFileName(c, source('topics/Đời sống.yaml'));
    checkFileName(c, source('topics/doi-song.yaml'));
    checkFileName(c, source('topics/---.yaml'));
    expect(lines).toEqual([
      `topics/Đời sống.yaml -: ${en.content.notSlug('Đời sống.yaml')} (${en.content.renameTo('doi-song.yaml')}) [error]`,
      `topics/---.yaml -: ${en.content.notSlug('---.yaml')} (${en.content.slugRule}) [error]`,
    ]);
  });

  test('checkDuplicateId reports the second file of an id, naming the first, and keeps the first', () => {
    const { c, lines } = recording();
    const seen = new Map<string, SourceFile>();
    const first = source('a/x.yaml');
    expect(checkDuplicateId(c, first, 'x', seen)).toBe(false);
    expect(checkDuplicateId(c, source('b/x.yaml'), 'x', seen)).toBe(true);
    expect(checkDuplicateId(c, source('c/x.yaml'), 'x', seen)).toBe(true);
    expect(seen.get('x')).toBe(first);
    expect(lines).toEqual([
      `b/x.yaml -: ${en.content.duplicateId('x', 'a/x.yaml')} (${en.content.duplicateIdHint}) [error]`,
      `c/x.yaml -: ${en.content.duplicateId('x', 'a/x.yaml')} (${en.content.duplicateIdHint}) [error]`,
    ]);
  });

  test('checkSeriesParts lets a draft share a number, and warns only of untitled gaps', () => {
    const { c, lines } = recording();
    const part = (file: string, part: number, draft = false) =>
      entry(file, { series: 's', part, draft } as ArticleData);
    const articles = [
      part('a/s-1.mdx', 1),
      part('a/s-1-draft.mdx', 1, true),
      part('a/s-5.mdx', 5),
      part('a/s-5-again.mdx', 5),
    ];
    const series = entry('series/s.yaml', { parts: [{ part: 3 }] } as SeriesData);
    const sources = new Map(
      [...articles, series].map((e) => [e.file, source(e.file, { series: 's' })]),
    );
    checkSeriesParts(
      c,
      { articles, series: [series] } as unknown as Content,
      [...sources.values()],
      (e) => sources.get(e.file)!,
    );
    const gap = (n: number) =>
      `series/s.yaml parts: ${en.content.missingPart(n)} (${en.content.missingPartHint}) [warning]`;
    expect(lines).toEqual([
      `a/s-5-again.mdx part: ${en.content.duplicatePart(5, 's', 's-5.mdx')} (${en.content.duplicatePartHint}) [error]`,
      gap(2),
      gap(4),
    ]);
  });
});
