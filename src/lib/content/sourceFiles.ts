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

/**
 * What stops a file from being read: no front matter, a YAML error (the parser's own message), or
 * aliases that would expand without end.
 */
export type SyntaxProblem = {
  line: number;
  field?: string;
  kind: 'no-front-matter' | 'yaml' | 'aliases';
  /** The yaml package's message, first line only. */
  parserMessage?: string;
};

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
  /** Why the file could not be read as YAML: its line and the field on that line (worded by describeSyntaxError). */
  syntaxError?: SyntaxProblem;
  /** The line of a field, e.g. ["districts", 1]; the nearest existing parent when absent. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
};

/** Reads and parses one YAML or MDX content file. */
/** The id of an entry: its file's name without the extension. */
export function sourceId(filePath: string): string {
  return path.basename(filePath).replace(/\.[^.]+$/, '');
}

export function readSourceFile(filePath: string): SourceFile {
  const text = readFileSync(filePath, 'utf8');
  const id = sourceId(filePath);
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
      syntaxError: { line: 1, kind: 'no-front-matter' },
      lineOf: () => 1,
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineAt(firstError.pos[0]);
    const field = /^\s*(?:-\s+)?([^\s:#"'{[][^:#]*?)\s*:(?:\s|$)/.exec(
      text.split('\n')[line - 1] ?? '',
    )?.[1];
    return {
      ...base,
      data: undefined,
      syntaxError: { line, field, kind: 'yaml', parserMessage: firstError.message.split('\n')[0] },
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
        kind: 'aliases',
        parserMessage: (error instanceof Error ? error.message : String(error)).split('\n')[0],
      },
      lineOf: () => line,
    };
  }
  return { ...base, data, lineOf: (field) => fieldLine(doc, field, lineAt) };
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
