/** Validates a content folder with the project's schemas and cross-reference rules. */
import path from 'node:path';
import type { z } from 'zod';
import {
  ArticleSchema,
  AuthorSchema,
  DistrictSchema,
  ModelSchema,
  PersonSchema,
  SeriesSchema,
  SiteSchema,
  TopicSchema,
  type ArticleData,
  type AuthorData,
  type DistrictData,
  type ModelData,
  type PersonData,
  type SeriesData,
  type Site,
  type TopicData,
} from '#src/schemas/index.ts';
import type { ToolMessages } from '#src/i18n/vi.ts';
import type { CollectionName, SourceFile } from './sourceFiles.ts';
import { closestIds, quoteIds } from '../shared/closestIds.ts';
import { describeSyntaxError } from './describeSyntaxError.ts';
import { inspectBody } from '../body/bodyRules.ts';
import { articleFileProblem, type MediaKind, type ReadFileHead } from './articleFiles.ts';
import { componentProblems } from '../body/components.ts';
import { describeIssues, formatField, valueAt } from './describeIssues.ts';
import { REFERENCES, type ReferencedCollection, type References } from './references.ts';
import type { Problem } from './problems.ts';
import { slugFromTitle } from '../shared/slug.ts';

/** A validated entry: its id, its file and its data. */
export type Entry<Data> = { id: string; file: string; data: Data };

/** Everything in a content folder, validated. */
export type Content = {
  site: Site;
  articles: Entry<ArticleData>[];
  series: Entry<SeriesData>[];
  districts: Entry<DistrictData>[];
  models: Entry<ModelData>[];
  people: Entry<PersonData>[];
  authors: Entry<AuthorData>[];
  topics: Entry<TopicData>[];
};

/** The raw files of a content folder, as read from disk. */
export type Sources = { site: SourceFile | undefined; siteFile: string } & Record<
  CollectionName,
  SourceFile[]
>;

type Options = {
  /** Shows paths relative to this folder. */
  root: string;
  /** Reads the files articles name (cover, audio, body pictures): their real path and first bytes. */
  readFileHead: ReadFileHead;
  /** The content folder's real path (through symlinks); its path as given when absent. */
  realContentDir?: string;
  /** Parse every MDX body (the slow part); off where a build already checked them. */
  checkBodies?: boolean;
  /** The words of the problems: Vietnamese, or English for developers (src/i18n). */
  say: ToolMessages;
};

const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates every file and every reference; returns the content (when usable) and all problems. */
export function validateContent(
  sources: Sources,
  options: Options,
): { content: Content | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const { say } = options;
  const relative = (file: string) => displayPath(options.root, file);
  const report = (
    source: { path: string; lineOf?: SourceFile['lineOf'] },
    field: (string | number)[],
    message: string,
    hint?: string,
    severity: Problem['severity'] = 'error',
  ) =>
    problems.push({
      file: relative(source.path),
      line: source.lineOf ? source.lineOf(field) : 1,
      field: formatField(field),
      message,
      hint,
      severity,
    });

  const contentFolder = path.dirname(sources.siteFile);
  const folder = { path: contentFolder, realPath: options.realContentDir ?? contentFolder };
  const fileProblem = (articleFile: string, src: string, kind: MediaKind) =>
    articleFileProblem(folder, articleFile, src, kind, options.readFileHead, say.files);

  function parse<S extends z.ZodType>(
    source: SourceFile,
    schema: S,
    references: References = {},
  ): z.output<S> | undefined {
    const syntax = source.syntaxError;
    if (syntax) {
      const { message, hint } = describeSyntaxError(syntax, say.syntax);
      report(source, syntax.field ? [syntax.field] : [], message, hint);
      return undefined;
    }
    if (source.data === null || source.data === undefined) {
      report(source, [], say.content.emptyFile, say.content.emptyFileHint);
      return undefined;
    }
    const result = schema.safeParse(source.data);
    if (result.success) return result.data;
    for (const problem of describeIssues(
      result.error.issues,
      source.data,
      schema,
      references,
      say,
    )) {
      report(
        { path: source.path, lineOf: () => source.lineOf(problem.at) },
        problem.field,
        problem.message,
        problem.hint,
      );
    }
    return undefined;
  }

  if (!sources.site) {
    problems.push({
      file: relative(sources.siteFile),
      line: 1,
      field: '-',
      message: say.content.siteMissing,
      hint: say.content.siteMissingHint,
      severity: 'error',
    });
    return { content: undefined, problems };
  }
  const site = parse(sources.site, SiteSchema);
  const timeZone = site?.timezone ?? 'Asia/Ho_Chi_Minh';

  function collect<Data>(name: CollectionName, schema: z.ZodType<Data>): Entry<Data>[] {
    const entries: Entry<Data>[] = [];
    const seen = new Map<string, SourceFile>();
    for (const source of sources[name]) {
      if (!SLUG_FILE_NAME.test(source.id)) {
        const slug = slugFromTitle(source.id);
        report(
          source,
          [],
          say.content.notSlug(path.basename(source.path)),
          slug ? say.content.renameTo(`${slug}${path.extname(source.path)}`) : say.content.slugRule,
        );
      }
      const normalizedId = source.id.normalize('NFC');
      const twin = seen.get(normalizedId);
      if (twin) {
        report(
          source,
          [],
          say.content.duplicateId(normalizedId, relative(twin.path)),
          say.content.duplicateIdHint,
        );
        continue;
      }
      seen.set(normalizedId, source);
      if (!source.isNfc) {
        report(source, [], say.content.notNfc, say.content.notNfcHint, 'warning');
      }
      if (source.body !== undefined && options.checkBodies !== false) {
        const { problems: bodyProblems, images } = inspectBody(
          source.body,
          source.bodyLine,
          say.body,
        );
        for (const problem of bodyProblems) {
          report(
            { path: source.path, lineOf: () => problem.line },
            ['body'],
            problem.message,
            problem.hint,
          );
        }
        for (const image of images) {
          const problem = fileProblem(source.path, image.src, 'image');
          if (problem)
            report(
              { path: source.path, lineOf: () => image.line },
              ['body'],
              problem.message,
              problem.hint,
            );
        }
      }
      const data = parse(source, schema, REFERENCES[name]);
      if (data !== undefined) entries.push({ id: normalizedId, file: source.path, data });
    }
    return entries;
  }

  const content = {
    site: site!,
    articles: collect('articles', ArticleSchema(timeZone)),
    series: collect('series', SeriesSchema),
    districts: collect('districts', DistrictSchema),
    models: collect('models', ModelSchema),
    people: collect('people', PersonSchema),
    authors: collect('authors', AuthorSchema),
    topics: collect('topics', TopicSchema),
  };

  // Every file counts as existing, even one with its own errors, so that one mistake is
  // reported once and not again at every reference to it.
  const ids = (name: ReferencedCollection) =>
    new Set(sources[name].map((source) => source.id.normalize('NFC')));
  const known = {
    series: ids('series'),
    districts: ids('districts'),
    models: ids('models'),
    people: ids('people'),
    authors: ids('authors'),
    topics: ids('topics'),
  };
  // References are checked on the raw data of every readable file, valid or not, so that
  // one run reports every problem.
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
          report(
            source,
            Array.isArray(value) ? [field, index] : [field],
            say.content.unknown(say.collections[collection], id),
            suggestions.length
              ? say.didYouMean(quoteIds(suggestions))
              : say.content.addOrUse(`${collection}/${id}.yaml`),
          );
        });
      }
    }
  }

  // The shared components of article bodies: required props, and the ids that cards name.
  for (const source of sources.articles) {
    if (source.body === undefined) continue;
    for (const problem of componentProblems(
      source.body,
      source.bodyLine,
      known,
      (id, among) => closestIds(id, among),
      say,
    )) {
      report(
        { path: source.path, lineOf: () => problem.line },
        [problem.field],
        problem.message,
        problem.hint,
      );
    }
  }

  const sourceOf = new Map(sources.articles.map((source) => [source.path, source]));
  for (const name of ['series'] as const)
    for (const source of sources[name]) sourceOf.set(source.path, source);
  const at = (entry: Entry<unknown>) => sourceOf.get(entry.file)!;
  for (const article of content.articles) {
    const data = article.data;
    const named = [
      ['cover', data.cover?.src, 'image'],
      ['audio', data.audio?.src, 'audio'],
    ] as const;
    for (const [field, src, kind] of named) {
      const problem = src === undefined ? undefined : fileProblem(article.file, src, kind);
      if (problem) report(at(article), [field, 'src'], problem.message, problem.hint);
    }
  }
  checkSeriesParts(content, sources.articles, at, report, say.content);

  const usable = site !== undefined && !problems.some((p) => p.severity === 'error');
  return { content: usable ? content : undefined, problems };
}

type Report = (
  source: SourceFile,
  field: (string | number)[],
  message: string,
  hint?: string,
  severity?: Problem['severity'],
) => void;

/** Every series has a part (valid or not); parts that are not drafts have distinct numbers; gaps warn. */
function checkSeriesParts(
  content: Content,
  articles: SourceFile[],
  at: (entry: Entry<unknown>) => SourceFile,
  report: Report,
  say: ToolMessages['content'],
): void {
  const named = new Set(articles.map((source) => valueAt(source.data, ['series'])));
  // Grouped once: filtering every article for each series was quadratic (2 s at 10,000).
  const partsOf = new Map<string, Entry<ArticleData>[]>();
  for (const article of content.articles) {
    const id = article.data.series;
    if (id === undefined || article.data.draft) continue;
    const parts = partsOf.get(id);
    if (parts) parts.push(article);
    else partsOf.set(id, [article]);
  }
  for (const series of content.series) {
    const parts = partsOf.get(series.id) ?? [];
    if (!named.has(series.id)) {
      report(
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
        report(
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
        report(at(series), ['parts'], say.missingPart(part), say.missingPartHint, 'warning');
      }
    }
  }
}

/** A path relative to `root`, or absolute when it lies outside it. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') ? relative : file;
}
