/**
 * The files an article names (its cover, its recording, the pictures of its body): they must lie
 * in the content folder and be what the field says. A path such as `../../../../etc/passwd`
 * would otherwise publish a file of the build machine, and a "cover" that is not a picture would
 * break the image pipeline halfway through a build.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ToolMessages } from '#src/i18n/vi.ts';

/** What a field expects a file to be. */
export type MediaKind = 'image' | 'audio';

/** The start of a file, read through any symlink, or undefined when there is no such file. */
export type FileHead = { realPath: string; head: Uint8Array };

/** Reads a file's real path and first bytes; undefined when it is missing or not a file. */
export type ReadFileHead = (absolutePath: string) => FileHead | undefined;

/** The formats each kind may have, by extension, with their names for messages. */
const FORMATS: Record<MediaKind, Record<string, string>> = {
  image: {
    '.jpg': 'jpeg',
    '.jpeg': 'jpeg',
    '.png': 'png',
    '.webp': 'webp',
    '.avif': 'avif',
    '.gif': 'gif',
  },
  audio: {
    '.mp3': 'mp3',
    '.m4a': 'mp4',
    '.ogg': 'ogg',
    '.oga': 'ogg',
    '.opus': 'ogg',
    '.wav': 'wav',
  },
};

const ascii = (head: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...head.subarray(from, to));

/**
 * The format of a file from its first bytes (its "magic number"), or undefined when it is none of
 * the pictures and recordings an article may hold. Written here rather than taken from a library:
 * the checker is synchronous and needs only these few signatures.
 */
export function sniffFormat(head: Uint8Array): string | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'wav';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    return brand === 'avif' || brand === 'avis' ? 'avif' : 'mp4';
  }
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (ascii(head, 0, 3) === 'ID3') return 'mp3';
  // An MP3 without tags starts with a frame: eleven set bits, then a valid layer.
  if (head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) return 'mp3';
  return undefined;
}

/** Whether a path names a file (not an address with a scheme, such as https: or file:, or //host). */
export function isLocalFile(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//');
}

const EXAMPLE: Record<MediaKind, string> = { image: './anh-bia.jpg', audio: './bai-1.mp3' };

/** Whether `inner` is `outer` or lies inside it. */
function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * What is wrong with a file an article names (`src`, as written in `articleFile`), or undefined
 * when it is a `kind` file inside the content folder (by its path and, through any symlink, by
 * its real path) whose content matches its extension.
 */
export function articleFileProblem(
  contentDir: { path: string; realPath: string },
  articleFile: string,
  src: string,
  kind: MediaKind,
  readHead: ReadFileHead,
  say: ToolMessages['files'],
): { message: string; hint: string } | undefined {
  const noun = say.nouns[kind];
  const fix = say.fix(noun, EXAMPLE[kind]);
  if (path.isAbsolute(src) || !isLocalFile(src)) {
    return { message: say.notNextTo(noun, src), hint: fix };
  }
  const resolved = path.resolve(path.dirname(articleFile), src);
  if (!isInside(contentDir.path, resolved)) {
    return { message: say.outside(noun, src), hint: fix };
  }
  const file = readHead(resolved);
  if (!file) return { message: say.missing(noun, src), hint: fix };
  if (!isInside(contentDir.realPath, file.realPath)) {
    return { message: say.linkOutside(noun, src), hint: say.copyInside };
  }
  const expected = FORMATS[kind][path.extname(src).toLowerCase()];
  const names = [...new Set(Object.keys(FORMATS[kind]))].join(', ');
  if (!expected) return { message: say.notOneOf(noun, src, names), hint: say.saveAs[kind] };
  const found = sniffFormat(file.head);
  if (found !== expected) {
    return found
      ? { message: say.wrongFormat(noun, src, found, expected), hint: say.renameHint(expected) }
      : { message: say.notKind(noun, src, expected), hint: say.notKindHint(noun, expected) };
  }
  return undefined;
}

/** The real file system behind ReadFileHead: 16 bytes are enough for every signature. */
export const readFileHead: ReadFileHead = (absolutePath) => {
  try {
    const realPath = realpathSync(absolutePath);
    if (!statSync(realPath).isFile()) return undefined;
    const head = new Uint8Array(16);
    const fd = openSync(realPath, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    return { realPath, head };
  } catch {
    return undefined;
  }
};
