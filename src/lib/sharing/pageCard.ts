/** Which card each page shares, where the card lives, and the picture facts the meta tags need. */
import { t } from '#src/i18n/vi.ts';
import type { Archive, Article } from '../content/archive.ts';
import { districtLabel } from '../content/districtLabel.ts';
import { absoluteUrl, cardImagePath } from '../shared/paths.ts';
import type { Site } from '#src/schemas/index.ts';
import { seriesContext } from '../content/seriesContext.ts';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './shareCard.ts';
import { cardKey } from './shareCardCache.ts';
import { sharedPages, type SharedPage } from './sharedPage.ts';

/** A picture for link previews: an absolute URL, its size in pixels and its alt text. */
export type ShareImage = { url: string; width: number; height: number; alt: string; type?: string };

/** Where a card is served. Named by its content, so a changed card gets a new URL (previews cache by URL). */
export const shareCardPath = (card: ShareCard) => cardImagePath(cardKey(card));

/** The words on the card of a page. */
export function shareCardFor(archive: Archive, page: SharedPage): ShareCard {
  const { site } = archive;
  const card = (title: string, kicker?: string, subtitle?: string): ShareCard => ({
    title,
    ...(kicker ? { kicker } : {}),
    ...(subtitle ? { subtitle } : {}),
    publisher: site.publisher,
    site: new URL(site.url).host,
  });
  switch (page.kind) {
    case 'home':
      return card(site.name, undefined, site.description);
    case 'article': {
      const context = seriesContext(archive, page.article);
      if (context) {
        const { part, total } = context.position;
        const kicker = t.sharing.partOfSeries(
          t.series.kicker(part, total),
          context.series.data.title,
        );
        return card(page.article.data.title, kicker);
      }
      const topic = page.article.data.topics.map((id) => archive.topicById.get(id)?.data.name)[0];
      return card(page.article.data.title, topic);
    }
    case 'seriesIndex':
      return card(t.titles.seriesIndex, site.name, t.titles.seriesIndexDescription);
    case 'series': {
      const { data, articles } = page.series;
      const status = data.status === 'complete' ? t.series.complete : t.series.ongoing;
      const published = articles.filter((article) => article.published).length;
      return card(data.title, t.nav.series, `${t.series.parts(published)} · ${status}`);
    }
    case 'districtIndex':
      return card(
        t.titles.districtIndex,
        site.name,
        t.titles.districtIndexDescription(site.province),
      );
    case 'district':
      return card(districtLabel(page.district.data), t.nav.districts, page.district.data.province);
    case 'modelIndex':
      return card(t.titles.modelIndex, site.name, t.titles.modelIndexDescription);
    case 'model':
      return card(page.model.data.name, t.nav.models, page.model.data.organization);
    case 'personIndex':
      return card(t.titles.personIndex, site.name, t.titles.personIndexDescription);
    case 'person':
      return card(page.person.data.name, t.nav.people, page.person.data.role);
    case 'topicIndex':
      return card(t.titles.topicIndex, site.name, t.titles.topicIndexDescription);
    case 'topic':
      return card(page.topic.data.name, t.nav.topics, page.topic.data.description);
    case 'archiveIndex':
      return card(t.titles.archiveIndex, site.name, t.titles.archiveIndexDescription);
    case 'year':
      return card(t.titles.year(page.year), t.nav.archive);
    case 'authorIndex':
      return card(t.sharing.authors, site.name, t.sharing.authorIndexDescription);
    case 'author':
      return card(page.author.data.name, t.sharing.author, page.author.data.role);
    case 'search':
      return card(t.search.title, site.name, t.search.description);
    case 'feeds':
      return card(t.feeds.pageTitle, site.name, t.feeds.pageDescription);
  }
}

/** The preview picture facts of a card. */
export function shareCardImage(site: Site, card: ShareCard): ShareImage {
  return {
    url: absoluteUrl(site.url, shareCardPath(card)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: t.sharing.cardAlt(card.title, card.publisher),
    type: 'image/png',
  };
}

/**
 * The picture a page shares: an article's cover, cropped to 1.91:1 by the image pipeline and
 * passed in by its page when the cover is large enough (see sharesCover), else the page's card.
 */
export function pageImage(archive: Archive, page: SharedPage, cover?: ShareImage): ShareImage {
  if (page.kind === 'article' && cover) return cover;
  return shareCardImage(archive.site, shareCardFor(archive, page));
}

/** Whether an article shares its cover rather than a card; by default, whenever it has one. */
export type SharesCover = (article: Article) => boolean;

/**
 * Every card of the archive once, for the endpoint that writes them: `[key].png` params and props.
 * Published pages only (sharedPages): no card is ever drawn for an unpublished article.
 */
export function shareCardRoutes(
  archive: Archive,
  sharesCover: SharesCover = (article) => Boolean(article.data.cover),
): { params: { key: string }; props: { card: ShareCard } }[] {
  const cards = new Map<string, ShareCard>();
  for (const page of sharedPages(archive)) {
    // An article that shares its photo never asks for its card.
    if (page.kind === 'article' && sharesCover(page.article)) continue;
    const card = shareCardFor(archive, page);
    cards.set(cardKey(card), card);
  }
  return [...cards].map(([key, card]) => ({ params: { key }, props: { card } }));
}
