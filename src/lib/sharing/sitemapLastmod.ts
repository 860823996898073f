/** When each page last changed, for the `<lastmod>` of every sitemap entry. */
import type { Archive, Article } from '../content/archive.ts';
import { breadcrumbs } from './breadcrumbs.ts';
import { modifiedDate } from './isoDate.ts';
import { sharedPages, type SharedPage } from './sharedPage.ts';

/** The path of a page's first (or only) page: the last step of its trail. */
export function sharedPagePath(archive: Archive, page: SharedPage): string {
  return breadcrumbs(archive, page).at(-1)!.path;
}

/** The stories a paged listing shows (district, model, person, topic, year, author); undefined for other pages. */
export function listingArticles(
  archive: Archive,
  page: SharedPage,
): readonly Article[] | undefined {
  switch (page.kind) {
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
      return archive.byAuthor.get(page.author.id) ?? [];
    default:
      return undefined;
  }
}

/** The newest change among some of the archive's published articles (undefined: none). */
export type NewestChange = (articles: readonly Article[]) => Date | undefined;

/**
 * The newest change among articles, each article's time worked out once: it is in several
 * listings and on several of their pages (0.5 s at 10,000 articles otherwise).
 */
export function newestChanges(archive: Archive): NewestChange {
  const published = archive.articles.filter((article) => article.published);
  const times = new Map(published.map((article) => [article, modifiedDate(article).getTime()]));
  // A loop rather than Math.max(...times): spreading 100,000 arguments overflows the stack.
  return (articles) => {
    let latest: number | undefined;
    for (const article of articles) {
      const time = times.get(article);
      if (time === undefined) continue;
      if (latest === undefined || time > latest) latest = time;
    }
    return latest === undefined ? undefined : new Date(latest);
  };
}

/**
 * The last change of every page, by its path: an article's own update or correction; a listing's
 * newest change among its articles. A page with no article of its own (the home page, an index,
 * a person not yet written about) takes the archive's newest change: its links and counts move
 * with every new story, and the archive keeps no date for a YAML file.
 */
export function sitemapLastmods(
  archive: Archive,
  newest: NewestChange = newestChanges(archive),
): Map<string, Date> {
  const published = archive.articles.filter((article) => article.published);
  const fallback = newest(published) ?? archive.now;
  const articlesOf = (page: SharedPage): readonly Article[] => {
    if (page.kind === 'article') return [page.article];
    if (page.kind === 'series') return page.series.articles;
    return listingArticles(archive, page) ?? [];
  };
  return new Map(
    sharedPages(archive).map((page) => [
      sharedPagePath(archive, page),
      newest(articlesOf(page)) ?? fallback,
    ]),
  );
}

/** The last change of the page at `path` (a listing's later pages, ".../trang/2/", count as it). */
export function lastmodOf(lastmods: Map<string, Date>, path: string): Date | undefined {
  return lastmods.get(path) ?? lastmods.get(path.replace(/trang\/\d+\/$/, ''));
}
