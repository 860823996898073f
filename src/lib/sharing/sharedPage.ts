/**
 * Which page is being shown, as the archive knows it: the one input from which the sharing
 * modules give a page its breadcrumb, its share card and its structured data.
 */
import type { Archive, Article, Series } from '../content/archive.ts';
import type { Entry } from '../content/validateContent.ts';
import type {
  AuthorData,
  DistrictData,
  ModelData,
  PersonData,
  TopicData,
} from '#src/schemas/index.ts';

/** A page of the site; a paged listing's later pages are the same page. */
export type SharedPage =
  | { kind: 'home' }
  | { kind: 'article'; article: Article }
  | { kind: 'seriesIndex' }
  | { kind: 'series'; series: Series }
  | { kind: 'districtIndex' }
  | { kind: 'district'; district: Entry<DistrictData> }
  | { kind: 'modelIndex' }
  | { kind: 'model'; model: Entry<ModelData> }
  | { kind: 'personIndex' }
  | { kind: 'person'; person: Entry<PersonData> }
  | { kind: 'topicIndex' }
  | { kind: 'topic'; topic: Entry<TopicData> }
  | { kind: 'archiveIndex' }
  | { kind: 'year'; year: number }
  | { kind: 'authorIndex' }
  | { kind: 'author'; author: Entry<AuthorData> }
  | { kind: 'search' }
  | { kind: 'feeds' };

/** Every page the archive has, each once (published articles only): what the cards are drawn for. */
export function sharedPages(archive: Archive): SharedPage[] {
  const published = archive.articles.filter((article) => article.published);
  const authorIds = new Set(published.flatMap((article) => article.data.author ?? []));
  return [
    ...(authorIds.size ? [{ kind: 'authorIndex' as const }] : []),
    { kind: 'home' },
    { kind: 'seriesIndex' },
    { kind: 'districtIndex' },
    { kind: 'modelIndex' },
    { kind: 'personIndex' },
    { kind: 'topicIndex' },
    { kind: 'archiveIndex' },
    { kind: 'search' },
    { kind: 'feeds' },
    ...published.map((article) => ({ kind: 'article' as const, article })),
    ...archive.series
      .filter((series) => series.articles.some((article) => article.published))
      .map((series) => ({ kind: 'series' as const, series })),
    ...archive.districts.map((district) => ({ kind: 'district' as const, district })),
    ...archive.models.map((model) => ({ kind: 'model' as const, model })),
    ...archive.people.map((person) => ({ kind: 'person' as const, person })),
    ...archive.topics.map((topic) => ({ kind: 'topic' as const, topic })),
    ...[...new Set(published.map((article) => article.year))].map((year) => ({
      kind: 'year' as const,
      year,
    })),
    ...archive.authors
      .filter((author) => authorIds.has(author.id))
      .map((author) => ({ kind: 'author' as const, author })),
  ];
}
