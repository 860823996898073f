import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The MDX compiler Astro's @astrojs/mdx uses in this project (@mdx-js/mdx is not installed).
import { evaluate } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  PLACEHOLDER_DATE,
  dateFromLine,
  escapeMdxLine,
  namedIds,
  parseLegacyText,
  planImport,
  splitSeriesHeading,
  type ImportOptions,
} from '#scripts/lib/newsroom/legacyImport.ts';
import { loadContent } from '#src/lib/content/loadContent.ts';
import type { ModelData, SeriesData } from '#src/schemas/index.ts';
import type { Content, Entry } from '#src/lib/content/validateContent.ts';
import { article, content } from '../../factories.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi } from '#src/i18n/vi.ts';
import { fixtureCopies } from '../../fixtureCopy.ts';

const LEGACY = path.resolve('tests/fixtures/legacy');
const SERIES_PART = readFileSync(path.join(LEGACY, 'nguoi-giu-rung-hoi-bai-3.txt'), 'utf8');
const HOSTILE = readFileSync(path.join(LEGACY, 'doc-hai.txt'), 'utf8');
const fixtureCopy = fixtureCopies('archive-import-');

const model = (id: string, name: string): Entry<ModelData> => ({
  id,
  file: `models/${id}.yaml`,
  data: {
    name,
    organization: 'Hội Nông dân',
    category: 'kinh-te',
    summary: 'Tóm tắt',
    invented: true,
  },
});
const series = (id: string, title: string): Entry<SeriesData> => ({
  id,
  file: `/c/series/${id}.yaml`,
  data: { title, description: 'Mô tả', status: 'ongoing', parts: [] },
});

/** The factories' content (Na Rì, Ba Bể, Chợ Đồn, Bạch Thông) with Chợ Mới and two models. */
const base = content([
  article('mo-dau', { pubDate: new Date('2024-01-01'), series: 'loat-bai', part: 1 }),
]);
const sample: Content = {
  ...base,
  districts: [
    ...base.districts,
    {
      id: 'cho-moi',
      file: 'districts/cho-moi.yaml',
      data: { name: 'Chợ Mới', kind: 'district', province: 'Bắc Kạn' },
    },
  ],
  models: [
    model('to-tuong-tro-trong-rung', 'Tổ tương trợ trồng rừng'),
    model('to-hop-tac-nuoi-ong', 'Tổ hợp tác nuôi ong'),
  ],
};

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  contentDir: '/c',
  sourceName: 'bai-3.txt',
  fileExists: () => false,
  say: vi,
  ...extra,
});

/** The body lines of a fixture, found without the importer: after the lead, before "Xem thêm". */
function expectedBody(source: string): string[] {
  const lines = source.split('\n');
  const from = lines.findIndex((line) => line.startsWith('BBK - ')) + 1;
  return lines
    .slice(from, lines.indexOf('Xem thêm'))
    .map((line) => line.trim())
    .filter((line) => line && line !== '0:00' && !line.startsWith('>>'));
}

describe('parseLegacyText', () => {
  test('takes a series part apart and drops audio residue, part links and "Xem thêm"', () => {
    const parsed = parseLegacyText(SERIES_PART);
    expect(parsed.heading).toBe(
      'Người giữ rừng hồi ở Nà Làng: Bài 3 - Để rừng hồi còn mãi với bản',
    );
    expect(parsed.lead).toMatch(/^Sau những mùa hồi đầu tiên, bà con thôn Nà Làng \(huyện Na Rì\)/);
    expect(parsed.hadDateline).toBe(true);
    expect(parsed.date).toBeUndefined();
    expect(parsed.otherParts).toEqual([
      { part: 1, title: 'Người mở lối trên đồi đá' },
      { part: 2, title: 'Những mùa hồi đầu tiên' },
    ]);
    expect(parsed.body).toEqual(expectedBody(SERIES_PART));
    expect(parsed.body.at(-1)).toBe('(Hết)');
    expect(parsed.body.join('\n')).not.toMatch(/0:00|>>|Xem thêm|Ra quân/);
  });

  test('reads a date line before the lead and accepts CRLF, a BOM and NFD text', () => {
    const text =
      '\uFEFFTiêu đề\r\n0:00 / 0:00\r\nThứ Sáu, 19/05/2023 07:15\r\nBBK - Sa-pô.\r\nThân bài.'.normalize(
        'NFD',
      );
    const parsed = parseLegacyText(text);
    expect(parsed).toEqual({
      heading: 'Tiêu đề',
      date: '2023-05-19T07:15',
      lead: 'Sa-pô.',
      hadDateline: true,
      body: ['Thân bài.'],
      otherParts: [],
    });
  });
});

describe('splitSeriesHeading and dateFromLine', () => {
  test('split "<series>: Bài N - <part title>"', () => {
    expect(splitSeriesHeading('Học và làm theo Bác: Bài 2 - Lan tỏa: việc tốt')).toEqual({
      seriesTitle: 'Học và làm theo Bác',
      part: 2,
      title: 'Lan tỏa: việc tốt',
    });
    expect(splitSeriesHeading('Một bài lẻ: không thuộc loạt bài')).toBeUndefined();
  });

  test('read the dates the old website printed', () => {
    expect(dateFromLine('19/5/2023')).toBe('2023-05-19');
    expect(dateFromLine('Chủ nhật, 04/06/2023 - 08:30')).toBe('2023-06-04T08:30');
    expect(dateFromLine('Ngày 19/5/2023 bà con họp')).toBeUndefined();
  });
});

describe('namedIds', () => {
  const places = [
    { id: 'na-ri', name: 'Na Rì' },
    { id: 'cho-moi', name: 'Chợ Mới' },
    { id: 'thanh-pho-bac-kan', name: 'Thành phố Bắc Kạn' },
  ];
  test('matches names folded (marks, NFD, case) as whole words', () => {
    expect(namedIds('Về huyện NA RÌ.', places)).toEqual(['na-ri']);
    expect(namedIds('Về huyện Na Rì'.normalize('NFD'), places)).toEqual(['na-ri']);
    expect(namedIds('ở thành phố Bắc Kạn', places)).toEqual(['thanh-pho-bac-kan']);
    expect(namedIds('Nà Rìa, Na, Rì và Nari', places)).toEqual([]);
  });

  test('needs the capitals of a proper name: "chợ mới" is no district', () => {
    expect(namedIds('phiên chợ mới họp', places)).toEqual([]);
    expect(namedIds('huyện Chợ Mới', places)).toEqual(['cho-moi']);
  });
});

describe('escapeMdxLine', () => {
  test('escapes only what could be syntax, code, a link or typography', () => {
    expect(escapeMdxLine('Bà con ở Na Rì - Bắc Kạn, năm 2023.')).toBe(
      'Bà con ở Na Rì - Bắc Kạn, năm 2023.',
    );
    expect(escapeMdxLine('import x from "y"')).toBe('&#105;mport x from \\"y\\"');
    expect(escapeMdxLine('1. a -- b... {c} <d>')).toBe('1\\. a \\-- b\\.\\.. \\{c\\} \\<d\\>');
    expect(escapeMdxLine('a@b.vn www.x.vn')).toBe('a{/**/}@b.vn www{/**/}.x.vn');
  });
});

describe('planImport', () => {
  test('infers the title, a new series, the part, the lead, districts and models; a draft when the date is unknown', () => {
    const result = planImport(SERIES_PART, sample, options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan).toMatchObject({
      id: 'de-rung-hoi-con-mai-voi-ban',
      title: 'Để rừng hồi còn mãi với bản',
      part: 3,
      pubDate: undefined,
      series: {
        id: 'nguoi-giu-rung-hoi-o-na-lang',
        title: 'Người giữ rừng hồi ở Nà Làng',
        isNew: true,
      },
      districts: ['na-ri', 'ba-be'],
      models: ['to-tuong-tro-trong-rung'],
    });
    expect(plan.description).toMatch(/^Sau những mùa hồi đầu tiên/);
    expect(plan.article.file).toBe(
      path.join('/c', 'articles', 'chua-ro-ngay', 'de-rung-hoi-con-mai-voi-ban.mdx'),
    );
    expect(plan.article.text).toMatch(/^draft: true$/m);
    expect(plan.article.text).toContain(
      `pubDate: ${PLACEHOLDER_DATE}  # tạm ghi: chưa rõ ngày đăng thật\n`,
    );
    expect(plan.article.text).toMatch(/^# - pubDate: bài không ghi ngày/m);
    expect(plan.article.text).toContain('series: nguoi-giu-rung-hoi-o-na-lang\npart: 3\n');
    expect(plan.newSeries).toEqual({
      file: path.join('/c', 'series', 'nguoi-giu-rung-hoi-o-na-lang.yaml'),
      text: expect.stringContaining(
        'status: ongoing\nparts:\n  - { part: 1, title: "Người mở lối trên đồi đá" }\n  - { part: 2, title: "Những mùa hồi đầu tiên" }\n',
      ),
    });
    expect(plan.newSeries!.text).toContain('đặt status: complete');
  });

  test('matches an existing series by its folded title and flags a part it already has', () => {
    const withSeries: Content = {
      ...sample,
      series: [series('giu-rung-hoi', 'Nguoi giu rung hoi o Na Lang')],
      articles: [
        article('cu', { pubDate: new Date('2023-01-01'), series: 'giu-rung-hoi', part: 3 }),
      ],
    };
    const result = planImport(SERIES_PART, withSeries, options());
    expect(result.ok && result.plan.series).toEqual({
      id: 'giu-rung-hoi',
      title: 'Nguoi giu rung hoi o Na Lang',
      isNew: false,
      file: '/c/series/giu-rung-hoi.yaml',
    });
    expect(result.ok && result.plan.newSeries).toBeUndefined();
    expect(result.ok && result.plan.todo.join('\n')).toContain(
      'part: bài 3 của chuyên đề "giu-rung-hoi" đã là cu.mdx',
    );
  });

  test('is not a draft when the text gives every fact, and files it under its year', () => {
    const text = 'Ngày hội ở Ba Bể\n19/5/2023 07:00\nBBK - Sa-pô của bài.\nThân bài.\n';
    const result = planImport(text, sample, options());
    expect(result.ok && result.plan.todo).toEqual([]);
    expect(result.ok && result.plan.article.file).toBe(
      path.join('/c', 'articles', '2023', 'ngay-hoi-o-ba-be.mdx'),
    );
    expect(result.ok && result.plan.article.text).toContain('pubDate: 2023-05-19T07:00\n');
    expect(result.ok && result.plan.article.text).toMatch(/^draft: false$/m);
  });

  test('never overwrites without force, and keeps slugs unique', () => {
    const target = path.join('/c', 'articles', 'chua-ro-ngay', 'de-rung-hoi-con-mai-voi-ban.mdx');
    const exists = (file: string) => file === target;
    expect(planImport(SERIES_PART, sample, options({ fileExists: exists }))).toEqual({
      ok: false,
      errors: [`${target} đã có (dùng --force để ghi đè)`],
    });
    expect(planImport(SERIES_PART, sample, options({ fileExists: exists, say: en }))).toEqual({
      ok: false,
      errors: [`${target} already exists (use --force to replace it)`],
    });
    const forced = planImport(SERIES_PART, sample, options({ fileExists: exists, force: true }));
    expect(forced.ok && forced.plan.article.file).toBe(target);
    const taken = planImport(
      SERIES_PART,
      sample,
      options({ takenIds: new Set(['de-rung-hoi-con-mai-voi-ban']) }),
    );
    expect(taken.ok && taken.plan.id).toBe('de-rung-hoi-con-mai-voi-ban-2');
  });

  test('refuses an empty text', () => {
    expect(planImport('\n0:00\n', sample, options())).toEqual({
      ok: false,
      errors: ['bai-3.txt trống'],
    });
  });
});

type Element = { type: unknown; props: { children?: unknown } & Record<string, unknown> };

/** Renders an evaluated MDX module into its elements' tag names and its paragraphs' texts. */
function render(source: string): { tags: string[]; paragraphs: string[]; exports: string[] } {
  const Fragment = Symbol('Fragment');
  const jsx = (type: unknown, props: unknown): Element => ({
    type,
    props: props as Element['props'],
  });
  const module = evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    // What Astro's MDX integration turns on by default.
    features: { gfm: true, smartPunctuation: true },
  }) as Record<string, unknown>;
  const tags: string[] = [];
  const paragraphs: string[] = [];
  const textOf = (node: unknown): string => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return node.map(textOf).join('');
    const element = node as Element;
    tags.push(String(element.type));
    return textOf(element.props.children ?? '');
  };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.trim()) tags.push('#text outside a paragraph');
    } else if (Array.isArray(node)) node.forEach(walk);
    else {
      const element = node as Element;
      if (element.type === Fragment) return walk(element.props.children);
      tags.push(String(element.type));
      if (element.type === 'p') paragraphs.push(textOf(element.props.children ?? ''));
    }
  };
  walk((module.default as (props: object) => unknown)({}));
  return { tags, paragraphs, exports: Object.keys(module) };
}

describe('the generated MDX', () => {
  test.each([
    ['the hostile text', HOSTILE],
    ['the series part', SERIES_PART],
  ])('renders exactly the lines of %s, as paragraphs and nothing else', (_, source) => {
    const result = planImport(source, sample, options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rendered = render(result.plan.article.text);
    expect(rendered.exports).toEqual(['default']);
    expect(rendered.paragraphs).toEqual(expectedBody(source));
    expect(new Set(rendered.tags)).toEqual(new Set(['p']));
  });

  test('keeps the hostile title and lead as plain YAML strings', () => {
    const result = planImport(HOSTILE, sample, options());
    expect(result.ok && result.plan.title).toBe(
      'Chuyện lạ <script>alert(1)</script> & {process.exit()} ở bản',
    );
    expect(result.ok && result.plan.description).toBe(
      'Một bài thử nghiệm: <b>không</b> được in đậm, {1 + 1} không được tính, `mã` không được định dạng.',
    );
  });
});

describe('npm run import (the CLI)', () => {
  const node = path.resolve('node_modules/.bin/node');
  const run = (dir: string, args: string[]) =>
    spawnSync(node, ['scripts/import.ts', ...args], {
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', CONTENT_DIR: dir },
      input: '',
      encoding: 'utf8',
    });
  const files = [
    path.join(LEGACY, 'nguoi-giu-rung-hoi-bai-3.txt'),
    path.join(LEGACY, 'doc-hai.txt'),
  ];

  test('writes articles and a new series that pass loadContent, prints what it inferred, never overwrites', () => {
    const dir = fixtureCopy();
    const first = run(dir, files);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    for (const line of [
      'title:     Để rừng hồi còn mãi với bản',
      'series:    nguoi-giu-rung-hoi-o-na-lang (mới: ',
      'part:      3',
      `date:      chưa rõ (tạm ghi ${PLACEHOLDER_DATE})`,
      'districts: (không tìm thấy)',
      'cần làm trước khi đăng:',
      'path:      ',
    ]) {
      expect(first.stdout).toContain(line);
    }
    const articleFile = path.join(
      dir,
      'articles',
      'chua-ro-ngay',
      'de-rung-hoi-con-mai-voi-ban.mdx',
    );
    expect(existsSync(path.join(dir, 'series', 'nguoi-giu-rung-hoi-o-na-lang.yaml'))).toBe(true);

    const { content: loaded, problems } = loadContent(dir, dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const imported = loaded!.articles.filter((entry) => entry.file.includes('chua-ro-ngay'));
    expect(imported.map((entry) => [entry.id, entry.data.draft]).sort()).toEqual([
      ['chuyen-la-script-alert-1-script-va-process-exit-o-ban', true],
      ['de-rung-hoi-con-mai-voi-ban', true],
    ]);
    expect(
      loaded!.series.find((entry) => entry.id === 'nguoi-giu-rung-hoi-o-na-lang')!.data.parts,
    ).toHaveLength(2);

    const before = readFileSync(articleFile, 'utf8');
    const again = run(dir, [files[0]]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có (dùng --force để ghi đè)');
    expect(readFileSync(articleFile, 'utf8')).toBe(before);

    const forced = run(dir, ['--force', files[0]]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('series:    nguoi-giu-rung-hoi-o-na-lang\n');
  });

  test('writes into --out and exits 1 without a file', () => {
    const dir = fixtureCopy();
    const out = path.join(fixtureCopy(), 'out');
    expect(run(dir, ['--out', out, files[1]]).status).toBe(0);
    expect(
      existsSync(path.join(out, 'chuyen-la-script-alert-1-script-va-process-exit-o-ban.mdx')),
    ).toBe(true);
    const none = run(dir, []);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Hãy nêu ít nhất một tệp để nhập.');
    const english = run(dir, ['--lang=en']);
    expect(english.status).toBe(1);
    expect(english.stderr).toContain('Name at least one file to import.');
  });
});
