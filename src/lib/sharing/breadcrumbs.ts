/** The trail from the home page to a page: shown above the page and given to search engines. */
import { t } from '#src/i18n/vi.ts';
import type { Archive } from '../content/archive.ts';
import { districtLabel } from '../content/districtLabel.ts';
import {
  archiveIndexPath,
  articlePath,
  authorIndexPath,
  authorPath,
  districtIndexPath,
  districtPath,
  feedIndexPath,
  homePath,
  modelIndexPath,
  modelPath,
  personIndexPath,
  personPath,
  searchPath,
  seriesIndexPath,
  seriesPath,
  topicIndexPath,
  topicPath,
  yearPath,
} from '../shared/paths.ts';
import type { SharedPage } from './sharedPage.ts';

/** One step of the trail: its label and its path. */
export type Crumb = { name: string; path: string };

const home: Crumb = { name: t.sharing.home, path: homePath() };
const sections = {
  series: { name: t.nav.series, path: seriesIndexPath() },
  districts: { name: t.nav.districts, path: districtIndexPath() },
  models: { name: t.nav.models, path: modelIndexPath() },
  people: { name: t.nav.people, path: personIndexPath() },
  topics: { name: t.nav.topics, path: topicIndexPath() },
  archive: { name: t.nav.archive, path: archiveIndexPath() },
  authors: { name: t.sharing.authors, path: authorIndexPath() },
} satisfies Record<string, Crumb>;

/**
 * The trail of a page, from "Trang chủ" to the page itself: Trang chủ › Chuyên đề › <series> ›
 * Bài 2 for a part of a series. The home page's trail is the home page alone (show none).
 */
export function breadcrumbs(archive: Archive, page: SharedPage): Crumb[] {
  return [home, ...below(archive, page)];
}

function below(archive: Archive, page: SharedPage): Crumb[] {
  switch (page.kind) {
    case 'home':
      return [];
    case 'article': {
      const { article } = page;
      const self = articlePath(article.id);
      const series = article.data.series ? archive.seriesById.get(article.data.series) : undefined;
      if (series) {
        return [
          sections.series,
          { name: series.data.title, path: seriesPath(series.id) },
          { name: t.series.part(article.data.part!), path: self },
        ];
      }
      // A story outside a series is found by its year, as in the archive's own listing.
      return [
        sections.archive,
        { name: t.titles.year(article.year), path: yearPath(article.year) },
        { name: article.data.title, path: self },
      ];
    }
    case 'seriesIndex':
      return [sections.series];
    case 'series':
      return [sections.series, { name: page.series.data.title, path: seriesPath(page.series.id) }];
    case 'districtIndex':
      return [sections.districts];
    case 'district':
      return [
        sections.districts,
        { name: districtLabel(page.district.data), path: districtPath(page.district.id) },
      ];
    case 'modelIndex':
      return [sections.models];
    case 'model':
      return [sections.models, { name: page.model.data.name, path: modelPath(page.model.id) }];
    case 'personIndex':
      return [sections.people];
    case 'person':
      return [sections.people, { name: page.person.data.name, path: personPath(page.person.id) }];
    case 'topicIndex':
      return [sections.topics];
    case 'topic':
      return [sections.topics, { name: page.topic.data.name, path: topicPath(page.topic.id) }];
    case 'archiveIndex':
      return [sections.archive];
    case 'year':
      return [sections.archive, { name: t.titles.year(page.year), path: yearPath(page.year) }];
    case 'authorIndex':
      return [sections.authors];
    case 'author':
      return [sections.authors, { name: page.author.data.name, path: authorPath(page.author.id) }];
    case 'search':
      return [{ name: t.search.title, path: searchPath() }];
    case 'feeds':
      return [{ name: t.feeds.pageTitle, path: feedIndexPath() }];
  }
}
