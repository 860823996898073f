import { describe, expect, test } from 'vitest';
import {
  articleFileProblem,
  sniffFormat,
  type FileHead,
  type MediaKind,
} from '#src/lib/content/articleFiles.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi, type ToolMessages } from '#src/i18n/vi.ts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value],
    ),
  );

const HEADS = {
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe0),
  png: bytes(0x89, 'PNG\r\n\x1a\n'),
  gif: bytes('GIF89a'),
  webp: bytes('RIFF', 0, 0, 0, 0, 'WEBP'),
  avif: bytes(0, 0, 0, 0x1c, 'ftypavif'),
  wav: bytes('RIFF', 0, 0, 0, 0, 'WAVE'),
  mp4: bytes(0, 0, 0, 0x20, 'ftypM4A '),
  ogg: bytes('OggS'),
  mp3: bytes('ID3', 4),
  text: bytes('root:x:0:0:root'),
};

describe('sniffFormat', () => {
  test.each(Object.entries(HEADS).filter(([name]) => name !== 'text'))('knows %s', (name, head) => {
    expect(sniffFormat(head)).toBe(name);
  });
  test('knows an MP3 without tags by its first frame, and nothing in plain text', () => {
    expect(sniffFormat(bytes(0xff, 0xfb, 0x90, 0x64))).toBe('mp3');
    expect(sniffFormat(HEADS.text)).toBeUndefined();
  });
});

describe('articleFileProblem', () => {
  const folder = { path: '/site/content', realPath: '/real/content' };
  const article = '/site/content/articles/2024/bai.mdx';
  /** A file system with a few files: path -> [real path, first bytes]. */
  const files: Record<string, FileHead> = {
    '/site/content/articles/2024/anh.jpg': {
      realPath: '/real/content/articles/2024/anh.jpg',
      head: HEADS.jpeg,
    },
    '/site/content/articles/2024/anh.png': {
      realPath: '/real/content/articles/2024/anh.png',
      head: HEADS.jpeg,
    },
    '/site/content/articles/2024/bai.mp3': {
      realPath: '/real/content/articles/2024/bai.mp3',
      head: HEADS.mp3,
    },
    '/site/content/articles/2024/gia.mp3': {
      realPath: '/real/content/articles/2024/gia.mp3',
      head: HEADS.text,
    },
    '/site/content/articles/2024/lien-ket.jpg': { realPath: '/etc/passwd', head: HEADS.text },
  };
  const problem = (src: string, kind: MediaKind, say: ToolMessages = vi) =>
    articleFileProblem(folder, article, src, kind, (file) => files[file], say.files)?.message;

  test('accepts a picture and a recording next to the article', () => {
    expect(problem('./anh.jpg', 'image')).toBeUndefined();
    expect(problem('bai.mp3', 'audio')).toBeUndefined();
  });

  test.each([
    [
      '../../../../etc/passwd',
      'audio',
      'bản ghi âm "../../../../etc/passwd" nằm ngoài thư mục nội dung',
    ],
    ['/etc/passwd', 'audio', 'bản ghi âm "/etc/passwd" không phải một tệp nằm cạnh bài viết'],
    [
      'file:///etc/passwd',
      'image',
      'ảnh "file:///etc/passwd" không phải một tệp nằm cạnh bài viết',
    ],
    [
      './lien-ket.jpg',
      'image',
      'ảnh "./lien-ket.jpg" là liên kết tới một tệp ngoài thư mục nội dung',
    ],
    ['./khong-co.jpg', 'image', 'không có tệp ảnh "./khong-co.jpg"'],
    ['./gia.mp3', 'audio', 'bản ghi âm "./gia.mp3" không phải bản ghi âm: nội dung không phải mp3'],
    ['./anh.png', 'image', 'ảnh "./anh.png" là tệp jpeg, không phải png như tên tệp cho thấy'],
    [
      './bai.mp3',
      'image',
      'ảnh "./bai.mp3" không có đuôi nào trong .jpg, .jpeg, .png, .webp, .avif, .gif',
    ],
  ] as const)('refuses %s as %s', (src, kind, message) => {
    expect(problem(src, kind)).toBe(message);
  });

  test('says the same in English for a developer', () => {
    expect(problem('./khong-co.jpg', 'image', en)).toBe(
      'picture file "./khong-co.jpg" does not exist',
    );
    expect(problem('./anh.png', 'image', en)).toBe(
      'the picture "./anh.png" is a jpeg file, not png as its name says',
    );
  });
});
