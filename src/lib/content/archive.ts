/** The archive as readers see it: published articles, grouped once and looked up by id. */
import type {
  ArticleData,
  AuthorData,
  DistrictData,
  ModelData,
  PersonData,
  SeriesData,
  Site,
  TopicData,
} from '#src/schemas/index.ts';
import { compareVietnamese } from '../shared/vietnamese.ts';
import { yearOf } from '../shared/dates.ts';
import { isPublished } from './publication.ts';
import { seriesParts, type SeriesPart } from './series.ts';
import type { Content, Entry } from './validateContent.ts';
import { appendTo } from '../shared/collections.ts';

/** An article as shown: its entry, its year and whether it is published. */
export type Article = Entry<ArticleData> & { year: number; published: boolean };

/** A series with its parts in order. */
export type Series = Entry<SeriesData> & {
  parts: SeriesPart<Article>[];
  /** Visible parts, in part order. */
  articles: Article[];
};

export type Archive = {
  site: Site;
  now: Date;
  /** Visible articles, newest first. */
  articles: Article[];
  /** Series with at least one visible part, most recently updated first. */
  series: Series[];
  districts: Entry<DistrictData>[];
  models: Entry<ModelData>[];
  people: Entry<PersonData>[];
  topics: Entry<TopicData>[];
  /** Authors with at least one visible article, by name: the authors who get a page. */
  authors: Entry<AuthorData>[];
  /** Years that have visible articles, newest first. */
  years: number[];
  articleById: Map<string, Article>;
  seriesById: Map<string, Series>;
  districtById: Map<string, Entry<DistrictData>>;
  modelById: Map<string, Entry<ModelData>>;
  personById: Map<string, Entry<PersonData>>;
  topicById: Map<string, Entry<TopicData>>;
  authorById: Map<string, Entry<AuthorData>>;
  /** Visible articles of each district, model, person, topic and year, newest first. */
  byDistrict: Map<string, Article[]>;
  byModel: Map<string, Article[]>;
  byPerson: Map<string, Article[]>;
  byTopic: Map<string, Article[]>;
  byYear: Map<number, Article[]>;
  /** Visible articles of each author, newest first; an article without an author is the publisher's. */
  byAuthor: Map<string, Article[]>;
  modelsByDistrict: Map<string, Entry<ModelData>[]>;
  peopleByDistrict: Map<string, Entry<PersonData>[]>;
};

type Options = {
  now: Date;
  /** Show drafts and scheduled articles too (the live preview only). */
  includeUnpublished?: boolean;
};

/** Newest first; ties broken by id so that every listing is deterministic. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}

/** Builds the reader's archive from validated content, applying the publication rule once. */
export function buildArchive(
  content: Content,
  { now, includeUnpublished = false }: Options,
): Archive {
  const timeZone = content.site.timezone;
  const articles = content.articles
    .map((entry) => ({
      ...entry,
      year: yearOf(entry.data.pubDate, timeZone),
      published: isPublished(entry, now),
    }))
    .filter((article) => article.published || includeUnpublished)
    .sort(compareNewestFirst);

  const byName = <D extends { name: string }>(a: Entry<D>, b: Entry<D>) =>
    compareVietnamese(a.data.name, b.data.name);
  const districts = [...content.districts].sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      byName(a, b),
  );

  // Grouped once: filtering every article for every series was quadratic (7.7 s at 10,000
  // articles and 750 series, 25 times that at 50,000; BENCHMARKS.md, "50,000 articles").
  const bySeries = groupByMany(articles, (article) =>
    article.data.series ? [article.data.series] : [],
  );
  const series = content.series
    .map((entry) => {
      const parts = [...(bySeries.get(entry.id) ?? [])].sort((a, b) => a.data.part! - b.data.part!);
      return { ...entry, parts: seriesParts(entry.data, parts), articles: parts };
    })
    .filter((entry) => entry.articles.length > 0)
    .sort(
      (a, b) =>
        Math.max(...b.articles.map((x) => x.data.pubDate.getTime())) -
          Math.max(...a.articles.map((x) => x.data.pubDate.getTime())) || a.id.localeCompare(b.id),
    );

  const byAuthor = groupByMany(articles, (article) =>
    article.data.author ? [article.data.author] : [],
  );

  return {
    site: content.site,
    now,
    articles,
    series,
    districts,
    models: [...content.models].sort(byName),
    people: [...content.people].sort(byName),
    topics: [...content.topics].sort(byName),
    authors: content.authors.filter((author) => byAuthor.has(author.id)).sort(byName),
    years: [...new Set(articles.map((article) => article.year))].sort((a, b) => b - a),
    articleById: indexById(articles),
    seriesById: indexById(series),
    districtById: indexById(content.districts),
    modelById: indexById(content.models),
    personById: indexById(content.people),
    topicById: indexById(content.topics),
    authorById: indexById(content.authors),
    byDistrict: groupByMany(articles, (article) => article.data.districts),
    byModel: groupByMany(articles, (article) => article.data.models),
    byPerson: groupByMany(articles, (article) => article.data.people),
    byTopic: groupByMany(articles, (article) => article.data.topics),
    byYear: groupByMany(articles, (article) => [article.year]),
    byAuthor,
    modelsByDistrict: groupByMany([...content.models].sort(byName), (model) =>
      model.data.district ? [model.data.district] : [],
    ),
    peopleByDistrict: groupByMany([...content.people].sort(byName), (person) =>
      person.data.district ? [person.data.district] : [],
    ),
  };
}

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Groups items under every key they carry, keeping the items' order. */
export function groupByMany<T, K>(
  items: readonly T[],
  keys: (item: T) => readonly K[],
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      appendTo(groups, key, [item]);
    }
  }
  return groups;
}
