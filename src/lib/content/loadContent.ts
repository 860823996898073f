/** Reads and validates a whole content folder: the one entry point of the build, the checker and the scripts. */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  listCollectionFiles,
  readSourceFile,
  type CollectionName,
} from './sourceFiles.ts';
import {
  displayPath,
  validateContent,
  type Content,
  type Entry,
  type Sources,
} from './validateContent.ts';
import type { Problem } from './problems.ts';
import { toolMessages, type ToolMessages } from '#src/i18n/vi.ts';
import { readFileHead } from './articleFiles.ts';
import { isPublished } from './publication.ts';
import { ArticleSchema, type ArticleData } from '#src/schemas/article.ts';

/**
 * Reads every file of `dir` and validates it; paths in problems are relative to `root`, and
 * `say` words them (Vietnamese when not given: a command chooses with commandMessages()).
 */
export function loadContent(
  dir: string,
  root: string = process.cwd(),
  { checkBodies = true, say = toolMessages }: { checkBodies?: boolean; say?: ToolMessages } = {},
): { content: Content | undefined; problems: Problem[] } {
  const siteFile = path.join(dir, 'site.yaml');
  if (!existsSync(dir)) {
    return {
      content: undefined,
      problems: [
        {
          file: displayPath(root, dir),
          line: 1,
          field: '-',
          message: say.content.folderMissing,
          hint: say.content.folderMissingHint,
          severity: 'error',
        },
      ],
    };
  }
  const sources = {
    siteFile,
    site: existsSync(siteFile) ? readSourceFile(siteFile) : undefined,
  } as Sources;
  for (const name of Object.keys(COLLECTION_FOLDERS) as CollectionName[]) {
    sources[name] = listCollectionFiles(dir, name).map(readSourceFile);
  }
  return validateContent(sources, {
    root,
    readFileHead,
    realContentDir: realpathSync(dir),
    checkBodies,
    say,
  });
}

/**
 * The articles whose front matter has any of `fields` (e.g. "formerSlugs", "audio"), by field,
 * published or not, read in one pass without loading the rest of the content: the Astro config
 * and build hooks need only these, and each pass over 10,000 articles cost most of a second of
 * every build. Files the checker would refuse are skipped; the build never gets that far with them.
 */
export function articlesWith<Field extends keyof ArticleData>(
  dir: string,
  fields: readonly Field[],
  timeZone: string,
): Map<Field, Entry<ArticleData>[]> {
  const schema = ArticleSchema(timeZone);
  const wanted = fields.map((field) => ({
    field,
    name: Buffer.from(field),
    mention: new RegExp(`^["']?${field}["']?\\s*:`, 'm'),
  }));
  const found = new Map(fields.map((field) => [field, [] as Entry<ArticleData>[]]));
  for (const file of listCollectionFiles(dir, 'articles')) {
    // The bytes first: decoding every article to text took half of what a pass costs.
    const bytes = readFileSync(file);
    const named = wanted.filter(({ name }) => bytes.includes(name));
    if (!named.length) continue;
    const text = bytes.toString('utf8');
    const mentioned = named.filter(({ mention }) => mention.test(text));
    if (!mentioned.length) continue;
    const source = readSourceFile(file);
    const parsed = schema.safeParse(source.data);
    if (!parsed.success) continue;
    const entry = { id: source.id.normalize('NFC'), file, data: parsed.data };
    for (const { field } of mentioned)
      if (parsed.data[field] !== undefined) found.get(field)!.push(entry);
  }
  return found;
}

/** The published articles whose front matter has `field` (articlesWith). */
export function publishedArticlesWith(
  dir: string,
  field: keyof ArticleData,
  now: Date,
  timeZone: string,
): Entry<ArticleData>[] {
  return articlesWith(dir, [field], timeZone)
    .get(field)!
    .filter((entry) => isPublished(entry, now));
}
