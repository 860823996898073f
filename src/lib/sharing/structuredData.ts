/**
 * Structured data (JSON-LD) for search engines, typed with schema-dts so that a misspelt
 * property or a wrong type fails the typecheck. Only published articles ever appear in it.
 */
import type {
  AdministrativeArea,
  BreadcrumbList,
  Graph,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Organization,
  Person,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type { Archive, Article } from '../content/archive.ts';
import { districtLabel } from '../content/districtLabel.ts';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  districtPath,
  modelPath,
  personPath,
  searchPath,
  seriesPath,
} from '../shared/paths.ts';
import type { Entry } from '../content/validateContent.ts';
import type { AuthorData, Site } from '#src/schemas/index.ts';
import type { Crumb } from './breadcrumbs.ts';
import { isoInTimeZone, modifiedDate } from './isoDate.ts';
import { pageImage, type ShareImage } from './pageCard.ts';

/** The newspaper's logo: the square PNG the feeds already use (Google wants a raster logo). */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 144, height: 144 } as const;

/** The newspaper as an organisation, with its logo; `@id` lets other nodes point at it. */
export function publisherLd(site: Site): NewsMediaOrganization {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl(site.url, '/')}#publisher`,
    name: site.publisher,
    url: absoluteUrl(site.url, '/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.url, PUBLISHER_LOGO.path),
      width: `${PUBLISHER_LOGO.width}`,
      height: `${PUBLISHER_LOGO.height}`,
    },
  };
}

/** The home page's graph: the newspaper, and the site with its search box (/tim-kiem/?q=...). */
export function homePageLd(site: Site): Graph {
  const home = absoluteUrl(site.url, '/');
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    // The search page reads its query from "q" (src/lib/search/searchParams.ts).
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(site.url, searchPath())}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': `${home}#website`,
    name: site.name,
    description: site.description,
    url: home,
    inLanguage: site.language,
    publisher: { '@id': `${home}#publisher` },
    potentialAction: search,
  };
  return { '@context': 'https://schema.org', '@graph': [publisherLd(site), website] };
}

/** The trail of a page as a BreadcrumbList; undefined for the home page, which has no trail. */
export function breadcrumbListLd(
  site: Site,
  crumbs: readonly Crumb[],
): WithContext<BreadcrumbList> | undefined {
  if (crumbs.length < 2) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site.url, crumb.path),
    })),
  };
}

const DESK_WORDS = /^(ban|nhóm|phòng|tổ|bộ phận|báo|đài|tòa soạn|toà soạn)\s/iu;

/**
 * Whether a byline is a person or a desk ("Ban Biên tập", "Nhóm phóng viên cơ sở"), read from
 * its name or role. The author schema has no such field yet; one would replace this guess.
 */
export function authorKind(author: AuthorData): 'Person' | 'Organization' {
  const starts = (text: string | undefined) => DESK_WORDS.test(`${text ?? ''} `);
  return starts(author.name) || starts(author.role) ? 'Organization' : 'Person';
}

function authorLd(
  archive: Archive,
  article: Article,
): Person | Organization | NewsMediaOrganization {
  const author = article.data.author ? archive.authorById.get(article.data.author) : undefined;
  if (!author) return publisherLd(archive.site);
  return bylineLd(archive.site, author);
}

function bylineLd(site: Site, author: Entry<AuthorData>): Person | Organization {
  const url = absoluteUrl(site.url, authorPath(author.id));
  if (authorKind(author.data) === 'Organization') {
    return { '@type': 'Organization', name: author.data.name, url };
  }
  return {
    '@type': 'Person',
    name: author.data.name,
    url,
    ...(author.data.role ? { jobTitle: author.data.role } : {}),
  };
}

/**
 * An article as a NewsArticle. `images` are the cover's 16:9, 4:3 and 1:1 crops (absolute URLs,
 * made by the image pipeline); an article without a cover passes none and gets its card.
 * Undefined for an unpublished article (the live preview), which must never be described.
 */
export function newsArticleLd(
  archive: Archive,
  article: Article,
  images: readonly Pick<ShareImage, 'url' | 'width' | 'height'>[] = [],
): WithContext<NewsArticle> | undefined {
  if (!article.published) return undefined;
  const { site } = archive;
  const { data } = article;
  const url = (path: string) => absoluteUrl(site.url, path);
  // Every article with a cover has crops of it, however small; its card is drawn only when the
  // cover is too small for a link preview, so a cover without crops is a wiring mistake.
  if (data.cover && !images.length) {
    throw new Error(`newsArticleLd: pass the cover crops of article "${article.id}"`);
  }
  const pictures = images.length ? images : [pageImage(archive, { kind: 'article', article })];
  const series = data.series ? archive.seriesById.get(data.series) : undefined;
  const districts = data.districts.flatMap((id) => archive.districtById.get(id) ?? []);
  const about: Thing[] = [
    ...data.models
      .flatMap((id) => archive.modelById.get(id) ?? [])
      .map((model): Thing => ({
        '@type': 'Thing',
        name: model.data.name,
        url: url(modelPath(model.id)),
      })),
    ...data.people
      .flatMap((id) => archive.personById.get(id) ?? [])
      .map((person): Person => ({
        '@type': 'Person',
        name: person.data.name,
        url: url(personPath(person.id)),
        jobTitle: person.data.role,
      })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url(articlePath(article.id))}#article`,
    headline: data.title,
    description: data.description,
    url: url(articlePath(article.id)),
    mainEntityOfPage: url(articlePath(article.id)),
    inLanguage: site.language,
    image: pictures.map((picture): ImageObject => ({
      '@type': 'ImageObject',
      url: picture.url,
      width: `${picture.width}`,
      height: `${picture.height}`,
    })),
    datePublished: isoInTimeZone(data.pubDate, site.timezone),
    dateModified: isoInTimeZone(modifiedDate(article), site.timezone),
    author: authorLd(archive, article),
    publisher: publisherLd(site),
    isAccessibleForFree: true,
    // Absent facts are left undefined rather than spread in, so that every property name is
    // checked against schema-dts; JSON.stringify drops them.
    isPartOf: series && {
      '@type': 'CreativeWorkSeries',
      name: series.data.title,
      url: url(seriesPath(series.id)),
    },
    position: series && data.part,
    contentLocation: districts.length
      ? districts.map((district): AdministrativeArea => ({
          '@type': 'AdministrativeArea',
          name: districtLabel(district.data),
          url: url(districtPath(district.id)),
          containedInPlace: { '@type': 'AdministrativeArea', name: district.data.province },
        }))
      : undefined,
    about: about.length ? about : undefined,
    correction: data.corrections.length
      ? data.corrections.map((correction) => ({
          '@type': 'CorrectionComment',
          text: correction.text,
          datePublished: isoInTimeZone(correction.date, site.timezone),
        }))
      : undefined,
  };
}

/** The text of a `<script type="application/ld+json">`: "<" escaped so "</script>" in a title cannot end it. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
