import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '#src/lib/content/loadContent.ts';
import {
  DESCRIPTION_PLACEHOLDER,
  nextPart,
  planArticle,
  splitList,
  todayIn,
  type ScaffoldInput,
} from '#scripts/lib/newsroom/scaffoldArticle.ts';
import type { Content } from '#src/lib/content/validateContent.ts';
import { article, content } from '../../factories.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi } from '#src/i18n/vi.ts';
import { fixtureCopies } from '../../fixtureCopy.ts';

const fixtureCopy = fixtureCopies('archive-new-');

/** The fixture copy's content, which must be valid. */
function loaded(dir: string): Content {
  const { content: loadedContent, problems } = loadContent(dir, dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return loadedContent!;
}

const NOW = new Date('2025-06-01T03:00:00Z');
const input = (extra: Partial<ScaffoldInput> = {}): ScaffoldInput => ({
  title: 'Người giữ rừng ở Chợ Đồn',
  districts: [],
  topics: [],
  ...extra,
});

const sample = content([
  article('mo-dau', { pubDate: new Date('2024-01-01'), series: 'loat-bai', part: 1 }),
  article('ky-ba', { pubDate: new Date('2024-01-03'), series: 'loat-bai', part: 3, draft: true }),
  article('nguoi-giu-rung-o-cho-don', { pubDate: new Date('2024-02-01') }),
]);

describe('splitList', () => {
  test('accepts repeated flags and comma lists, without blanks or duplicates', () => {
    expect(splitList(['na-ri,ba-be', ' cho-don ', 'na-ri', ''])).toEqual([
      'na-ri',
      'ba-be',
      'cho-don',
    ]);
  });
});

describe('todayIn', () => {
  test("is the calendar day in the site's time zone", () => {
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
    expect(todayIn('UTC', new Date('2024-12-31T18:00:00Z'))).toBe('2024-12-31');
  });
});

describe('nextPart', () => {
  test('follows the highest part, drafts included, and starts a series at 1', () => {
    expect(nextPart('loat-bai', sample.articles)).toBe(4);
    expect(nextPart('khac', sample.articles)).toBe(1);
  });
});

describe('planArticle', () => {
  test('makes a unique ASCII slug from the Vietnamese title and a draft in the year folder', () => {
    const result = planArticle(
      input({ districts: ['cho-don'], topics: ['kinh-te'] }),
      sample,
      '/c',
      vi,
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.id).toBe('nguoi-giu-rung-o-cho-don-2');
    expect(result.plan.file).toBe(
      path.join('/c', 'articles', '2025', 'nguoi-giu-rung-o-cho-don-2.mdx'),
    );
    expect(result.plan.text).toContain('title: "Người giữ rừng ở Chợ Đồn"\n');
    expect(result.plan.text).toContain(`description: "${DESCRIPTION_PLACEHOLDER}"`);
    expect(result.plan.text).toContain('pubDate: 2025-06-01\n');
    expect(result.plan.text).toContain('districts: [cho-don]\n');
    expect(result.plan.text).toContain('topics: [kinh-te]\n');
    expect(result.plan.text).toMatch(/^draft: true\b/m);
    expect(result.plan.text).not.toMatch(/^series:/m);
  });

  test('takes the next free part of a series when no part is given', () => {
    const result = planArticle(input({ series: 'loat-bai' }), sample, '/c', vi, NOW);
    expect(result.ok && result.plan.part).toBe(4);
    expect(result.ok && result.plan.text).toContain('series: loat-bai\npart: 4\n');
  });

  test('files the article under the year of its date, in the site time zone', () => {
    const result = planArticle(input({ date: '2023-12-31T23:30' }), sample, '/c', vi, NOW);
    expect(result.ok && result.plan.file).toContain(path.join('articles', '2023'));
    expect(result.ok && result.plan.text).toContain('pubDate: 2023-12-31T23:30\n');
  });

  test('refuses unknown ids with the closest known ones as a hint', () => {
    const wrong = input({
      series: 'loat-ba',
      districts: ['nari', 'thanh-pho-ho-chi-minh'],
      topics: ['kinh-t'],
    });
    expect(planArticle(wrong, sample, '/c', vi, NOW)).toEqual({
      ok: false,
      errors: [
        'không có chuyên đề "loat-ba" (có phải "loat-bai"?)',
        'không có địa bàn "nari" (có phải "na-ri"?)',
        'không có địa bàn "thanh-pho-ho-chi-minh" (các mã đã có: na-ri, ba-be, cho-don, bach-thong)',
        'không có chủ đề "kinh-t" (có phải "kinh-te"?)',
      ],
    });
    expect(planArticle(wrong, sample, '/c', en, NOW)).toEqual({
      ok: false,
      errors: [
        'unknown series "loat-ba" (did you mean "loat-bai"?)',
        'unknown district "nari" (did you mean "na-ri"?)',
        'unknown district "thanh-pho-ho-chi-minh" (known ids: na-ri, ba-be, cho-don, bach-thong)',
        'unknown topic "kinh-t" (did you mean "kinh-te"?)',
      ],
    });
  });

  test('refuses a part without a series, a taken part, an impossible date and an empty title', () => {
    const errors = (extra: Partial<ScaffoldInput>) => {
      const result = planArticle(input(extra), sample, '/c', vi, NOW);
      return result.ok ? [] : result.errors;
    };
    expect(errors({ part: 2 })).toEqual(['số bài cần đi kèm một chuyên đề (--series)']);
    expect(errors({ series: 'loat-bai', part: 3 })).toEqual([
      'bài 3 của chuyên đề "loat-bai" đã có: ky-ba.mdx (số bài còn trống tiếp theo là 4)',
    ]);
    expect(errors({ series: 'loat-bai', part: 0 })).toEqual([
      'số bài phải là 1, 2, 3, ... (không phải 0)',
    ]);
    expect(errors({ date: '2024-02-30' })).toEqual([
      'ngày đăng "2024-02-30": tháng 2/2024 không có ngày 30',
    ]);
    expect(errors({ title: '  ' })).toEqual(['tiêu đề đang trống']);
    expect(errors({ title: '?!' })).toEqual([
      'tiêu đề "?!" không có chữ hoặc chữ số nào để đặt tên tệp',
    ]);
  });

  test('writes a file that passes loadContent with the same schemas', () => {
    const dir = fixtureCopy();
    const result = planArticle(
      input({
        title: 'Đồng Lau: "mùa" & <nước> {mới}',
        series: 'dang-viet',
        districts: ['dong-lau'],
        topics: ['doi-song'],
      }),
      loaded(dir),
      dir,
      vi,
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    mkdirSync(path.dirname(result.plan.file), { recursive: true });
    writeFileSync(result.plan.file, result.plan.text, { flag: 'wx' });
    const written = loaded(dir).articles.find((entry) => entry.id === result.plan.id)!;
    expect(written.data).toMatchObject({
      title: 'Đồng Lau: "mùa" & <nước> {mới}',
      description: DESCRIPTION_PLACEHOLDER,
      series: 'dang-viet',
      part: 4,
      districts: ['dong-lau'],
      topics: ['doi-song'],
      draft: true,
    });
  });
});

describe('npm run new (the CLI, with flags)', () => {
  const node = path.resolve('node_modules/.bin/node');
  const run = (dir: string, args: string[], lang = 'C.UTF-8') =>
    spawnSync(node, ['scripts/new.ts', ...args], {
      env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', CONTENT_DIR: dir },
      input: '',
      encoding: 'utf8',
    });

  test('scaffolds the next part of a series into CONTENT_DIR and never overwrites', () => {
    const dir = fixtureCopy();
    const args = [
      '--title',
      'Bãi bồi sau lũ',
      '--series',
      'dang-viet',
      '--district',
      'dong-lau',
      '--topic',
      'doi-song,dat-dai',
      '--date',
      '2024-03-05',
    ];
    const first = run(dir, args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = path.join(dir, 'articles', '2024', 'bai-boi-sau-lu.mdx');
    expect(first.stdout).toContain(
      `Đã tạo ${file} (bài 4 của chuyên đề "dang-viet"), một bản nháp.`,
    );
    expect(first.stdout).toContain('npm run check');
    expect(first.stdout).toContain('draft: false');
    expect(readFileSync(file, 'utf8')).toContain(
      'part: 4\ndistricts: [dong-lau]\nmodels: []\npeople: []\ntopics: [doi-song, dat-dai]\n',
    );

    const second = run(dir, [...args, '--part', '5']);
    expect(second.status).toBe(0);
    expect(existsSync(path.join(dir, 'articles', '2024', 'bai-boi-sau-lu-2.mdx'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('part: 4\n');
    const articles = loaded(dir).articles.filter((entry) => entry.id.startsWith('bai-boi-sau-lu'));
    expect(articles.map((entry) => entry.data.part).sort()).toEqual([4, 5]);
  });

  test('exits 1 with a clear message when there is no terminal and no --title', () => {
    const dir = fixtureCopy();
    const result = run(dir, ['--series', 'dang-viet']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Hãy ghi tiêu đề bài bằng --title "<tiêu đề>" (không có cửa sổ dòng lệnh để hỏi).',
    );
  });

  test('exits 1 on an unknown id and writes nothing', () => {
    const dir = fixtureCopy();
    const result = run(dir, ['--title', 'Bài thử', '--district', 'dong-lao']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Lỗi: không có địa bàn "dong-lao" (có phải "dong-lau"?)\nKhông ghi gì.\n',
    );
    expect(loaded(dir).articles.some((entry) => entry.id === 'bai-thu')).toBe(false);
  });

  test('speaks English with --lang en or an English LANG', () => {
    const dir = fixtureCopy();
    const args = ['--title', 'Bài thử', '--district', 'dong-lao'];
    const english =
      'Error: unknown district "dong-lao" (did you mean "dong-lau"?)\nNothing was written.\n';
    expect(run(dir, [...args, '--lang', 'en']).stderr).toBe(english);
    expect(run(dir, args, 'en_GB.UTF-8').stderr).toBe(english);
    expect(run(dir, ['--series', 'dang-viet'], 'en').stderr).toContain(
      'Give the article\'s title with --title "<title>" (there is no terminal to ask in).',
    );
  });
});
