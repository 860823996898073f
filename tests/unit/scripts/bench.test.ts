import { medianSearch } from '#scripts/lib/bench/search.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { drawPhotos, uniquePhoto } from '#scripts/lib/bench/photos.ts';
import { chooseCandidate, imageFigures } from '#scripts/lib/bench/pictures.ts';
import { parseBenchArgs } from '#scripts/lib/bench/args.ts';
import {
  addArticle,
  BENCH_BUILD_NOW,
  generateContent,
  vietnamTime,
  withEditedTitle,
} from '#scripts/lib/bench/content.ts';
import { pageCounts } from '#scripts/lib/bench/pages.ts';
import { parse } from 'yaml';
import { assetFile, gzipSize, median, medianItem, pageAssets } from '#scripts/lib/bench/dist.ts';
import { formatBytes, formatRatio, formatSeconds, formatTable } from '#scripts/lib/bench/format.ts';
import { buildPhases, parseDuration, phaseAt } from '#scripts/lib/bench/phases.ts';
import { createRng, mulberry32 } from '#scripts/lib/bench/prng.ts';
import type {
  BenchResults,
  BuildFigures,
  IncrementalFigures,
  SiteFigures,
  SizeRun,
} from '#scripts/lib/bench/results.ts';
import { costGrowth, incrementalBudgets, judgeBudgets } from '#scripts/lib/bench/budgets.ts';
import { planBaseline } from '#scripts/lib/bench/baselinePlan.ts';
import { shortCommand } from '#scripts/lib/bench/proc.ts';
import {
  comparisonLines,
  incrementalRows,
  peakLines,
  processLines,
  profileTable,
  summaryTable,
} from '#scripts/lib/bench/report.ts';
import { articleBody, countSyllables, headline, sentence } from '#scripts/lib/bench/text.ts';
import { yamlRecord, yamlScalar } from '#scripts/lib/bench/yaml.ts';

describe('mulberry32', () => {
  test('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  test('gives another sequence for another seed, always in [0, 1)', () => {
    const values = Array.from({ length: 1000 }, mulberry32(7));
    expect(values).not.toEqual(Array.from({ length: 1000 }, mulberry32(8)));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('createRng', () => {
  test('int stays within both bounds and reaches them', () => {
    const rng = createRng(1);
    const values = new Set(Array.from({ length: 500 }, () => rng.int(2, 6)));
    expect([...values].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  test('sample returns distinct items, no more than there are', () => {
    const rng = createRng(3);
    const picked = rng.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5)).toHaveLength(2);
    expect(rng.sample(['a', 'b'], 0)).toEqual([]);
  });

  test('pickSkewed favours the first items', () => {
    const rng = createRng(5);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const picks = Array.from({ length: 2000 }, () => rng.pickSkewed(items));
    const low = picks.filter((i) => i < 5).length;
    expect(low).toBeGreaterThan(1200);
  });
});

describe('text generator', () => {
  test('countSyllables counts words with letters, not Markdown markers', () => {
    expect(countSyllables('## Nông thôn mới\n\n- một;\n> hai ba.')).toBe(6);
  });

  test('articleBody holds about 800 syllables with headings, a list and a quotation', () => {
    const rng = createRng(11);
    const counts = Array.from({ length: 50 }, () => {
      const body = articleBody(rng);
      expect(body).toMatch(/^## \S/m);
      expect(body).toMatch(/^- \S.*;$/m);
      expect(body).toMatch(/^> \S/m);
      return countSyllables(body);
    });
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(720);
    expect(mean).toBeLessThan(880);
  });

  test('is deterministic and safe for MDX (no braces or angle brackets in text)', () => {
    const one = articleBody(createRng(9));
    expect(articleBody(createRng(9))).toBe(one);
    expect(one.replace(/^> /gm, '')).not.toMatch(/[{}<>]/);
  });

  test('sentences start with a capital and end with a full stop; headlines have none', () => {
    const rng = createRng(2);
    const text = sentence(rng);
    expect(text).toMatch(/^\p{Lu}.*\.$/u);
    expect(headline(rng)).not.toMatch(/\.$/);
  });
});

describe('generateContent', () => {
  test('writes text-only articles, with no cover and no picture file, when given no photos', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-text-'));
    try {
      const summary = generateContent(dir, 30, 1, []);
      const files = readdirSync(path.join(dir, 'articles'), { recursive: true, encoding: 'utf8' });
      expect(summary).toMatchObject({ articles: 30, covers: 0, bodyPictures: 0 });
      expect(files.filter((file) => file.endsWith('.jpg'))).toEqual([]);
      const texts = summary.articleFiles.map((file) => readFileSync(file, 'utf8'));
      expect(texts.filter((text) => /^cover:|!\[/m.test(text))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('addArticle', () => {
  /** The front matter of every article of `dir`, by file. */
  const frontMatters = (dir: string) =>
    new Map(
      readdirSync(path.join(dir, 'articles'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => {
          const text = readFileSync(path.join(dir, 'articles', file), 'utf8');
          return [file, parse(text.split('\n---\n')[0].replace(/^---\n/, ''))];
        }),
    );

  test('adds the newest article, the next part of an ongoing series, from the same catalog', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-add-'));
    try {
      const summary = generateContent(dir, 200, 1, []);
      expect(summary.nfdFiles).toBe(1);
      const before = frontMatters(dir);
      const file = addArticle(dir, 200, 1, []);
      const after = frontMatters(dir);
      expect(after.size).toBe(201);
      const added = after.get(path.relative(path.join(dir, 'articles'), file));
      // The others are untouched.
      for (const [name, front] of before) expect(after.get(name)).toEqual(front);
      const newest = Math.max(...[...before.values()].map((f) => Date.parse(f.pubDate)));
      expect(Date.parse(added.pubDate)).toBeGreaterThan(newest);
      expect(Date.parse(added.pubDate)).toBeLessThan(Date.parse(BENCH_BUILD_NOW));
      expect(file).toContain(`${path.sep}2025${path.sep}`);
      const status = parse(readFileSync(path.join(dir, 'series', `${added.series}.yaml`), 'utf8'));
      expect(status.status).toBe('ongoing');
      const parts = [...before.values()].filter((f) => f.series === added.series);
      expect(added.part).toBe(parts.length + 1);
      const ids = (collection: string) =>
        readdirSync(path.join(dir, collection)).map((name) => name.replace(/\.yaml$/, ''));
      expect(ids('districts')).toEqual(expect.arrayContaining(added.districts));
      expect(ids('topics')).toEqual(expect.arrayContaining(added.topics));
      expect(added.districts.length).toBeGreaterThan(0);
      expect(added.title).not.toBe([...before.values()][0].title);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('withEditedTitle', () => {
  const text =
    '---\ntitle: "Đường về bản"\ndescription: "Sa-pô."\n---\n\nThân bài, title: không đổi.\n';

  test('changes the title in the front matter only, every other byte kept', () => {
    expect(withEditedTitle(text)).toBe(text.replace('"Đường về bản"', '"Đường về bản (đã sửa)"'));
  });

  test('reads a title saved in NFD, and refuses a file without one', () => {
    const edited = withEditedTitle(text.normalize('NFD'));
    expect(parse(edited.split('\n---\n')[0].slice(4)).title.normalize('NFC')).toBe(
      'Đường về bản (đã sửa)',
    );
    expect(() => withEditedTitle('---\ndescription: x\n---\n')).toThrow(/no title/);
  });
});

describe('pageCounts', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ at: i, text }));

  test('reads the last "Pages:" line of a build', () => {
    expect(
      pageCounts(lines(['Pages: 9 rendered, 0 reused.', 'Pages: 1,234 rendered, 17,408 reused.'])),
    ).toEqual({ rendered: 1234, reused: 17408 });
  });

  test('finds none in a build that printed none', () => {
    expect(pageCounts(lines(['Search index: 12 pages.']))).toBeUndefined();
  });
});

describe('vietnamTime', () => {
  test('gives a local time with the +07:00 offset', () => {
    expect(vietnamTime(0, 7 * 60 + 5)).toBe('2016-01-01T07:05:00+07:00');
    expect(vietnamTime(366, 0)).toBe('2017-01-01T00:00:00+07:00');
  });
});

describe('yaml', () => {
  test('writes ids and dates plain, text quoted, lists in flow style', () => {
    expect(yamlScalar('na-ri')).toBe('na-ri');
    expect(yamlScalar('2024-04-10T07:00:00+07:00')).toBe('2024-04-10T07:00:00+07:00');
    expect(yamlScalar('Na Rì: "đất"')).toBe('"Na Rì: \\"đất\\""');
    expect(yamlScalar('true')).toBe('"true"');
    expect(
      yamlRecord({
        name: 'Ba Bể',
        order: 2,
        sample: true,
        people: [],
        topics: ['a', 'b'],
        x: undefined,
      }),
    ).toBe('name: "Ba Bể"\norder: 2\nsample: true\npeople: []\ntopics: [a, b]\n');
  });
});

describe('median', () => {
  test('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('medianItem picks a real item: the lower middle one', () => {
    const pages = [{ b: 30 }, { b: 10 }, { b: 40 }, { b: 20 }];
    expect(medianItem(pages, (p) => p.b)).toEqual({ b: 20 });
    expect(medianItem([], () => 0)).toBeUndefined();
  });
});

describe('gzipSize', () => {
  test('is the length of the gzipped bytes, and small for repetitive text', () => {
    const text = 'nông thôn mới '.repeat(500);
    const size = gzipSize(text);
    expect(size).toBe(gzipSync(text).length);
    expect(size).toBeLessThan(Buffer.byteLength(text) / 20);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
  });
});

describe('pageAssets and assetFile', () => {
  const html = `<html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="preload" href="/font.woff2">
    <link rel="alternate stylesheet" href="../b.css">
    <script type="application/ld+json">{"a":1}</script>
    <script src="/_astro/c.js" type="module"></script><script>console.log(1)</script>
  </head></html>`;

  test('finds stylesheets, script files and inline scripts, not JSON data', () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css', '../b.css'],
      scripts: ['/_astro/c.js'],
      inlineScripts: ['console.log(1)'],
    });
  });

  test('resolves absolute and relative links against the page, not other hosts', () => {
    expect(assetFile('/d', 'bai-viet/x/index.html', '/_astro/a.css')).toBe('/d/_astro/a.css');
    expect(assetFile('/d', 'bai-viet/x/index.html', '../b.css')).toBe('/d/bai-viet/b.css');
    expect(assetFile('/d', 'index.html', 'https://cdn.example/x.css')).toBeUndefined();
  });
});

describe('format', () => {
  test('formatBytes uses binary units', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(20 * 1024)).toBe('20.0 KiB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GiB');
  });

  test('formatSeconds and formatRatio', () => {
    expect(formatSeconds(0.1234)).toBe('0.123 s');
    expect(formatSeconds(12.34)).toBe('12.3 s');
    expect(formatRatio(3, 2)).toBe('1.50x');
    expect(formatRatio(1, 0)).toBe('—');
    expect(formatRatio(undefined, 2)).toBe('—');
  });

  test('formatTable pads every column to its widest cell', () => {
    expect(formatTable(['a', 'long header'], [['wide cell', 'x'], ['b']])).toBe(
      [
        '| a         | long header |',
        '| --------- | ----------- |',
        '| wide cell | x           |',
        '| b         |             |',
      ].join('\n'),
    );
  });
});

describe('parseDuration', () => {
  test.each([
    ['720ms', 0.72],
    ['1.10s', 1.1],
    ['2m 3s', 123],
    ['2m', 120],
  ])('reads %s', (text, seconds) => {
    expect(parseDuration(text)).toBeCloseTo(seconds);
  });

  test('refuses anything else', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});

describe('buildPhases', () => {
  const at = (time: number, text: string) => ({ at: time, text });
  const log = [
    at(1.0, 'content: No problems found.'),
    at(3.0, '01:00:00 [types] Generated 1.50s'),
    at(3.1, '01:00:00 [build] Building static entrypoints...'),
    at(6.0, '01:00:00 [vite] ✓ built in 2.80s'),
    at(6.5, '\x1b[42m generating static routes \x1b[49m'),
    at(9.0, '01:00:03 ✓ Completed in 2.50s.'),
    at(9.1, ' generating optimized images '),
    at(9.5, '01:00:04   ▶ /_astro/a_1.webp (before: 250kB, after: 20kB) (+80ms) (1/1)'),
    at(10.0, '01:00:04 ✓ Completed in 1.00s.'),
    at(10.2, '01:00:04 [build] Complete!'),
    at(12.0, 'Search index: 10 pages.'),
  ];

  test('splits the wall time by when each phase closing line arrived, the check beside Astro’s start', () => {
    const phases = buildPhases(log, 12.5);
    expect(phases.map((p) => Number(p.seconds.toFixed(2)))).toEqual([
      3, 3.5, 2.5, 1, 0.2, 1.8, 0.5,
    ]);
    expect(phases.reduce((sum, p) => sum + p.seconds, 0)).toBeCloseTo(12.5);
  });

  test('gives 0 s to a phase whose line is missing', () => {
    const phases = buildPhases(log.slice(2, 7), 9.5);
    expect(phases[0].seconds).toBe(0);
    expect(phases[3].seconds).toBe(0);
    expect(phases[5].seconds).toBe(0);
    expect(phases.reduce((sum, p) => sum + p.seconds, 0)).toBeCloseTo(9.5);
  });
});

describe('costGrowth', () => {
  test('compares seconds per article at the largest and the smallest size', () => {
    const growth = costGrowth([
      { articles: 2000, archiveSeconds: 40, baselineSeconds: 20 },
      { articles: 10000, archiveSeconds: 240, baselineSeconds: 100 },
    ]);
    expect(growth?.archive).toBeCloseTo(1.2);
    expect(growth?.baseline).toBeCloseTo(1);
    expect(growth?.archiveCpu).toBeUndefined();
    expect(
      costGrowth([{ articles: 2000, archiveSeconds: 40, baselineSeconds: 20 }]),
    ).toBeUndefined();
  });

  test('gives the CPU ratio beside the wall one, and no baseline ratio when it was skipped', () => {
    const growth = costGrowth([
      { articles: 10000, archiveSeconds: 600, archiveCpuSeconds: 1000, baselineSeconds: 200 },
      { articles: 50000, archiveSeconds: 3300, archiveCpuSeconds: 5500 },
    ]);
    expect(growth?.archive).toBeCloseTo(1.1);
    expect(growth?.archiveCpu).toBeCloseTo(1.1);
    expect(growth?.baseline).toBeUndefined();
  });
});

describe('parseBenchArgs', () => {
  test('has defaults and reads every option', () => {
    expect(parseBenchArgs([])).toEqual({
      articles: 10000,
      small: 2000,
      seed: 1,
      baseline: 'auto',
      covers: 'photo',
    });
    expect(
      parseBenchArgs([
        '--articles',
        '500',
        '--small',
        '100',
        '--seed',
        '7',
        '--baseline',
        'skip',
        '--covers',
        'none',
      ]),
    ).toEqual({ articles: 500, small: 100, seed: 7, baseline: 'skip', covers: 'none' });
  });

  test('compares a size above 10,000 with 10,000 (the budgets’ size) unless told otherwise', () => {
    expect(parseBenchArgs(['--articles', '50000']).small).toBe(10000);
    expect(parseBenchArgs(['--articles', '10000']).small).toBe(2000);
    expect(parseBenchArgs(['--articles', '50000', '--small', '5000']).small).toBe(5000);
  });

  test('refuses unknown options, bad numbers and unknown choices', () => {
    expect(() => parseBenchArgs(['--pages', '5'])).toThrow(/unknown option "--pages"/);
    expect(() => parseBenchArgs(['--articles', 'many'])).toThrow(/--articles needs a whole number/);
    expect(() => parseBenchArgs(['--articles'])).toThrow(/--articles needs a whole number/);
    expect(() => parseBenchArgs(['--articles', '1.5'])).toThrow(/--articles needs a whole number/);
    expect(() => parseBenchArgs(['--baseline', 'maybe'])).toThrow(
      /--baseline is one of auto, run, skip, not "maybe"/,
    );
    expect(() => parseBenchArgs(['--covers'])).toThrow(/--covers is one of photo, none/);
    expect(() => parseBenchArgs(['articles', '5'])).toThrow(/unknown option "articles"/);
  });
});

describe('planBaseline', () => {
  const GIB = 1024 ** 3;

  test('builds plain Astro at 10,000 articles on a 24 GiB machine, the size of the budgets', () => {
    expect(planBaseline('auto', 10000, 24 * GIB)).toEqual({ run: true });
  });

  test('skips it at 50,000 on 24 GiB, saying why, with the projection and the machine', () => {
    const plan = planBaseline('auto', 50000, 24 * GIB);
    expect(plan.run).toBe(false);
    if (plan.run) return;
    expect(plan.reason).toMatch(/about 25\.4 GiB projected at 50,000/);
    expect(plan.reason).toMatch(/this machine's 24\.0 GiB/);
    expect(plan.reason).toMatch(/--baseline run/);
  });

  test('follows --baseline run and --baseline skip whatever the size', () => {
    expect(planBaseline('run', 50000, 24 * GIB)).toEqual({ run: true });
    expect(planBaseline('skip', 100, 24 * GIB)).toEqual({
      run: false,
      reason: 'skipped on request (--baseline skip)',
    });
  });
});

describe('shortCommand', () => {
  test('drops the folders of the program and the project, and cuts long lines', () => {
    expect(
      shortCommand(
        ['/work/p/node_modules/node/bin/node', '/work/p/scripts/lib/astroBuild.ts'],
        '/work/p',
      ),
    ).toBe('node scripts/lib/astroBuild.ts');
    expect(shortCommand(['node', 'x'.repeat(200)], '/work/p')).toHaveLength(120);
  });
});

describe('phaseAt', () => {
  test('names the phase running at a time, the last one past the end', () => {
    const phases = [
      { name: 'a', seconds: 1 },
      { name: 'b', seconds: 2 },
    ];
    expect(phaseAt(phases, 0.5)).toBe('a');
    expect(phaseAt(phases, 2.5)).toBe('b');
    expect(phaseAt(phases, 9)).toBe('b');
  });
});

describe('judgeBudgets', () => {
  const build = (wallSeconds: number, peakRssBytes = 1024 ** 3): BuildFigures => ({
    wallSeconds,
    cpuSeconds: wallSeconds,
    peakRssBytes,
    peakAtSeconds: 1,
    peakPhase: 'x',
    otherCpuSeconds: 0,
    phases: [],
    log: 'x.log',
  });
  const site = (wallSeconds: number, jsGzipBytes: number): SiteFigures => ({
    build: build(wallSeconds),
    rebuild: build(wallSeconds),
    dist: {
      files: 1,
      bytes: 1,
      htmlPages: 1,
      articlePages: 1,
      searchIndex: undefined,
      medianArticle: {
        path: 'a',
        rawBytes: 9000,
        gzipBytes: 3000,
        cssGzipBytes: 13 * 1024,
        jsGzipBytes,
        assets: [],
      },
    },
  });
  const results = (archiveJs: number): BenchResults => ({
    date: '',
    machine: {},
    methods: {},
    options: { articles: 2000, small: 2000, seed: 1, baseline: 'auto', covers: 'photo' },
    content: {
      dir: 'x',
      articles: 2000,
      series: 1,
      articlesInSeries: 2,
      nfdFiles: 1,
      covers: 2000,
      bodyPictures: 200,
    },
    archive: site(30, archiveJs),
    baseline: site(20, 0),
    checkSeconds: 2,
    search: { status: 'skipped', reason: 'no search index' },
    sizes: [{ articles: 2000, archiveSeconds: 30, baselineSeconds: 20 }],
    pictures: {
      cold: { made: 100, reused: 0, seconds: 10 },
      warm: { made: 0, reused: 100, seconds: 1 },
      cover: { cssWidth: 360, bytesByDpr: { '2x': 81_000, '3x': 120_000 } },
    },
    cards: { cold: 40, warm: 0, perSecond: 12 },
  });

  test('judges each budget on the figures, and says what was not measured', () => {
    const budgets = judgeBudgets(results(0));
    expect(budgets.wall.status).toBe('not met');
    expect(budgets.memory.status).toBe('met');
    expect(budgets.html.status).toBe('met');
    expect(budgets.css.status).toBe('not met');
    expect(budgets.js.status).toBe('met');
    expect(budgets.check.status).toBe('met');
    expect(budgets.searchBytes.status).toBe('not measured');
    expect(budgets.growth.status).toBe('not measured');
    expect(budgets.coverPhone.status).toBe('not met');
    expect(budgets.cardsWarm.status).toBe('met');
  });

  test("judges the search page's first results against 500 ms and prints its rows", () => {
    const run = (firstMs: number) => ({ firstMs, completeMs: firstMs + 300, openedMs: 1200 });
    const measured = (firstMs: number): BenchResults => ({
      ...results(0),
      searchPage: {
        status: 'measured',
        query: 'rừng',
        firstMs,
        completeMs: firstMs + 300,
        openedMs: 1200,
        runs: [run(firstMs - 40), run(firstMs), run(firstMs + 90)],
        results: 10455,
        bytes: 300_000,
      },
    });
    expect(judgeBudgets(measured(480)).searchPageTime.status).toBe('met');
    expect(judgeBudgets(measured(620)).searchPageTime.status).toBe('not met');
    expect(judgeBudgets(results(0)).searchPageTime.status).toBe('not measured');
    const table = summaryTable(measured(620));
    expect(table).toMatch(
      /search page, typed: Enter to first results \("rừng"\)\s+\| 620 ms \(median of 3: 580-710\)/,
    );
    expect(table).toMatch(/Enter to all 10455 results and counts\s+\| 920 ms/);
    expect(table).toMatch(/search page opened at \?q=: to first results\s+\| 1200 ms/);
    expect(table).toMatch(
      /search page, typed: bytes of both indexes and the filter table\s+\| 293\.0 KiB/,
    );
  });

  test("prints Pagefind's first search alone with a budget for its bytes and none for its time", () => {
    const search = (ms: number): BenchResults => ({
      ...results(0),
      search: {
        status: 'measured',
        query: 'rừng',
        bytes: 260_000,
        rawBytes: 320_000,
        ms,
        runsMs: [ms - 100, ms, ms + 50],
        requests: 11,
        results: 10320,
      },
    });
    // The time is judged on the search page: Pagefind alone has no time budget to meet or miss.
    expect(Object.keys(judgeBudgets(search(1169)))).not.toContain('searchTime');
    expect(judgeBudgets(search(1169)).searchBytes.status).toBe('met');
    const rowOf = (table: string, name: string) =>
      table
        .split('\n')
        .find((line) => line.startsWith(`| ${name}`))!
        .split('|')
        .map((cell) => cell.trim());
    const time = rowOf(
      summaryTable(search(1169)),
      'first search in Chromium, Pagefind alone: time',
    );
    expect(time.slice(2, 7)).toEqual(['1169 ms (median of 3: 1069-1219)', '—', '—', '', '']);
    const bytes = rowOf(
      summaryTable(search(1169)),
      'first search in Chromium, Pagefind alone: bytes',
    );
    expect(bytes.slice(5, 7)).toEqual(['≤ 300 KiB', 'met']);
  });

  test('asks for a review of any JavaScript an article page loads', () => {
    expect(judgeBudgets(results(700)).js.status).toBe('review');
  });

  describe('with the baseline skipped', () => {
    const reason = 'skipped: plain Astro held 5.09 GiB building 10,000 articles';
    const skipped = (): BenchResults => ({
      ...results(0),
      baseline: { skipped: reason },
      sizes: [
        { articles: 1000, archiveSeconds: 20, archiveCpuSeconds: 30, baselineSeconds: 9 },
        { articles: 2000, archiveSeconds: 30, archiveCpuSeconds: 66 },
      ],
      archive: {
        ...site(30, 0),
        build: {
          ...build(30),
          processPeaks: [
            {
              pid: 1,
              command: 'node scripts/build.ts',
              peakRssBytes: 300 * 1024 ** 2,
              atSeconds: 28,
              phase: 'search index (Pagefind)',
            },
            {
              pid: 2,
              command: 'git rev-parse HEAD',
              peakRssBytes: 4 * 1024 ** 2,
              atSeconds: 1,
              phase: 'x',
            },
          ],
        },
      },
    });

    test('judges the budget against plain Astro as not measured, the others as before', () => {
      const budgets = judgeBudgets(skipped());
      expect(budgets.wall.status).toBe('not measured');
      expect(budgets.memory.status).toBe('met');
      expect(budgets.growth.status).toBe('met');
    });

    test('says so in every table and line, and gives the growth in wall and CPU time', () => {
      const r = skipped();
      const table = summaryTable(r);
      expect(table).toMatch(/\| articles \(N\)\s+\| 2,000\s+\| skipped\s+\|/);
      expect(table).toMatch(
        /cost growth \(wall\): per article at 2,000 ÷ at 1,000\s+\| 0\.75x\s+\| skipped/,
      );
      expect(table).toMatch(/cost growth \(CPU\): per article at 2,000 ÷ at 1,000\s+\| 1\.10x/);
      expect(table).toMatch(
        /build CPU per article at 2,000 \(user\+sys, process tree\)\s+\| 33\.0 ms/,
      );
      expect(profileTable(r)).toMatch(/whole build \(wall\)\s+\|.*\| skipped/);
      expect(peakLines(r)).toContain(`plain Astro: ${reason}`);
      expect(peakLines(r)).toContain('(search index (Pagefind)): node scripts/build.ts');
    });

    test('lists each process at its own peak, leaving out the small ones', () => {
      const lines = processLines(skipped().archive.build);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^  300\.0 MiB at 28\.0 s \(search index \(Pagefind\)\): node scripts\/build\.ts$/,
      );
    });
  });

  describe('with incremental builds', () => {
    const incremental = (newSeconds: number, differences: string[] = []): IncrementalFigures => ({
      newArticle: {
        changed: 'a.mdx',
        build: build(newSeconds, 900 * 1024 ** 2),
        pages: { rendered: 45, reused: 2400 },
      },
      editedTitle: { changed: 'b.mdx', build: build(1.5), pages: undefined },
      comparison: differences.length ? { differences, reference: 'dist-ref' } : { differences },
    });
    const size = (newSeconds: number, differences?: string[]): SizeRun => ({
      articles: 2000,
      archiveSeconds: 40,
      baselineSeconds: 20,
      warmSeconds: 20,
      incremental: incremental(newSeconds, differences),
    });

    test('judge one new article against 20% of each fresh build and the 10 s goal', () => {
      const fast = incrementalBudgets(size(3));
      expect([fast.newArticleCold, fast.newArticleWarm, fast.newArticleGoal]).toEqual([
        { budget: '≤ 20% of the cold fresh build', status: 'met' },
        { budget: '≤ 20% of the warm fresh build', status: 'met' },
        { budget: 'goal ≤ 10 s', status: 'met' },
      ]);
      expect(fast.incrementalIdentical.status).toBe('met');
      // 6 s: 15% of the cold build's 40 s, 30% of the warm build's 20 s.
      const slow = incrementalBudgets(size(6, ['x.html: only in incremental']));
      expect(slow.newArticleCold.status).toBe('met');
      expect(slow.newArticleWarm.status).toBe('not met');
      expect(slow.incrementalIdentical.status).toBe('not met');
      expect(incrementalBudgets({ ...size(3), warmSeconds: undefined }).newArticleWarm.status).toBe(
        'not measured',
      );
      expect(incrementalBudgets({ articles: 2000, archiveSeconds: 40 })).toEqual({});
    });

    test('are judged at N among the other budgets', () => {
      const r = { ...results(0), sizes: [size(12)] };
      expect(judgeBudgets(r).newArticleGoal.status).toBe('not met');
      expect(judgeBudgets(results(0)).newArticleGoal).toBeUndefined();
    });

    test('show each size beside its fresh builds, and the first differences below', () => {
      const rows = incrementalRows(size(3)).map((cells) => cells.join(' | '));
      expect(rows).toEqual([
        'fresh builds at 2,000: cold caches, warm caches | 40.0 s, 20.0 s | — | — |  | ',
        'one new article at 2,000, incremental | 3.0 s, peak 900.0 MiB; 45 rendered, 2,400 reused | — | — | goal ≤ 10 s | met',
        '  its wall time against the cold fresh build | 8% of 40.0 s | — | — | ≤ 20% of the cold fresh build | met',
        '  its wall time against the warm fresh build | 15% of 20.0 s | — | — | ≤ 20% of the warm fresh build | met',
        'one edited title at 2,000, incremental | 1.5 s, peak 1.00 GiB; no "Pages:" line | — | — |  | ',
        'after both, against a fresh build of the same content at 2,000 | identical | — | — | identical to a fresh build | met',
      ]);
      const difference =
        'a/index.html: differs at line 1, column 2 (byte 1)\n  incremental: "x"\n  fresh: "y"';
      const r = {
        ...results(0),
        sizes: [{ articles: 500, archiveSeconds: 9 }, size(3, [difference])],
      };
      expect(summaryTable(r)).toContain(
        '| differs: a/index.html: differs at line 1, column 2 (byte 1) (see below) |',
      );
      expect(comparisonLines(r)).toBe(
        [
          'incremental build at 2,000 articles against a fresh build of the same content: the first differences (fresh build kept in dist-ref)',
          '  a/index.html: differs at line 1, column 2 (byte 1)',
          '    incremental: "x"',
          '    fresh: "y"',
        ].join('\n'),
      );
      expect(comparisonLines({ ...r, sizes: [size(3)] })).toBe(
        'incremental build at 2,000 articles against a fresh build of the same content: identical',
      );
    });
  });
});

describe('medianSearch', () => {
  const run = (ms: number) =>
    ({
      status: 'measured',
      query: 'rừng',
      bytes: 1,
      rawBytes: 1,
      ms,
      requests: 1,
      results: 1,
    }) as const;

  test('keeps the run with the median time and every run’s time', () => {
    const median = medianSearch([run(827), run(413), run(464), run(418), run(454)]);
    expect(median.status === 'measured' && median.ms).toBe(454);
    expect(median.status === 'measured' && median.runsMs).toEqual([827, 413, 464, 418, 454]);
  });

  test('passes on why a search was skipped', () => {
    expect(medianSearch([{ status: 'skipped', reason: 'no index' }])).toEqual({
      status: 'skipped',
      reason: 'no index',
    });
  });
});

describe('imageFigures', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ at: i * 0.5, text }));

  test('counts images made and reused, and times the step from its log lines', () => {
    expect(
      imageFigures(
        lines([
          ' generating static routes ',
          ' generating optimized images ',
          '12:00:01   ▶ /_astro/a_1.webp (before: 250kB, after: 20kB) (+80ms) (1/3)',
          '12:00:01   ▶ /_astro/a_2.webp (reused cache entry) (+1ms) (2/3)',
          '12:00:01   ▶ /_astro/a_3.jpg (before: 250kB, after: 90kB) (+60ms) (3/3)',
          '12:00:02 ✓ Completed in 1.5s.',
          '[build] Complete!',
        ]),
      ),
    ).toEqual({ made: 2, reused: 1, seconds: 2 });
  });

  test('finds nothing in a build without pictures', () => {
    expect(imageFigures(lines(['[build] Complete!']))).toEqual({ made: 0, reused: 0, seconds: 0 });
  });
});

describe('chooseCandidate', () => {
  const srcset = '/a-360.webp 360w, /a-720.webp 720w, /a-1080.webp 1080w';
  test('takes the narrowest candidate that fills the device pixels, else the widest', () => {
    expect(chooseCandidate(srcset, 720)).toBe('/a-720.webp');
    expect(chooseCandidate(srcset, 721)).toBe('/a-1080.webp');
    expect(chooseCandidate(srcset, 2000)).toBe('/a-1080.webp');
  });
});

describe('uniquePhoto', () => {
  test('gives a JPEG bytes of its own that a decoder still reads as the same picture', async () => {
    const [photo] = await drawPhotos(1, 1);
    const a = uniquePhoto(photo, 'bai-a 1');
    const b = uniquePhoto(photo, 'bai-b 2');
    expect(a.equals(b)).toBe(false);
    const [pixelsA, pixelsB] = await Promise.all([a, b].map((x) => sharp(x).raw().toBuffer()));
    expect(pixelsA.equals(pixelsB)).toBe(true);
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 1067]);
    expect(photo.length).toBeGreaterThan(150_000);
    expect(photo.length).toBeLessThan(400_000);
  });
});
