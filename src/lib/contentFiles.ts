/** Reading the content folder from disk: the raw YAML of every file, with line numbers. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { splitFrontMatter } from './frontMatter.ts';

/** The content folder's collections: folder name and the file extensions it holds. */
export const COLLECTION_FOLDERS = {
  articles: ['.mdx'],
  series: ['.yaml', '.yml'],
  districts: ['.yaml', '.yml'],
  models: ['.yaml', '.yml'],
  people: ['.yaml', '.yml'],
  authors: ['.yaml', '.yml'],
  topics: ['.yaml', '.yml'],
} as const;

export type CollectionName = keyof typeof COLLECTION_FOLDERS;

/** The content folder: `CONTENT_DIR`, or content/ in the project. */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR || 'content');
}

/** One content file, parsed as YAML (or MDX front matter) without interpreting dates. */
export type SourceFile = {
  /** The file name without its extension. */
  id: string;
  /** Absolute path. */
  path: string;
  /** The parsed YAML value; undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body, for articles. */
  body?: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** Whether the file's text is in Unicode NFC. */
  isNfc: boolean;
  /** Why the file could not be read as YAML: its line, the field on that line, a message and a fix. */
  syntaxError?: { line: number; field?: string; message: string; hint: string };
  /** The line of a field, e.g. ["districts", 1]; the nearest existing parent when absent. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
};

/** Reads and parses one YAML or MDX content file. */
export function readSourceFile(filePath: string): SourceFile {
  const text = readFileSync(filePath, 'utf8');
  const id = path.basename(filePath).replace(/\.[^.]+$/, '');
  const isMdx = filePath.endsWith('.mdx');
  const { yaml, body, lineOffset } = isMdx
    ? splitFrontMatter(text)
    : { yaml: text, body: undefined, lineOffset: 0 };
  const bodyLine =
    body === undefined ? 1 : text.slice(0, text.length - body.length).split('\n').length;
  const base = { id, path: filePath, body, bodyLine, isNfc: text === text.normalize('NFC') };
  // An empty file has no data; the checker says so rather than reporting missing fences.
  if (text.trim() === '') return { ...base, data: undefined, lineOf: () => 1 };
  if (yaml === undefined) {
    return {
      ...base,
      data: undefined,
      syntaxError: {
        line: 1,
        message: 'the article has no front matter between "---" lines',
        hint: 'start the file with a line "---", then title, description, pubDate and the other fields, then another line "---"',
      },
      lineOf: () => 1,
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineAt(firstError.pos[0]);
    const { message, hint } = describeYamlError(firstError.message.split('\n')[0]);
    const field = /^\s*(?:-\s+)?([^\s:#"'{[][^:#]*?)\s*:(?:\s|$)/.exec(
      text.split('\n')[line - 1] ?? '',
    )?.[1];
    return {
      ...base,
      data: undefined,
      syntaxError: { line, field, message: `YAML syntax: ${message}`, hint },
      lineOf: () => line,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml package refuses an "alias bomb" (aliases of aliases that expand a few lines into
    // billions of values) while building the value, with a ReferenceError.
    const line = lineOffset + 1;
    return {
      ...base,
      data: undefined,
      syntaxError: {
        line,
        message: `YAML syntax: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        hint: 'write the values out instead of repeating them with &name and *name',
      },
      lineOf: () => line,
    };
  }
  return { ...base, data, lineOf: (field) => fieldLine(doc, field, lineAt) };
}

/** Plain English for the YAML mistakes journalists make most, found by the yaml package's message. */
const YAML_ERRORS: [RegExp, string, string][] = [
  [
    /^Nested mappings are not allowed in compact mappings/,
    'the value holds ": ", which starts a new field',
    'put the whole value in double quotes',
  ],
  [
    /^Implicit keys need to be on a single line/,
    'the line is neither a field nor part of one',
    'write "field: value" on one line, and put long text in double quotes',
  ],
  [
    /^Unexpected scalar at node end/,
    'the value goes on after its closing quote',
    'quotation marks inside a quoted value end it: write them as “ ” instead',
  ],
  [
    /^Missing closing .?quote/,
    'a quoted value has no closing quote',
    'end the value with the quote it starts with',
  ],
  [/^Map keys must be unique/, 'the field appears twice', 'keep only one of the two lines'],
  [
    /must be sufficiently indented and end with a \]/,
    'a list has no closing "]"',
    'close the list with ] on the same line',
  ],
  [
    /^All mapping items must start at the same column/,
    'the line is indented differently from the fields around it',
    'start every field at the same column',
  ],
  [/^Tabs are not allowed as indentation/, 'the line is indented with a tab', 'indent with spaces'],
];

/** A YAML syntax error in plain English, with a fix; the parser's own words for rarer ones. */
function describeYamlError(parserMessage: string): { message: string; hint: string } {
  const known = YAML_ERRORS.find(([pattern]) => pattern.test(parserMessage));
  return known
    ? { message: known[1], hint: known[2] }
    : { message: parserMessage, hint: 'check quotes, colons and indentation on this line' };
}

function fieldLine(
  doc: Document,
  field: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number {
  for (let depth = field.length; depth > 0; depth--) {
    const node = doc.getIn(field.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return 1;
}

/** The files of one collection folder (articles: in year folders), sorted by path. */
export function listCollectionFiles(dir: string, collection: CollectionName): string[] {
  const folder = path.join(dir, collection);
  if (!existsSync(folder)) return [];
  const extensions: readonly string[] = COLLECTION_FOLDERS[collection];
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      if (name.startsWith('.')) continue;
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.includes(path.extname(name))) found.push(full);
    }
  };
  walk(folder);
  return found.sort();
}

/** The MDX body of an article file, in NFC, without reading its front matter. */
export function readArticleBody(filePath: string): string {
  return splitFrontMatter(readFileSync(filePath, 'utf8')).body.normalize('NFC');
}
