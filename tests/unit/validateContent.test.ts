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
    expect(content?.articles).toHaveLength(10);
  });

  test('names an unknown district and suggests the closest id', () => {
    const { errors, content } = problemsAfter((dir) => edit(dir, FIRST, 'districts: [dong-lau]', 'districts: [dong-lao]'));
    expect(errors).toEqual([
      `${FIRST}:8  districts[0]  unknown district "dong-lao" (did you mean "dong-lau"?)`,
    ]);
    expect(content).toBeUndefined();
  });

  test('refuses an impossible date with its line', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, '2021-06-01T08:00:00+07:00', '2021-02-30T08:00:00+07:00'));
    expect(errors).toEqual([`${FIRST}:4  pubDate  "2021-02-30T08:00:00+07:00": 2/2021 has no day 30`]);
  });

  test('names both files of a duplicate id', () => {
    const { errors } = problemsAfter((dir) =>
      cpSync(path.join(dir, FIRST), path.join(dir, 'articles/2022/mua-nuoc-noi-bai-1.mdx')),
    );
    expect(errors).toContain(
      `articles/2022/mua-nuoc-noi-bai-1.mdx:1  -  duplicate id "mua-nuoc-noi-bai-1": ${FIRST} has the same file name (rename one of the two files)`,
    );
  });

  test('refuses a file name that is not an ASCII slug', () => {
    const { errors } = problemsAfter((dir) =>
      renameSync(path.join(dir, 'topics/doi-song.yaml'), path.join(dir, 'topics/Đời sống.yaml')),
    );
    expect(errors[0]).toMatch(/^topics\/Đời sống\.yaml:1 {2}- {2}file name "Đời sống\.yaml" is not an ASCII slug/);
  });

  test('stops on two published parts with the same number', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, 'articles/2021/mua-nuoc-noi-bai-3.mdx', 'part: 3', 'part: 1'),
    );
    expect(errors).toEqual([
      'articles/2021/mua-nuoc-noi-bai-3.mdx:7  part  part 1 of series "mua-nuoc-noi" is also mua-nuoc-noi-bai-1.mdx (give each part its own number)',
    ]);
  });

  test('reports a YAML syntax error at its line', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, 'topics: [doi-song]', 'topics: [doi-song'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${FIRST}:\\d+  -  YAML syntax: `));
  });

  test('names a missing required field and an unknown one', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /^title:/m, 'titel:'));
    expect(errors).toEqual([
      `${FIRST}:1  title  is required (add it (string))`,
      `${FIRST}:2  titel  is not a known field (check the spelling against README.md)`,
    ].sort((a, b) => Number(a.split(':')[1].split(' ')[0]) - Number(b.split(':')[1].split(' ')[0])));
  });

  test('refuses an empty file', () => {
    const { errors } = problemsAfter((dir) => writeFileSync(path.join(dir, 'topics/dat-dai.yaml'), ''));
    expect(errors).toContain('topics/dat-dai.yaml:1  -  the file is empty (fill in the fields of the example in README.md)');
  });

  test('refuses a cover whose file is missing', () => {
    const { errors } = problemsAfter((dir) =>
      edit(dir, FIRST, 'author: toa-soan', 'author: toa-soan\ncover: { src: ./khong-co.jpg, alt: "Ảnh" }'),
    );
    expect(errors).toEqual([
      `${FIRST}:6  cover.src  cover file "./khong-co.jpg" does not exist (put the picture next to the article and write its name, e.g. ./anh-bia.jpg)`,
    ]);
  });

  test('refuses a series without any part', () => {
    const { errors } = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'series/rong.yaml'), 'title: "Rỗng"\ndescription: "Không bài"\nstatus: ongoing\n'),
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
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /\n---\n\n/, '\n---\n\nMột dòng.\n\nHai <div>không đóng\n'));
    expect(errors).toEqual([
      `${FIRST}:17  body  MDX does not compile: Expected a closing tag for \`<div>\` before the end of \`paragraph\` (close every <tag>, and write { } and < > as \\{ \\} and \\< \\> when they are plain text)`,
    ]);
  });

  test('refuses a stray brace', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /\n---\n\n/, '\n---\n\nGiá { chưa rõ\n'));
    expect(errors[0]).toMatch(new RegExp(`^${FIRST}:\\d+  body  MDX does not compile: Unexpected end of file in expression`));
  });

  test('refuses an unknown component, and accepts one defined in the article', () => {
    const { errors } = problemsAfter((dir) => edit(dir, FIRST, /\n---\n\n/, '\n---\n\n<Hop>nội dung</Hop>\n\n'));
    expect(errors).toEqual([
      `${FIRST}:15  body  unknown component <Hop> (use one of <PullQuote>, <Figure>, <FactBox>, <Timeline>, <ModelCard>, <PersonCard>, or define it in the article)`,
    ]);
    const defined = problemsAfter((dir) => edit(dir, FIRST, /\n---\n\n/, '\n---\n\nexport const Hop = ({ children }) => <b>{children}</b>;\n\n<Hop>nội dung</Hop>\n\n'));
    expect(defined.errors).toEqual([]);
  });
});
