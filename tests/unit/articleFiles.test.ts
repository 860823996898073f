import { describe, expect, test } from 'vitest';
import {
  articleFileProblem,
  sniffFormat,
  type FileHead,
  type MediaKind,
} from '../../src/lib/articleFiles.ts';

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
  const problem = (src: string, kind: MediaKind) =>
    articleFileProblem(folder, article, src, kind, (file) => files[file])?.message;

  test('accepts a picture and a recording next to the article', () => {
    expect(problem('./anh.jpg', 'image')).toBeUndefined();
    expect(problem('bai.mp3', 'audio')).toBeUndefined();
  });

  test.each([
    [
      '../../../../etc/passwd',
      'audio',
      'the recording "../../../../etc/passwd" lies outside the content folder',
    ],
    ['/etc/passwd', 'audio', 'the recording "/etc/passwd" is not a file next to the article'],
    [
      'file:///etc/passwd',
      'image',
      'the picture "file:///etc/passwd" is not a file next to the article',
    ],
    [
      './lien-ket.jpg',
      'image',
      'the picture "./lien-ket.jpg" is a link to a file outside the content folder',
    ],
    ['./khong-co.jpg', 'image', 'picture file "./khong-co.jpg" does not exist'],
    ['./gia.mp3', 'audio', 'the recording "./gia.mp3" is not a recording: its content is not mp3'],
    ['./anh.png', 'image', 'the picture "./anh.png" is a jpeg file, not png as its name says'],
    [
      './bai.mp3',
      'image',
      'the picture "./bai.mp3" is not one of .jpg, .jpeg, .png, .webp, .avif, .gif',
    ],
  ] as const)('refuses %s as %s', (src, kind, message) => {
    expect(problem(src, kind)).toBe(message);
  });
});
