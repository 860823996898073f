/** When each page last changed, for the `<lastmod>` of every sitemap entry. */
import type { Archive, Article } from '../archive.ts';
import { breadcrumbs } from './breadcrumbs.ts';
import { modifiedDate } from './isoDate.ts';
import { sharedPages, type SharedPage } from './sharedPage.ts';

/**
 * The last change of every page, by its path: an article's own update or correction; a listing's
 * newest change among its articles. A page with no article of its own (the home page, an index,
 * a person not yet written about) takes the archive's newest change: its links and counts move
 * with every new story, and the archive keeps no date for a YAML file.
 */
export function sitemapLastmods(archive: Archive): Map<string, Date> {
  const published = archive.articles.filter((article) => article.published);
  const newest = (articles: readonly Article[]) => {
    const times = articles.filter((a) => a.published).map((a) => modifiedDate(a).getTime());
    return times.length ? new Date(Math.max(...times)) : undefined;
  };
  const fallback = newest(published) ?? archive.now;
  const articlesOf = (page: SharedPage): readonly Article[] => {
    switch (page.kind) {
      case 'article':
        return [page.article];
      case 'series':
        return page.series.articles;
      case 'district':
        return archive.byDistrict.get(page.district.id) ?? [];
      case 'model':
        return archive.byModel.get(page.model.id) ?? [];
      case 'person':
        return archive.byPerson.get(page.person.id) ?? [];
      case 'topic':
        return archive.byTopic.get(page.topic.id) ?? [];
      case 'year':
        return archive.byYear.get(page.year) ?? [];
      case 'author':
        return published.filter((article) => article.data.author === page.author.id);
      default:
        return published;
    }
  };
  return new Map(
    sharedPages(archive).map((page) => [
      breadcrumbs(archive, page).at(-1)!.path,
      newest(articlesOf(page)) ?? fallback,
    ]),
  );
}

/** The last change of the page at `path` (a listing's later pages, ".../trang/2/", count as it). */
export function lastmodOf(lastmods: Map<string, Date>, path: string): Date | undefined {
  return lastmods.get(path) ?? lastmods.get(path.replace(/trang\/\d+\/$/, ''));
}
