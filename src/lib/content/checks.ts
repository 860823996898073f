/** The checks validateContent runs on a content folder, one function each, in the order it runs them. */
import path from 'node:path';
import type { z } from 'zod';
import type { ArticleData } from '#src/schemas/index.ts';
import type { ToolMessages } from '#src/i18n/vi.ts';
import type { CollectionName, SourceFile } from './sourceFiles.ts';
import type { Content, Entry, Sources } from './validateContent.ts';
import { closestIds, quoteIds } from '../shared/closestIds.ts';
import { appendTo } from '../shared/collections.ts';
import { describeSyntaxError } from './describeSyntaxError.ts';
import { inspectBody } from '../body/bodyRules.ts';
import type { MediaKind } from './articleFiles.ts';
import { componentProblems } from '../body/components.ts';
import { describeIssues, valueAt } from './describeIssues.ts';
import { REFERENCES, type ReferencedCollection, type References } from './references.ts';
import type { Problem } from './problems.ts';
import { slugFromTitle } from '../shared/slug.ts';

/** Where a problem is: a file, and the line of a field in it (line 1 when it cannot tell). */
export type Located = { path: string; lineOf?: (field: (string | number)[]) => number };

/** Adds a problem at `field` of `source`; an error unless `severity` says otherwise. */
export type Report = (
  source: Located,
  field: (string | number)[],
  message: string,
  hint?: string,
  severity?: Problem['severity'],
) => void;

/** What every check is given: the words of the problems, and where to put them. */
export type Checker = {
  say: ToolMessages;
  report: Report;
  /** A path as problems show it. */
  relative: (file: string) => string;
  /** Why a file an article names (cover, audio, body picture) cannot be used; undefined when it can. */
  fileProblem: (
    articleFile: string,
    src: string,
    kind: MediaKind,
  ) => { message: string; hint: string } | undefined;
};

/** The ids of the collections that files name. */
export type KnownIds = Record<ReferencedCollection, Set<string>>;

const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The site settings file is missing: nothing else can be checked without its time zone. */
export function reportSiteMissing(c: Checker, siteFile: string): void {
  c.report({ path: siteFile }, [], c.say.content.siteMissing, c.say.content.siteMissingHint);
}

/**
 * Every file of one collection: its name, its id, its Unicode form, its body (when `checkBodies`)
 * and its data against `schema`; returns the entries whose data is valid.
 */
export function collectEntries<Data>(
  c: Checker,
  sources: SourceFile[],
  schema: z.ZodType<Data>,
  references: References | undefined,
  checkBodies: boolean,
): Entry<Data>[] {
  const entries: Entry<Data>[] = [];
  const seen = new Map<string, SourceFile>();
  for (const source of sources) {
    checkFileName(c, source);
    const id = source.id.normalize('NFC');
    // A second file with a taken id is reported once, as a duplicate, and not read further.
    if (checkDuplicateId(c, source, id, seen)) continue;
    checkNfc(c, source);
    if (source.body !== undefined && checkBodies) checkBody(c, source, source.body);
    const data = parseSource(c, source, schema, references);
    if (data !== undefined) entries.push({ id, file: source.path, data });
  }
  return entries;
}

/** A file name is an ASCII slug; otherwise names the slug to rename the file to. */
export function checkFileName(c: Checker, source: SourceFile): void {
  if (SLUG_FILE_NAME.test(source.id)) return;
  const slug = slugFromTitle(source.id);
  c.report(
    source,
    [],
    c.say.content.notSlug(path.basename(source.path)),
    slug ? c.say.content.renameTo(`${slug}${path.extname(source.path)}`) : c.say.content.slugRule,
  );
}

/** Whether `id` is already the id of another file in `seen` (reported if so); records it if not. */
export function checkDuplicateId(
  c: Checker,
  source: SourceFile,
  id: string,
  seen: Map<string, SourceFile>,
): boolean {
  const twin = seen.get(id);
  if (twin) {
    c.report(
      source,
      [],
      c.say.content.duplicateId(id, c.relative(twin.path)),
      c.say.content.duplicateIdHint,
    );
    return true;
  }
  seen.set(id, source);
  return false;
}

/** A file's text is in Unicode NFC (a warning: `check --fix` rewrites it). */
export function checkNfc(c: Checker, source: SourceFile): void {
  if (!source.isNfc) {
    c.report(source, [], c.say.content.notNfc, c.say.content.notNfcHint, 'warning');
  }
}

/** An article body compiles under the body rules, and every picture it shows is a usable file. */
export function checkBody(c: Checker, source: SourceFile, body: string): void {
  const { problems, images } = inspectBody(body, source.bodyLine, c.say.body);
  for (const problem of problems) {
    c.report(
      { path: source.path, lineOf: () => problem.line },
      ['body'],
      problem.message,
      problem.hint,
    );
  }
  for (const image of images) {
    const problem = c.fileProblem(source.path, image.src, 'image');
    if (problem) {
      c.report(
        { path: source.path, lineOf: () => image.line },
        ['body'],
        problem.message,
        problem.hint,
      );
    }
  }
}

/** A file's data is readable, not empty, and valid against `schema`; returns it when it is. */
export function parseSource<S extends z.ZodType>(
  c: Checker,
  source: SourceFile,
  schema: S,
  references: References = {},
): z.output<S> | undefined {
  const syntax = source.syntaxError;
  if (syntax) {
    const { message, hint } = describeSyntaxError(syntax, c.say.syntax);
    c.report(source, syntax.field ? [syntax.field] : [], message, hint);
    return undefined;
  }
  if (source.data === null || source.data === undefined) {
    c.report(source, [], c.say.content.emptyFile, c.say.content.emptyFileHint);
    return undefined;
  }
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  for (const problem of describeIssues(
    result.error.issues,
    source.data,
    schema,
    references,
    c.say,
  )) {
    c.report(
      { path: source.path, lineOf: () => source.lineOf(problem.at) },
      problem.field,
      problem.message,
      problem.hint,
    );
  }
  return undefined;
}

/**
 * The ids of every file of the collections that files name. Every file counts as existing, even
 * one with its own errors, so that one mistake is reported once and not again at every reference
 * to it.
 */
export function knownIds(sources: Sources): KnownIds {
  const ids = (name: ReferencedCollection) =>
    new Set(sources[name].map((source) => source.id.normalize('NFC')));
  return {
    series: ids('series'),
    districts: ids('districts'),
    models: ids('models'),
    people: ids('people'),
    authors: ids('authors'),
    topics: ids('topics'),
  };
}

/**
 * Every id a file names (author, series, districts, ...) is the id of a file. Checked on the raw
 * data of every readable file, valid or not, so that one run reports every problem.
 */
export function checkReferences(c: Checker, sources: Sources, known: KnownIds): void {
  for (const [name, fields] of Object.entries(REFERENCES) as [CollectionName, References][]) {
    for (const source of sources[name]) {
      const data = source.data;
      if (!data || typeof data !== 'object') continue;
      for (const [field, collection] of Object.entries(fields)) {
        const value = (data as Record<string, unknown>)[field];
        const values = Array.isArray(value) ? value : [value];
        values.forEach((id, index) => {
          if (typeof id !== 'string' || known[collection].has(id)) return;
          const suggestions = closestIds(id, known[collection]);
          c.report(
            source,
            Array.isArray(value) ? [field, index] : [field],
            c.say.content.unknown(c.say.collections[collection], id),
            suggestions.length
              ? c.say.didYouMean(quoteIds(suggestions))
              : c.say.content.addOrUse(`${collection}/${id}.yaml`),
          );
        });
      }
    }
  }
}

/** The shared components in article bodies have their required props, and cards name known ids. */
export function checkComponents(c: Checker, articles: SourceFile[], known: KnownIds): void {
  for (const source of articles) {
    if (source.body === undefined) continue;
    for (const problem of componentProblems(
      source.body,
      source.bodyLine,
      known,
      (id, among) => closestIds(id, among),
      c.say,
    )) {
      c.report(
        { path: source.path, lineOf: () => problem.line },
        [problem.field],
        problem.message,
        problem.hint,
      );
    }
  }
}

/** The source file of a valid article or series, to show problems found on its entry at their line. */
export function sourceOfEntry(sources: Sources): (entry: Entry<unknown>) => SourceFile {
  const sourceOf = new Map(
    [...sources.articles, ...sources.series].map((source) => [source.path, source]),
  );
  return (entry) => sourceOf.get(entry.file)!;
}

/** The cover and audio files that valid articles name exist and are a picture and a recording. */
export function checkArticleFiles(
  c: Checker,
  articles: Entry<ArticleData>[],
  at: (entry: Entry<unknown>) => SourceFile,
): void {
  for (const article of articles) {
    const data = article.data;
    const named = [
      ['cover', data.cover?.src, 'image'],
      ['audio', data.audio?.src, 'audio'],
    ] as const;
    for (const [field, src, kind] of named) {
      const problem = src === undefined ? undefined : c.fileProblem(article.file, src, kind);
      if (problem) c.report(at(article), [field, 'src'], problem.message, problem.hint);
    }
  }
}

/** Every series has a part (valid or not); parts that are not drafts have distinct numbers; gaps warn. */
export function checkSeriesParts(
  c: Checker,
  content: Content,
  articles: SourceFile[],
  at: (entry: Entry<unknown>) => SourceFile,
): void {
  const say = c.say.content;
  const named = new Set(articles.map((source) => valueAt(source.data, ['series'])));
  // Grouped once: filtering every article for each series was quadratic (2 s at 10,000).
  const partsOf = new Map<string, Entry<ArticleData>[]>();
  for (const article of content.articles) {
    const id = article.data.series;
    if (id === undefined || article.data.draft) continue;
    appendTo(partsOf, id, [article]);
  }
  for (const series of content.series) {
    const parts = partsOf.get(series.id) ?? [];
    if (!named.has(series.id)) {
      c.report(
        at(series),
        [],
        say.seriesWithoutPart(series.id),
        say.seriesWithoutPartHint(series.id),
      );
      continue;
    }
    const byPart = new Map<number, Entry<ArticleData>>();
    for (const article of parts) {
      const part = article.data.part!;
      const twin = byPart.get(part);
      if (twin) {
        c.report(
          at(article),
          ['part'],
          say.duplicatePart(part, series.id, path.basename(twin.file)),
          say.duplicatePartHint,
        );
      } else byPart.set(part, article);
    }
    const highest = Math.max(0, ...byPart.keys());
    const titled = new Set(series.data.parts.map((known) => known.part));
    for (let part = 1; part < highest; part++) {
      if (!byPart.has(part) && !titled.has(part)) {
        c.report(at(series), ['parts'], say.missingPart(part), say.missingPartHint, 'warning');
      }
    }
  }
}
