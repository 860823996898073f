/**
 * `npm run import`: the pure part. Reads an article copied as plain text from the newspaper's
 * old website and plans its MDX file (and, for a series not yet in the archive, its YAML file).
 */
import path from 'node:path';
import type { ToolMessages } from '#src/i18n/vi.ts';
import { parseArchiveDate, yearOf } from '#src/lib/shared/dates.ts';
import { foldVietnamese } from '#src/lib/shared/vietnamese.ts';
import {
  DESCRIPTION_PLACEHOLDER,
  articleFrontMatter,
  partsOf,
  yamlString,
  type ArticleFields,
} from './scaffoldArticle.ts';
import { slugFromTitle, uniqueSlug } from '#src/lib/shared/slug.ts';
import type { Content } from '#src/lib/content/validateContent.ts';
import { mdxBody } from './mdxEscape.ts';
import { parseLegacyText, splitSeriesHeading, type PartTitle } from './legacyText.ts';

export { escapeMdxLine, mdxBody } from './mdxEscape.ts';
export {
  dateFromLine,
  parseLegacyText,
  splitSeriesHeading,
  type LegacyText,
  type PartTitle,
} from './legacyText.ts';

/** The folder of imported articles whose date is unknown. */
export const UNDATED_FOLDER = 'chua-ro-ngay';

/** The pubDate written when the date is unknown: the schema needs one, a person replaces it. */
export const PLACEHOLDER_DATE = '2000-01-01';

/** A new series' description until a person writes one. */
export const SERIES_DESCRIPTION_PLACEHOLDER = 'Viết mô tả loạt bài ở đây';

/** A title folded for comparison: no marks, lower case, punctuation as single spaces. */
export function titleKey(title: string): string {
  return foldVietnamese(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text with their positions. */
function words(text: string): { word: string; folded: string; start: number; end: number }[] {
  return [...text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => {
    const start = match.index ?? 0;
    return {
      word: match[0],
      folded: foldVietnamese(match[0]),
      start,
      end: start + match[0].length,
    };
  });
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The ids of the entries whose name the text contains as whole words, compared folded (any
 * marks, NFC or NFD, any case), except that a capitalised word of a name after its first
 * ("Chợ Mới", "thành phố Bắc Kạn") must be capitalised in the text too: "chợ mới" is no place.
 */
export function namedIds(text: string, entries: readonly { id: string; name: string }[]): string[] {
  const textWords = words(text);
  const normalized = text.normalize('NFC');
  const contains = (nameWords: ReturnType<typeof words>) =>
    textWords.some((_, start) =>
      nameWords.every((nameWord, k) => {
        const word = textWords[start + k];
        if (!word || word.folded !== nameWord.folded) return false;
        if (k > 0 && isCapitalised(nameWord.word) && !isCapitalised(word.word)) return false;
        return k === 0 || /^\s+$/.test(normalized.slice(textWords[start + k - 1].end, word.start));
      }),
    );
  return entries
    .filter((entry) => {
      const nameWords = words(entry.name);
      return nameWords.length > 0 && contains(nameWords);
    })
    .map((entry) => entry.id);
}

/** What the importer needs besides the text. */
export type ImportOptions = {
  /** The content folder. */
  contentDir: string;
  /** The legacy file's name, quoted in a comment. */
  sourceName: string;
  /** Where to write the article instead of articles/<year or chua-ro-ngay>/. */
  outDir?: string;
  /** Article ids taken besides the content's (files written earlier in the same run). */
  takenIds?: ReadonlySet<string>;
  /** Whether a file exists, to refuse overwriting it. */
  fileExists: (file: string) => boolean;
  /** Replace an existing article file. */
  force?: boolean;
  /** The words of errors, the to-do list and the files' comments (src/i18n). */
  say: ToolMessages;
};

/** The series an imported part belongs to. */
export type ImportedSeries = { id: string; title: string; isNew: boolean; file: string };

/** What the importer inferred and the files it would write. */
export type ImportPlan = {
  id: string;
  title: string;
  description: string;
  /** The date from the text; undefined when unknown. */
  pubDate?: string;
  series?: ImportedSeries;
  part?: number;
  districts: string[];
  models: string[];
  /** What a person must fill in or check; any makes the article a draft. */
  todo: string[];
  article: { file: string; text: string };
  /** The new series' YAML file, when the series is not in the archive yet. */
  newSeries?: { file: string; text: string };
};

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

/** Plans the MDX article (and maybe a series file) for one legacy text. */
export function planImport(text: string, content: Content, options: ImportOptions): ImportResult {
  const say = options.say.import;
  const legacy = parseLegacyText(text);
  if (!legacy.heading) return { ok: false, errors: [say.empty(options.sourceName)] };
  const timeZone = content.site.timezone;
  const heading = splitSeriesHeading(legacy.heading);
  const title = heading?.title ?? legacy.heading;
  const todo: string[] = [];

  let instant: Date | undefined;
  if (legacy.date) {
    const parsed = parseArchiveDate(legacy.date, timeZone, options.say.dates);
    if (typeof parsed === 'string') todo.push(say.badDate(parsed));
    else instant = parsed;
  }
  const pubDate = instant ? legacy.date : undefined;
  if (!legacy.date) todo.push(say.noDate(PLACEHOLDER_DATE));

  const description = legacy.lead ?? DESCRIPTION_PLACEHOLDER;
  if (legacy.lead === undefined) todo.push(say.noLead);
  else if (!legacy.hadDateline) todo.push(say.noDateline);
  if (!legacy.body.length) todo.push(say.noBody);

  const series = heading
    ? findOrCreateSeries(heading.seriesTitle, content, options.contentDir)
    : undefined;
  if (series?.isNew) todo.push(say.newSeriesTodo(path.basename(series.file)));

  const folder =
    options.outDir ??
    path.join(
      options.contentDir,
      'articles',
      instant ? String(yearOf(instant, timeZone)) : UNDATED_FOLDER,
    );
  const baseId = slugFromTitle(title);
  if (!baseId) return { ok: false, errors: [options.say.new.titleWithoutLetters(title)] };
  const sameFile = path.join(folder, `${baseId}.mdx`);
  if (options.fileExists(sameFile) && !options.force) {
    return { ok: false, errors: [say.exists(sameFile)] };
  }
  const taken = new Set([
    ...content.articles.map((article) => article.id),
    ...(options.takenIds ?? []),
  ]);
  const id = options.fileExists(sameFile) ? baseId : uniqueSlug(baseId, taken);
  const file = path.join(folder, `${id}.mdx`);

  if (series && !series.isNew) {
    const twin = partsOf(series.id, content.articles).find(
      (article) =>
        article.data.part === heading!.part && path.resolve(article.file) !== path.resolve(file),
    );
    if (twin) todo.push(say.partTaken(heading!.part, series.id, path.basename(twin.file)));
  }

  const fullText = [legacy.heading, legacy.lead ?? '', ...legacy.body].join('\n');
  const districts = namedIds(
    fullText,
    content.districts.map((d) => ({ id: d.id, name: d.data.name })),
  );
  const models = namedIds(
    fullText,
    content.models.map((m) => ({ id: m.id, name: m.data.name })),
  );

  const fields: ArticleFields = {
    title,
    description,
    pubDate: pubDate ?? PLACEHOLDER_DATE,
    series: series?.id,
    part: heading?.part,
    districts,
    models,
    topics: [],
    draft: todo.length > 0,
  };
  const header = [
    say.header(options.sourceName),
    ...(todo.length ? [say.headerTodo, ...todo.map((item) => `- ${item}`)] : []),
  ];
  const frontMatter = articleFrontMatter(fields, {
    header,
    pubDate: pubDate ? undefined : say.datePlaceholder,
    description: legacy.lead === undefined ? say.leadPlaceholder : undefined,
  });
  const otherParts = legacy.otherParts.filter((part) => part.part !== heading?.part);
  return {
    ok: true,
    plan: {
      id,
      title,
      description,
      pubDate,
      series,
      part: heading?.part,
      districts,
      models,
      todo,
      article: { file, text: `${frontMatter}\n${mdxBody(legacy.body)}\n` },
      newSeries: series?.isNew
        ? {
            file: series.file,
            text: seriesYaml(
              series.title,
              otherParts,
              options.sourceName,
              legacy.body.includes('(Hết)'),
              say,
            ),
          }
        : undefined,
    },
  };
}

/** The series whose title folds like `title`, or a new one with a free id. */
export function findOrCreateSeries(
  title: string,
  content: Content,
  contentDir: string,
): ImportedSeries {
  const key = titleKey(title);
  const found = content.series.find((series) => titleKey(series.data.title) === key);
  if (found) return { id: found.id, title: found.data.title, isNew: false, file: found.file };
  const id = uniqueSlug(
    slugFromTitle(title) || 'loat-bai',
    new Set(content.series.map((series) => series.id)),
  );
  return { id, title, isNew: true, file: path.join(contentDir, 'series', `${id}.yaml`) };
}

/** A new series' YAML: status ongoing, the other parts the text names, a description to write. */
export function seriesYaml(
  title: string,
  parts: readonly PartTitle[],
  sourceName: string,
  ended: boolean,
  say: ToolMessages['import'],
): string {
  const sorted = [...parts].sort((a, b) => a.part - b.part);
  const lines = [
    `# ${say.seriesHeader(sourceName)}`,
    ...(ended ? [`# ${say.seriesEnded}`] : []),
    `title: ${yamlString(title)}`,
    `description: ${yamlString(SERIES_DESCRIPTION_PLACEHOLDER)}  # ${say.seriesDescription}`,
    'status: ongoing',
    ...(sorted.length
      ? [
          'parts:',
          ...sorted.map((part) => `  - { part: ${part.part}, title: ${yamlString(part.title)} }`),
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
