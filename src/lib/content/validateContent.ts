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
import { articleFileProblem, type ReadFileHead } from './articleFiles.ts';
import { formatField } from './describeIssues.ts';
import { REFERENCES } from './references.ts';
import type { Problem } from './problems.ts';
import {
  checkArticleFiles,
  checkComponents,
  checkReferences,
  checkSeriesParts,
  collectEntries,
  knownIds,
  parseSource,
  reportSiteMissing,
  sourceOfEntry,
  type Checker,
} from './checks.ts';

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

/** Validates every file and every reference; returns the content (when usable) and all problems. */
export function validateContent(
  sources: Sources,
  options: Options,
): { content: Content | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const c = checker(sources.siteFile, options, problems);
  if (!sources.site) {
    reportSiteMissing(c, sources.siteFile);
    return { content: undefined, problems };
  }
  const site = parseSource(c, sources.site, SiteSchema);
  const timeZone = site?.timezone ?? 'Asia/Ho_Chi_Minh';
  const checkBodies = options.checkBodies !== false;
  const collect = <Data>(name: CollectionName, schema: z.ZodType<Data>) =>
    collectEntries(c, sources[name], schema, REFERENCES[name], checkBodies);
  const content: Content = {
    site: site!,
    articles: collect('articles', ArticleSchema(timeZone)),
    series: collect('series', SeriesSchema),
    districts: collect('districts', DistrictSchema),
    models: collect('models', ModelSchema),
    people: collect('people', PersonSchema),
    authors: collect('authors', AuthorSchema),
    topics: collect('topics', TopicSchema),
  };
  const known = knownIds(sources);
  checkReferences(c, sources, known);
  checkComponents(c, sources.articles, known);
  const at = sourceOfEntry(sources);
  checkArticleFiles(c, content.articles, at);
  checkSeriesParts(c, content, sources.articles, at);

  const usable = site !== undefined && !problems.some((p) => p.severity === 'error');
  return { content: usable ? content : undefined, problems };
}

/** What the checks share: `options`' words and file reader, and `problems` to add to. */
function checker(siteFile: string, options: Options, problems: Problem[]): Checker {
  const relative = (file: string) => displayPath(options.root, file);
  const contentFolder = path.dirname(siteFile);
  const folder = { path: contentFolder, realPath: options.realContentDir ?? contentFolder };
  return {
    say: options.say,
    relative,
    report: (source, field, message, hint, severity = 'error') => {
      problems.push({
        file: relative(source.path),
        line: source.lineOf ? source.lineOf(field) : 1,
        field: formatField(field),
        message,
        hint,
        severity,
      });
    },
    fileProblem: (articleFile, src, kind) =>
      articleFileProblem(folder, articleFile, src, kind, options.readFileHead, options.say.files),
  };
}

/** A path relative to `root`, or absolute when it lies outside it. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') ? relative : file;
}
