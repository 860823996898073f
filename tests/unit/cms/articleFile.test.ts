import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  FILE_NAME_KEYS,
  articleFileName,
  articleFileText,
  readArticleFile,
} from '#src/lib/cms/articleFile.ts';
import { articleFields } from '#src/lib/cms/editorConfig.ts';
import { splitFrontMatter } from '#src/lib/content/frontMatter.ts';
import { ArticleSchema } from '#src/schemas/index.ts';

const ZONE = 'Asia/Ho_Chi_Minh';
const fields = articleFields(ZONE);
const write = (data: Record<string, unknown>) => articleFileText(data, fields, ZONE);
const frontMatterOf = (text: string) => parse(splitFrontMatter(text).yaml!);

/** The .mdx files under a folder, as [relative path, text]. */
function articleFiles(folder: string): [string, string][] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]);
}

const minimal = {
  title: 'Bài bốn: mùa sau',
  description: 'Sa-pô.',
  pubDate: '2021-06-10T08:30:00+07:00',
  body: '\nĐoạn một.\n',
};

describe("the editor's article files", () => {
  test('every sample article is read and written back byte for byte', () => {
    const files = articleFiles('content/articles');
    expect(files.length).toBeGreaterThan(10);
    for (const [file, text] of files) expect(write(readArticleFile(text)), file).toBe(text);
  });

  test('an article someone else wrote keeps its body byte for byte and its meaning', () => {
    const schema = ArticleSchema(ZONE);
    const files = articleFiles('tests/fixtures/content-other/articles');
    expect(files.length).toBeGreaterThan(3);
    for (const [file, text] of files) {
      const written = write(readArticleFile(text));
      expect(splitFrontMatter(written).body, file).toBe(splitFrontMatter(text).body);
      expect(schema.parse(frontMatterOf(written)), file).toEqual(schema.parse(frontMatterOf(text)));
    }
  });

  test('writes the fields in the schema order, prose quoted, ids, paths and dates bare', () => {
    const text = write({
      cover: { credit: 'Ảnh: Tòa soạn', alt: 'Ruộng "bậc thang"', src: './a b.jpg' },
      topics: ['kinh-te'],
      districts: ['na-ri', 'ba-be'],
      part: 4,
      series: 'mua-nuoc',
      ...minimal,
    });
    expect(text).toBe(
      [
        '---',
        'title: "Bài bốn: mùa sau"',
        'description: "Sa-pô."',
        'pubDate: 2021-06-10T08:30:00+07:00',
        'series: mua-nuoc',
        'part: 4',
        'districts: [na-ri, ba-be]',
        'topics: [kinh-te]',
        'cover: { src: "./a b.jpg", alt: "Ruộng \\"bậc thang\\"", credit: "Ảnh: Tòa soạn" }',
        '---',
        '\nĐoạn một.\n',
      ].join('\n'),
    );
    expect(frontMatterOf(text).cover.alt).toBe('Ruộng "bậc thang"');
  });

  test('quotes what YAML would read as another kind of value', () => {
    const text = write({ ...minimal, author: 'true', formerSlugs: ['2024', 'null', 'a:b'] });
    expect(frontMatterOf(text)).toMatchObject({
      author: 'true',
      formerSlugs: ['2024', 'null', 'a:b'],
    });
  });

  test('leaves out what nobody filled and values equal to the default', () => {
    const text = write({
      ...minimal,
      updatedDate: '',
      author: '',
      people: [],
      cover: { src: '', alt: '', caption: '' },
      draft: false,
      invented: true,
    });
    const data = frontMatterOf(text);
    expect(Object.keys(data)).toEqual(['title', 'description', 'pubDate', 'invented']);
    expect(write({ ...minimal, draft: true })).toContain('\ndraft: true\n');
  });

  test("writes every date in the site's zone, whatever zone the browser gave", () => {
    const text = write({
      ...minimal,
      pubDate: '2021-06-10T03:30:00+02:00',
      updatedDate: new Date('2021-06-30T17:00:00Z'),
      corrections: [{ date: '2021-07-01', text: 'Sửa tên xã.' }],
    });
    expect(text).toContain('\npubDate: 2021-06-10T08:30:00+07:00\n');
    expect(text).toContain('\nupdatedDate: 2021-07-01T00:00:00+07:00\n');
    expect(text).toContain(
      '\ncorrections:\n  - { date: 2021-07-01T00:00:00+07:00, text: "Sửa tên xã." }\n',
    );
  });

  test("keeps a field the schema does not know, for the checker to name, and drops the editor's own", () => {
    const text = write({
      ...minimal,
      subtitle: 'Phụ đề',
      [FILE_NAME_KEYS.year]: '2021',
      [FILE_NAME_KEYS.slug]: 'bai-bon',
    });
    const data = frontMatterOf(text);
    expect(data.subtitle).toBe('Phụ đề');
    expect(Object.keys(data)).not.toContain(FILE_NAME_KEYS.year);
    expect(Object.keys(data)).not.toContain(FILE_NAME_KEYS.slug);
  });

  test('reads a file with no front matter as a body alone', () => {
    expect(readArticleFile('Chỉ có thân bài.\n')).toEqual({ body: 'Chỉ có thân bài.\n' });
  });
});

describe("a new article's file name", () => {
  test("is the year of its date in the site's zone and its id by the archive's slug rule", () => {
    // 20:00 on 31 December in UTC is already the new year in Vietnam.
    expect(
      articleFileName({ title: 'Đường về bản Đôn', pubDate: '2021-12-31T20:00:00Z' }, ZONE),
    ).toEqual({ year: '2022', slug: 'duong-ve-ban-don' });
    // 06:00 on 1 January in Vietnam, still 2021 in UTC.
    expect(
      articleFileName({ title: 'Đường về', pubDate: '2022-01-01T06:00:00+07:00' }, ZONE).year,
    ).toBe('2022');
  });

  test('is the year of saving when the date is not filled yet', () => {
    const now = new Date('2025-12-31T18:00:00Z');
    expect(articleFileName({ title: 'Tin mới', pubDate: '' }, ZONE, now).year).toBe('2026');
  });
});
