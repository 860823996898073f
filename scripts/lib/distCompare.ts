/**
 * Compares two built sites (two dist/ folders) file by file and says how they differ, for
 * people: a file missing on either side, a file whose bytes differ (with where they first
 * differ), a symbolic link to another target, a file where the other side has a folder.
 *
 * Byte-exact: every file counts, nothing is normalised. What is compared is what a static host
 * serves, the tree and the bytes of its files; file times, permissions and hard links are not.
 * Sizes come first (one lstat per entry, from which files missing on one side are known without
 * reading them); two files are then read once each and compared in native code (one memcmp), so
 * two identical sites cost one read of every file and nothing more. Bytes are scanned for where
 * they differ only when they do. Synchronous: a build's files are small and many, and the
 * callers (a test, the benchmark) have nothing else to do meanwhile.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

export type CompareOptions = {
  /** Left out of the comparison: paths relative to the site's folder, with "/" (e.g. "admin/x.js"). */
  ignore?: (relativePath: string) => boolean;
  /** Stop after this many differences, with a last message saying so (1: are they the same?). */
  limit?: number;
  /** What the two sites are called in the messages; their folders by default. */
  names?: readonly [string, string];
};

type Entry =
  | { kind: 'file'; size: number }
  | { kind: 'folder'; empty: boolean }
  | { kind: 'link' }
  | { kind: 'other' };

/** Every entry below `root` by its path relative to it ("/"-separated); the root itself is left out. */
function entries(root: string, ignore: (relativePath: string) => boolean): Map<string, Entry> {
  const found = new Map<string, Entry>();
  /** Adds the entries below `dir`; returns how many it has on disk, ignored ones included. */
  const walk = (dir: string, prefix: string): number => {
    const names = readdirSync(dir);
    for (const name of names) {
      const relative = prefix + name;
      if (ignore(relative)) continue;
      const full = path.join(dir, name);
      // lstat: a symbolic link is compared as a link, never followed out of the site.
      const stats = lstatSync(full);
      if (stats.isFile()) found.set(relative, { kind: 'file', size: stats.size });
      else if (stats.isSymbolicLink()) found.set(relative, { kind: 'link' });
      else if (stats.isDirectory()) {
        found.set(relative, { kind: 'folder', empty: walk(full, `${relative}/`) === 0 });
      } else found.set(relative, { kind: 'other' });
    }
    return names.length;
  };
  walk(root, '');
  return found;
}

const KIND_NAMES: Record<Entry['kind'], string> = {
  file: 'a file',
  folder: 'a folder',
  link: 'a symbolic link',
  other: 'a special file',
};

/** Whether `data` looks like text: no NUL byte in its first 8,000 bytes (Git's test). */
function looksLikeText(data: Buffer): boolean {
  return !data.subarray(0, 8000).includes(0);
}

/** The offset of the first byte where `a` and `b` differ; the shorter length when one is a prefix. */
export function firstDifference(a: Buffer, b: Buffer): number {
  const length = Math.min(a.length, b.length);
  // Halving on equal halves: Buffer.compare runs in native code, a byte loop in JavaScript does not.
  let low = 0;
  let high = length;
  while (high - low > 64) {
    const middle = low + Math.floor((high - low) / 2);
    if (a.compare(b, low, middle, low, middle) === 0) low = middle;
    else high = middle;
  }
  while (low < high && a[low] === b[low]) low++;
  return low;
}

/** `offset`, or the start of the UTF-8 character it is in the middle of (bytes 10xxxxxx continue one). */
function characterStart(data: Buffer, offset: number, lowest = 0): number {
  let start = offset;
  while (start > lowest && (data[start] & 0xc0) === 0x80) start--;
  return start;
}

/** Up to `width` bytes either side of `offset` on its line, cut at UTF-8 character boundaries. */
function excerpt(data: Buffer, offset: number, width = 40): string {
  const lineStart = data.lastIndexOf(0x0a, offset - 1) + 1;
  const newline = data.indexOf(0x0a, offset);
  const lineEnd = newline === -1 ? data.length : newline;
  const start = characterStart(data, Math.max(lineStart, offset - width), lineStart);
  let end = Math.min(lineEnd, offset + width);
  while (end < lineEnd && (data[end] & 0xc0) === 0x80) end++;
  const text = data.subarray(start, end).toString('utf8');
  return `${start > lineStart ? '…' : ''}${JSON.stringify(text)}${end < lineEnd ? '…' : ''}`;
}

/** Where two files' bytes first differ, and what each has there when both are text. */
function describeBytes(file: string, a: Buffer, b: Buffer, names: readonly [string, string]) {
  const offset = firstDifference(a, b);
  const sizes =
    a.length === b.length ? '' : `; ${a.length} bytes in ${names[0]}, ${b.length} in ${names[1]}`;
  if (!looksLikeText(a) || !looksLikeText(b))
    return `${file}: bytes differ from byte ${offset}${sizes}`;
  const before = a.subarray(0, characterStart(a, offset));
  let line = 1;
  for (let at = before.indexOf(0x0a); at !== -1; at = before.indexOf(0x0a, at + 1)) line++;
  // In characters, as an editor counts them.
  const column = [...before.subarray(before.lastIndexOf(0x0a) + 1).toString('utf8')].length + 1;
  return (
    `${file}: differs at line ${line}, column ${column} (byte ${offset})${sizes}\n` +
    `  ${names[0]}: ${excerpt(a, offset)}\n  ${names[1]}: ${excerpt(b, offset)}`
  );
}

/**
 * The differences between the sites in folders `a` and `b`, one message per differing path, in
 * path order; [] when they hold the same files with the same bytes. A folder present on one side
 * only is named by each of its files (or by itself when empty). Throws when either folder cannot
 * be read.
 */
export function compareSites(a: string, b: string, options: CompareOptions = {}): string[] {
  const { ignore = () => false, limit = Infinity, names = [a, b] } = options;
  const left = entries(a, ignore);
  const right = entries(b, ignore);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  const differences: string[] = [];
  for (const [index, file] of paths.entries()) {
    if (differences.length >= limit) {
      differences.push(
        `(stopped after ${limit} differences, ${paths.length - index} paths unread)`,
      );
      break;
    }
    const x = left.get(file);
    const y = right.get(file);
    if (!x || !y) {
      const [present, side] = x ? [x, names[0]] : [y!, names[1]];
      // A folder with something in it is named by what is in it (an ignored content by nothing).
      if (present.kind !== 'folder' || present.empty) differences.push(`${file}: only in ${side}`);
    } else if (x.kind !== y.kind) {
      differences.push(
        `${file}: ${KIND_NAMES[x.kind]} in ${names[0]}, ${KIND_NAMES[y.kind]} in ${names[1]}`,
      );
    } else if (x.kind === 'link') {
      const to = [readlinkSync(path.join(a, file)), readlinkSync(path.join(b, file))];
      if (to[0] !== to[1]) {
        differences.push(`${file}: links to ${to[0]} in ${names[0]}, to ${to[1]} in ${names[1]}`);
      }
    } else if (x.kind === 'file' && y.kind === 'file') {
      const dataA = readFileSync(path.join(a, file));
      const dataB = readFileSync(path.join(b, file));
      // Different sizes differ for sure; equal sizes, the common case, take one memcmp.
      if (x.size !== y.size || !dataA.equals(dataB)) {
        differences.push(describeBytes(file, dataA, dataB, names));
      }
    }
  }
  return differences;
}
