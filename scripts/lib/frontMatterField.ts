/**
 * Sets one top-level field of an MDX file's front matter by editing its text, so that every
 * other byte of the file (quotes, comments, order, line endings) stays as the journalist wrote it:
 * parsing and re-serialising the YAML would rewrite all of it.
 */

const OPENING = /^(\uFEFF?---[ \t]*)(\r?\n)/;
const CLOSING = /^---[ \t]*$/;

/** Where the YAML of a file's front matter starts and ends, and the file's line ending. */
function frontMatterSpan(text: string): { start: number; end: number; eol: string } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const eol = opening[2];
  const start = opening[0].length;
  let offset = start;
  while (offset <= text.length) {
    const next = text.indexOf('\n', offset);
    const lineEnd = next === -1 ? text.length : next;
    if (CLOSING.test(text.slice(offset, lineEnd).replace(/\r$/, '')))
      return { start, end: offset, eol };
    if (next === -1) return undefined;
    offset = next + 1;
  }
  return undefined;
}

/**
 * `text` with the top-level front matter field `key` set to `value` (YAML written on the field's
 * line, e.g. `{ src: ./a.mp3, duration: 12 }`): an existing entry, with its indented continuation
 * lines, is replaced in place; a new one goes at the end of the front matter. Throws when the file
 * has no front matter.
 */
export function setFrontMatterField(text: string, key: string, value: string): string {
  const span = frontMatterSpan(text);
  if (!span) throw new Error('the file has no front matter between "---" lines');
  const { start, end, eol } = span;
  // Each line keeps its own ending, so a file with mixed endings stays byte for byte the same.
  const lines: string[] = [...(text.slice(start, end).match(/[^\n]*\n/g) ?? [])];
  const bare = (line: string) => line.replace(/\r?\n$/, '');
  const keyLine = new RegExp(`^["']?${escapeRegExp(key)}["']?[ \\t]*:`);
  const at = lines.findIndex((line) => keyLine.test(line));
  if (at === -1) {
    lines.push(`${key}: ${value}${eol}`);
  } else {
    let after = at + 1;
    // An entry goes on over indented lines and, for a block list, lines starting with "- ".
    while (after < lines.length && /^(?:[ \t]+\S|-(?:[ \t]|$))/.test(bare(lines[after]))) after++;
    const ending = lines[at].slice(bare(lines[at]).length);
    lines.splice(at, after - at, `${key}: ${value}${ending}`);
  }
  return text.slice(0, start) + lines.join('') + text.slice(end);
}

/** The value of a YAML flow mapping, e.g. `{ src: ./a.mp3, duration: 12 }`. */
export function flowMapping(fields: Record<string, string | number>): string {
  const pairs = Object.entries(fields).map(([name, value]) => `${name}: ${yamlScalar(value)}`);
  return `{ ${pairs.join(', ')} }`;
}

/** A number or string as a YAML scalar; a string is quoted unless it is a plain relative path. */
function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // JSON strings are valid YAML double-quoted strings.
  return /^\.\/[A-Za-z0-9][\w.-]*$/.test(value) ? value : JSON.stringify(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
