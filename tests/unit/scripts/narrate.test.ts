import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { flowMapping, setFrontMatterField } from '#scripts/lib/frontMatterField.ts';
import { parseNarrateArgs, type NarrateRequest } from '#scripts/lib/narrate/args.ts';
import { installHint, parseEngine, shellQuote, type Engine } from '#scripts/lib/narrate/engines.ts';
import { withAudio } from '#scripts/lib/narrate/frontMatterAudio.ts';
import { planNarration } from '#scripts/lib/narrate/plan.ts';
import { durationSeconds, encoderArgs } from '#scripts/lib/narrate/record.ts';
import { asSentence, spokenBlocks, spokenText } from '#scripts/lib/narrate/spokenText.ts';
import { article } from '../factories.ts';
import { fixtureCopies } from '../fixtureCopy.ts';

describe('spokenText', () => {
  test('reads the title, the lead and the body, each ending as a sentence', () => {
    const text = spokenText(
      { title: 'Người hiến đất ở Na Rì', description: 'Ông Đức hiến đất mở đường.' },
      'Đoạn đầu tiên\nvẫn là đoạn đầu.\n\n## Con đường mới\n\nĐoạn cuối.',
    );
    expect(text).toBe(
      [
        'Người hiến đất ở Na Rì.',
        'Ông Đức hiến đất mở đường.',
        'Đoạn đầu tiên vẫn là đoạn đầu.',
        'Con đường mới.',
        'Đoạn cuối.',
      ].join('\n\n'),
    );
  });
});

describe('spokenBlocks', () => {
  test('reads each list item on its own and drops list and quotation marks', () => {
    expect(
      spokenBlocks('Ba việc:\n\n- việc thứ nhất;\n- việc thứ hai\n1. việc ba\n\n> Lời trích.'),
    ).toEqual(['Ba việc:', 'việc thứ nhất;', 'việc thứ hai', 'việc ba', 'Lời trích.']);
  });

  test('keeps the words of a pull quote and says who said them', () => {
    const body =
      '<PullQuote author="Ông Lương Văn Sáng" role="trưởng thôn (nhân vật hư cấu)">\nTôi muốn biến nơi này thành nơi đáng sống.\n</PullQuote>';
    expect(spokenBlocks(body)).toEqual([
      'Tôi muốn biến nơi này thành nơi đáng sống.',
      'Ông Lương Văn Sáng, trưởng thôn (nhân vật hư cấu)',
    ]);
  });

  test('reads a fact box and a timeline as their title and items', () => {
    const body =
      '<FactBox title="Những con số">\n- **70 cơ quan** giúp **60 xã**\n- **Hơn 40 tỷ đồng**\n</FactBox>\n\n<Timeline>\n- **2015**: bắt đầu\n</Timeline>';
    expect(spokenBlocks(body)).toEqual([
      'Những con số',
      '70 cơ quan giúp 60 xã',
      'Hơn 40 tỷ đồng',
      '2015: bắt đầu',
    ]);
  });

  test('drops cards and figures, which are there to be looked at', () => {
    const body =
      'Trước.\n\n<ModelCard id="quy-tiet-kiem" />\n<PersonCard id="ha-van-duc"/>\n\n<Figure caption="Con đường > mới">\n  ![Con đường](./duong.jpg)\n</Figure>\n\nSau.';
    expect(spokenBlocks(body)).toEqual(['Trước.', 'Sau.']);
  });

  test('keeps link text and drops pictures, URLs, emphasis, code and comments', () => {
    const body =
      'Xem [trang của xã](https://example.vn/xa) và https://example.vn nhé, ![ảnh](./a.jpg)*rất* _đẹp_ `mã`.\n\n```js\nalert(1)\n```\n\n<!-- ghi chú -->\n{/* ghi chú */}';
    expect(spokenBlocks(body)).toEqual(['Xem trang của xã và nhé, rất đẹp mã.']);
  });

  test('reads escaped characters and entities as the characters they stand for', () => {
    expect(spokenBlocks('Giá \\{khoảng\\} 5 \\* 3 &amp; &#101;xport &lt;b&gt;')).toEqual([
      'Giá {khoảng} 5 * 3 & export <b>',
    ]);
  });

  test('keeps the text of HTML and other tags and reads a table row by row', () => {
    expect(
      spokenBlocks('<Note>Ghi <b>đậm</b></Note>\n\n| Năm | Xã |\n| --- | --- |\n| 2021 | 21 |'),
    ).toEqual(['Ghi đậm', 'Năm, Xã', '2021, 21']);
  });
});

describe('asSentence', () => {
  test('adds a full stop where a block has no closing punctuation', () => {
    expect(asSentence('Lời hứa trong buổi họp thôn')).toBe('Lời hứa trong buổi họp thôn.');
    expect(asSentence('Ai nói “đáng sống?”')).toBe('Ai nói “đáng sống?”');
    expect(asSentence('  Ba việc:  ')).toBe('Ba việc:');
    expect(asSentence('')).toBe('');
  });
});

const ARTICLE = [
  '---',
  'title: \'Bài "thử"\' # chú thích giữ nguyên',
  'pubDate: 2024-04-10T07:00:00+07:00',
  'districts:',
  '  - na-ri',
  'draft: false',
  '---',
  '',
  'audio: không phải trường, chỉ là chữ trong thân bài.',
  '',
].join('\n');

describe('withAudio', () => {
  test('adds the field at the end of the front matter and keeps every other byte', () => {
    const written = withAudio(ARTICLE, { src: './bai-thu.mp3', duration: 233 });
    const at = ARTICLE.indexOf('---\n\naudio');
    expect(written).toBe(
      `${ARTICLE.slice(0, at)}audio: { src: ./bai-thu.mp3, duration: 233 }\n${ARTICLE.slice(at)}`,
    );
  });

  test('replaces an existing field in place, with its continuation lines', () => {
    const once = withAudio(ARTICLE, { src: './bai-thu.mp3', duration: 233 });
    expect(withAudio(once, { src: './bai-thu.mp3', duration: 240 })).toBe(
      once.replace('duration: 233', 'duration: 240'),
    );
    const block = ARTICLE.replace(
      'draft: false\n',
      'audio:\n  src: ./cu.wav\n  duration: 5\ndraft: false\n',
    );
    expect(withAudio(block, { src: './moi.mp3', duration: 7 })).toBe(
      ARTICLE.replace('draft: false\n', 'audio: { src: ./moi.mp3, duration: 7 }\ndraft: false\n'),
    );
  });

  test('keeps Windows line endings and a byte order mark', () => {
    const crlf = `\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`;
    const written = withAudio(crlf, { src: './a.mp3', duration: 1 });
    expect(written).toBe(
      crlf.replace('draft: false\r\n', 'draft: false\r\naudio: { src: ./a.mp3, duration: 1 }\r\n'),
    );
  });

  test('refuses a file without front matter', () => {
    expect(() => withAudio('Chỉ có thân bài.\n', { src: './a.mp3', duration: 1 })).toThrow(
      'the file has no front matter',
    );
  });
});

describe('setFrontMatterField and flowMapping', () => {
  test('writes a value that needs quotes as a double-quoted YAML string', () => {
    expect(flowMapping({ src: './bai-thu.jpg', alt: 'Nhà sàn: "bên hồ"' })).toBe(
      '{ src: ./bai-thu.jpg, alt: "Nhà sàn: \\"bên hồ\\"" }',
    );
  });

  test('sets a field in an empty front matter', () => {
    expect(setFrontMatterField('---\n---\nThân bài.\n', 'draft', 'true')).toBe(
      '---\ndraft: true\n---\nThân bài.\n',
    );
  });
});

const espeak = parseEngine('espeak-ng') as Engine;

describe('parseNarrateArgs', () => {
  test('reads article files, --force and the default engine', () => {
    const request = parseNarrateArgs(['--force', 'a.mdx', 'b.mdx']) as NarrateRequest;
    expect(request).toMatchObject({ files: ['a.mdx', 'b.mdx'], all: false, force: true });
    expect(request.engine.label).toBe('espeak-ng vi');
  });

  test('reads --all and an engine', () => {
    const request = parseNarrateArgs([
      '--all',
      '--engine',
      'espeak-ng:vi-vn-x-south',
    ]) as NarrateRequest;
    expect(request).toMatchObject({ files: [], all: true, force: false });
    expect(request.engine.label).toBe('espeak-ng vi-vn-x-south');
  });

  test('returns what is wrong with the arguments', () => {
    expect(parseNarrateArgs([])).toEqual({
      error: 'name at least one article file, or give --all',
    });
    expect(parseNarrateArgs(['--all', 'a.mdx'])).toEqual({
      error: 'name article files or give --all, not both',
    });
    expect(parseNarrateArgs(['--engine', 'say', 'a.mdx'])).toEqual({
      error:
        '--engine: unknown engine "say" (use espeak-ng, espeak-ng:<voice> or command:"<shell command>")',
    });
    expect(parseNarrateArgs(['--voice', 'a.mdx'])).toHaveProperty('error');
    expect(parseNarrateArgs(['-h'])).toBe('help');
  });
});

describe('parseEngine', () => {
  test('runs espeak-ng with the Vietnamese voice on the text file', () => {
    expect(espeak.invocation('/t/text.txt', '/t/speech.wav')).toEqual({
      command: 'espeak-ng',
      args: ['-v', 'vi', '-s', '160', '-a', '70', '-w', '/t/speech.wav', '-f', '/t/text.txt'],
      wavOnStdout: false,
    });
    expect(espeak.requires.map((r) => r.debianPackage)).toEqual(['espeak-ng']);
  });

  test('runs a command engine through sh with quoted paths in place of {text} and {wav}', () => {
    const engine = parseEngine('command:tts --in {text} --out {wav}') as Engine;
    expect(engine.invocation("/t/it's.txt", '/t/a.wav')).toEqual({
      command: 'sh',
      args: ['-c', `tts --in '/t/it'\\''s.txt' --out '/t/a.wav'`],
      wavOnStdout: false,
    });
    const piped = parseEngine('command:piper --model vi.onnx --output_file -') as Engine;
    expect(piped.invocation('/t/a.txt', '/t/a.wav').wavOnStdout).toBe(true);
    expect(piped.label).toBe('piper');
  });

  test('refuses an empty command and a voice name that is not one', () => {
    expect(parseEngine('command:  ')).toEqual({
      error: 'command: needs a shell command after the colon',
    });
    expect(parseEngine('espeak-ng:vi;rm')).toHaveProperty('error');
  });
});

describe('shellQuote and installHint', () => {
  test('quote any path for sh and name each Debian package once', () => {
    expect(shellQuote('a b')).toBe("'a b'");
    expect(
      installHint([
        { program: 'espeak-ng', debianPackage: 'espeak-ng' },
        { program: 'ffmpeg', debianPackage: 'ffmpeg' },
        { program: 'ffprobe', debianPackage: 'ffmpeg' },
      ]),
    ).toBe('apt-get install espeak-ng ffmpeg');
  });
});

describe('planNarration', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const published = article('da-dang', { pubDate: new Date('2024-01-01') });
  const recorded = article('co-ghi-am', {
    pubDate: new Date('2024-01-01'),
    audio: { src: './co-ghi-am.mp3', duration: 10 },
  });
  const draft = article('ban-nhap', { pubDate: new Date('2024-01-01'), draft: true });
  const scheduled = article('sap-dang', { pubDate: new Date('2026-01-01') });
  const articles = [published, recorded, draft, scheduled];

  test('with --all, narrates published articles without a recording and says why it skips others', () => {
    const plan = planNarration(articles, { all: true, files: [], force: false }, now);
    expect(plan.narrate).toEqual([{ entry: published, replacing: false }]);
    expect(plan.skipped.map((s) => [s.entry.id, s.reason])).toEqual([
      ['co-ghi-am', 'recorded'],
      ['ban-nhap', 'draft'],
      ['sap-dang', 'scheduled'],
    ]);
  });

  test('narrates named articles, drafts included, once each, and names unknown files', () => {
    const files = [draft.file, `./${draft.file}`, recorded.file, 'khong-co.mdx'];
    const plan = planNarration(articles, { all: false, files, force: false }, now);
    expect(plan.narrate).toEqual([{ entry: draft, replacing: false }]);
    expect(plan.skipped).toEqual([{ entry: recorded, reason: 'recorded' }]);
    expect(plan.unknown).toEqual(['khong-co.mdx']);
  });

  test('with --force, narrates a named article with a recording as a replacement', () => {
    const plan = planNarration(articles, { all: false, files: [recorded.file], force: true }, now);
    expect(plan.narrate).toEqual([{ entry: recorded, replacing: true }]);
  });
});

describe('durationSeconds and encoderArgs', () => {
  test('rounds ffprobe duration to whole seconds, at least one', () => {
    expect(durationSeconds('233.263946\n')).toBe(233);
    expect(durationSeconds('0.3')).toBe(1);
    expect(() => durationSeconds('N/A')).toThrow('ffprobe gave no duration ("N/A")');
  });

  test('encodes mono MP3 at 24 kbit/s tagged as a machine narration', () => {
    const args = encoderArgs('in.wav', 'out.mp3', 'Tiêu đề', 'espeak-ng vi');
    expect(args.join(' ')).toContain('-ac 1 -ar 22050 -c:a libmp3lame -b:a 24k');
    expect(args).toContain('comment=Machine narration (espeak-ng vi)');
    expect(args.at(-1)).toBe('out.mp3');
  });
});

describe('npm run narrate (the CLI, with espeak-ng and ffmpeg installed)', () => {
  const fixtureCopy = fixtureCopies('archive-narrate-');
  const node = path.resolve('node_modules/.bin/node');
  const run = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(node, ['scripts/narrate.ts', ...args], {
      env: { ...process.env, LANG: 'C.UTF-8', CONTENT_DIR: dir, ...env },
      encoding: 'utf8',
    });

  test('records a tiny article, writes its audio line and refuses to overwrite it', () => {
    const dir = fixtureCopy();
    const file = path.join(dir, 'articles/2023/bai-ngan.mdx');
    const source = [
      '---',
      'title: "Bài ngắn"',
      'description: "Một câu dẫn."',
      'pubDate: 2023-03-01T07:00:00+07:00',
      'invented: true',
      '---',
      '',
      'Một đoạn văn ngắn.',
      '',
      '<PersonCard id="do-thi-duyen" />',
      '',
    ].join('\n');
    writeFileSync(file, source);

    const first = run(dir, [file]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const mp3 = path.join(dir, 'articles/2023/bai-ngan.mp3');
    expect(existsSync(mp3)).toBe(true);
    expect(statSync(mp3).size).toBeLessThan(60_000);
    const written = readFileSync(file, 'utf8');
    const duration = Number(/duration: (\d+) \}/.exec(written)?.[1]);
    expect(duration).toBeGreaterThanOrEqual(2);
    expect(duration).toBeLessThan(15);
    expect(written).toBe(
      source.replace(
        'invented: true\n',
        `invented: true\naudio: { src: ./bai-ngan.mp3, duration: ${duration} }\n`,
      ),
    );
    expect(first.stdout).toContain(
      `bai-ngan.mdx -> bai-ngan.mp3 (0:${String(duration).padStart(2, '0')}`,
    );

    const again = run(dir, [file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('has a recording already (a real recording always wins');
    expect(readFileSync(file, 'utf8')).toBe(written);
  }, 60_000);

  test('names the Debian packages when espeak-ng and ffmpeg are missing', () => {
    const result = run(fixtureCopy(), ['--all'], { PATH: '/nonexistent' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'narrate needs espeak-ng, ffmpeg, ffprobe, which are not installed.\nOn Debian or Ubuntu: apt-get install espeak-ng ffmpeg\n',
    );
  });
});
