import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/loadContent.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const FIXTURE = path.resolve('tests/fixtures/content-other');
const workspace = mkdtempSync(path.join(tmpdir(), 'archive-validate-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

let counter = 0;
/** A copy of the fixture content with one mistake made by `mutate`; returns its problems as lines. */
function problemsAfter(mutate: (dir: string) => void) {
  const dir = path.join(workspace, `case-${counter++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  mutate(dir);
  const { content, problems } = loadContent(dir, dir);
  return {
    content,
    errors: problems.filter((p) => p.severity === 'error').map(formatProblem),
    warnings: problems.filter((p) => p.severity === 'warning').map(formatProblem),
  };
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
      'articles/2022/ban-nfd.mdx:1  -  warning: the text is not in Unicode NFC (composed characters) (run npm run check -- --fix to rewrite it in NFC)',
      'series/dang-viet.yaml:1  parts  warning: part 2 is missing from the archive (list it under parts with its title, or add the article)',
    ]);
    expect(content?.articles).toHaveLength(12);
  });

  test('names an unknown district and suggests the closest id', () => {
    const { errors, content } = problemsAfter((dir) =>
      edit(dir, FIRST, 'districts: [dong-lau]', 'districts: [dong-lao]'),
    );
    expect(errors).toEqual([
      `${FIRST}:8  districts[0]  unknown district "dong-lao" (did you mean "dong-lau"?)`,
    ]);
    expect(content).toBeUndefined();
  });

  test('refuses an impossible date with its line and an example of a real one', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, '2021-06-01T08:00:00+07:00', '2021-02-30T08:00:00+07:00'),
    );
    expect(errors).toEqual([
      `${FIRST}:4  pubDate  "2021-02-30T08:00:00+07:00": 2/2021 has no day 30 (write a date and time that exist, e.g. 2024-04-10 or 2024-04-10T07:00:00+07:00)`,
    ]);
  });

  test('names both files of a duplicate id', () => {
    const { errors } = problemsAfter((dir) =>
      cpSync(path.join(dir, FIRST), path.join(dir, 'articles/2022/mua-nuoc-noi-bai-1.mdx')),
    );
    expect(errors).toContain(
      `articles/2022/mua-nuoc-noi-bai-1.mdx:1  -  duplicate id "mua-nuoc-noi-bai-1": ${FIRST} has the same file name (rename one of the two files)`,
    );
  });

  test('refuses a file name that is not an ASCII slug, and names the slug to use', () => {
    const { errors } = problemsAfter((dir) =>
      renameSync(path.join(dir, 'topics/doi-song.yaml'), path.join(dir, 'topics/Đời sống.yaml')),
    );
    expect(errors[0]).toBe(
      'topics/Đời sống.yaml:1  -  file name "Đời sống.yaml" is not an ASCII slug (rename it to doi-song.yaml: lower-case letters without diacritics, digits and "-")',
    );
  });

  test('stops on two published parts with the same number', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, 'articles/2021/mua-nuoc-noi-bai-3.mdx', 'part: 3', 'part: 1'),
    );
    expect(errors).toEqual([
      'articles/2021/mua-nuoc-noi-bai-3.mdx:7  part  part 1 of series "mua-nuoc-noi" is also mua-nuoc-noi-bai-1.mdx (give each part its own number)',
    ]);
  });

  test('reports a YAML syntax error at its line, in plain English', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'topics: [doi-song]', 'topics: [doi-song'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${FIRST}:\\d+  \\S+  YAML syntax: a list has no closing "\\]" \\(close the list with \\] on the same line\\)$`,
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
      'districts/dong-lau.yaml:3  province  YAML syntax: the value holds ": ", which starts a new field (put the whole value in double quotes)',
    ]);
  });

  test('names quotes inside a quoted value', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'title: "Mùa nước về"', 'title: "Mùa "nước" về"'),
    );
    expect(errors).toEqual([
      `${FIRST}:2  title  YAML syntax: the value goes on after its closing quote (quotation marks inside a quoted value end it: write them as “ ” instead)`,
    ]);
  });

  test('names a field written twice', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'author: toa-soan', 'author: toa-soan\nauthor: toa-soan'),
    );
    expect(errors).toEqual([
      `${FIRST}:6  author  YAML syntax: the field appears twice (keep only one of the two lines)`,
    ]);
  });

  test('names a misspelt field once, with the field it stands for', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /^title:/m, 'titel:'));
    expect(errors).toEqual([`${FIRST}:2  titel  is not a known field (did you mean "title"?)`]);
  });

  test('names an unknown field that resembles none', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'invented: true', 'invented: true\nbanner: yes'),
    );
    expect(errors).toEqual([
      `${FIRST}:13  banner  is not a known field (remove it, or check its spelling against README.md)`,
    ]);
  });

  test('says what to add for a missing field, by what it holds', () => {
    const title = problemsAfter((dir) => edit(dir, FIRST, /^title: .*\n/m, ''));
    expect(title.errors).toEqual([`${FIRST}:1  title  is required (add title: followed by text)`]);
    const url = problemsAfter((dir) => edit(dir, 'site.yaml', /^url: .*\n/m, ''));
    expect(url.errors).toEqual([
      'site.yaml:1  url  is required (add url: followed by a web address like "https://…")',
    ]);
    const category = problemsAfter((dir) =>
      edit(dir, 'models/hop-tac-xa-la-doc.yaml', /^category: .*\n/m, ''),
    );
    expect(category.errors).toEqual([
      'models/hop-tac-xa-la-doc.yaml:1  category  is required (add category: followed by a topic id)',
    ]);
  });

  test('says what to add to a cover without alt text', () => {
    const { errors } = problemsAfter((dir) => {
      writeFileSync(path.join(dir, 'articles/2021/anh.jpg'), '');
      edit(dir, FIRST, 'author: toa-soan', 'author: toa-soan\ncover: { src: ./anh.jpg }');
    });
    expect(errors).toEqual([
      `${FIRST}:6  cover.alt  is required (add alt: followed by text in cover)`,
    ]);
  });

  test('names a value of the wrong type and how to write it', () => {
    const part = problemsAfter((dir) => edit(dir, FIRST, 'part: 1', 'part: "một"'));
    expect(part.errors).toEqual([
      `${FIRST}:7  part  must be a number, not "một" (write the number in digits, without quotes)`,
    ]);
    const list = problemsAfter((dir) =>
      edit(dir, FIRST, 'districts: [dong-lau]', 'districts: dong-lau'),
    );
    expect(list.errors).toEqual([
      `${FIRST}:8  districts  must be a list of district ids, not "dong-lau" (write it in brackets, e.g. districts: [dong-lau])`,
    ]);
    const flag = problemsAfter((dir) => edit(dir, FIRST, 'invented: true', 'invented: "có"'));
    expect(flag.errors).toEqual([
      `${FIRST}:12  invented  must be true or false, not "có" (write invented: true or invented: false)`,
    ]);
  });

  test('names a value outside a fixed list, and the closest one', () => {
    const far = problemsAfter((dir) =>
      edit(dir, 'series/mua-nuoc-noi.yaml', 'status: complete', 'status: "hoàn thành"'),
    );
    expect(far.errors).toEqual([
      'series/mua-nuoc-noi.yaml:3  status  must be ongoing or complete, not "hoàn thành" (write one of these English words as it is spelled here)',
    ]);
    const near = problemsAfter((dir) =>
      edit(dir, 'series/mua-nuoc-noi.yaml', 'status: complete', 'status: complet'),
    );
    expect(near.errors).toEqual([
      'series/mua-nuoc-noi.yaml:3  status  must be ongoing or complete, not "complet" (did you mean "complete"?)',
    ]);
  });

  test('shows a part without a series at the line of the part', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, 'series: mua-nuoc-noi\n', ''));
    expect(errors).toEqual([
      `${FIRST}:6  series  is required with part (add series: followed by a series id, or remove part)`,
    ]);
  });

  test('refuses an empty file', () => {
    const { errors } = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'topics/dat-dai.yaml'), ''),
    );
    expect(errors).toEqual([
      'topics/dat-dai.yaml:1  -  the file is empty (fill in the fields of the example in README.md)',
    ]);
  });

  test('calls an empty article empty, and one without fences unfenced', () => {
    const empty = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'articles/2023/trong.mdx'), '\n'),
    );
    expect(empty.errors).toEqual([
      'articles/2023/trong.mdx:1  -  the file is empty (fill in the fields of the example in README.md)',
    ]);
    const unfenced = problemsAfter((dir) => edit(dir, FIRST, /^---\n([\s\S]*?)---\n/, '$1'));
    expect(unfenced.errors).toEqual([
      `${FIRST}:1  -  the article has no front matter between "---" lines (start the file with a line "---", then title, description, pubDate and the other fields, then another line "---")`,
    ]);
  });

  test('reports a broken data file once, not again at every reference to it', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, 'districts/dong-lau.yaml', 'kind: district', 'kind: huyen'),
    );
    expect(errors).toEqual([
      'districts/dong-lau.yaml:2  kind  must be city, district or town, not "huyen" (write one of these English words as it is spelled here)',
    ]);
  });

  test('does not call a series partless when its only part has an error of its own', () => {
    const { errors } = problemsAfter((dir) => {
      rmSync(path.join(dir, 'articles/2021/mua-nuoc-noi-bai-3.mdx'));
      edit(dir, FIRST, 'part: 1', 'part: "một"');
    });
    expect(errors).toEqual([
      `${FIRST}:7  part  must be a number, not "một" (write the number in digits, without quotes)`,
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
      `${FIRST}:6  cover.src  picture file "./khong-co.jpg" does not exist (put the picture next to the article and write its name, e.g. ./anh-bia.jpg)`,
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
      'series/rong.yaml:1  -  series "rong" has no part (add an article with series: rong and part: 1, or delete this file)',
    ]);
  });

  test('names a missing site settings file', () => {
    const { errors } = problemsAfter((dir) => rmSync(path.join(dir, 'site.yaml')));
    expect(errors[0]).toMatch(/site\.yaml:1 {2}- {2}the site settings file is missing/);
  });
});

describe('MDX bodies', () => {
  test('refuses an unclosed tag at its line', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\nMột dòng.\n\nHai <div>không đóng\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:17  body  MDX does not compile: Expected a closing tag for \`<div>\` before the end of \`paragraph\` (close it with </div>, or write \\< where "<" is plain text)`,
    ]);
  });

  test('refuses a stray brace, and says how to write one', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\nGiá { chưa rõ\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:15  body  MDX does not compile: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (close it with }, or write \\{ where "{" is plain text)`,
    ]);
  });

  test('refuses an unknown component, and a component defined in the article', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, /\n---\n\n/, '\n---\n\n<Hop>nội dung</Hop>\n\n'),
    );
    expect(errors).toEqual([
      `${FIRST}:15  body  unknown component <Hop> (use one of <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard>)`,
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
      `${FIRST}:15  body  "export" is not allowed in an article: articles are data, not code (remove it; the components <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard> need no import)`,
      `${FIRST}:17  body  unknown component <Hop> (use one of <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard>)`,
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
      `${FIRST}:15  body  the picture "./anh-gia.jpg" is not a picture: its content is not jpeg (save the picture again as jpeg, or choose another file)`,
      `${FIRST}:17  body  the picture "../../../ngoai.jpg" lies outside the content folder (put the picture next to the article and write its name, e.g. ./anh-bia.jpg)`,
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
      `${FIRST}:15  body  <PullQuote> needs author (write it as <PullQuote author="...">)`,
      `${FIRST}:17  body  <PersonCard> names an unknown person "do-thi-duyn" (did you mean "do-thi-duyen"?)`,
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
