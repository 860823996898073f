import { describe, expect, test } from 'vitest';
import { breadcrumbs } from '#src/lib/sharing/breadcrumbs.ts';
import {
  authorKind,
  breadcrumbListLd,
  homePageLd,
  jsonLdScript,
  newsArticleLd,
} from '#src/lib/sharing/structuredData.ts';
import { archive, get } from './sharingArchive.ts';

const site = 'https://luutru.example.vn';
const crops = [
  { url: `${site}/_astro/anh-16x9.jpg`, width: 1200, height: 675 },
  { url: `${site}/_astro/anh-4x3.jpg`, width: 1200, height: 900 },
  { url: `${site}/_astro/anh-1x1.jpg`, width: 1200, height: 1200 },
];

describe('newsArticleLd', () => {
  const part2 = JSON.parse(JSON.stringify(newsArticleLd(archive, get('bai-2'), crops)));

  test('describes a part of a series with its place in it, its dates at +07:00 and its crops', () => {
    expect(part2).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp',
      url: `${site}/bai-viet/bai-2/`,
      inLanguage: 'vi',
      datePublished: '2023-05-18T07:00:00+07:00',
      dateModified: '2023-05-19T08:00:00+07:00',
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: 'Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
        url: `${site}/chuyen-de/hoc-va-lam-theo-bac/`,
      },
      position: 2,
    });
    expect(part2.image.map((image: { url: string }) => image.url)).toEqual(crops.map((c) => c.url));
  });

  test('names the newspaper, with its logo, as publisher and as author when there is no byline', () => {
    expect(part2.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Báo Bắc Kạn',
      logo: { '@type': 'ImageObject', url: `${site}/logo.png` },
    });
    expect(part2.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Báo Bắc Kạn' });
  });

  test('places the story in its districts and says which models and people it is about', () => {
    expect(part2.contentLocation).toEqual([
      {
        '@type': 'AdministrativeArea',
        name: 'Huyện Chợ Đồn',
        url: `${site}/dia-phuong/cho-don/`,
        containedInPlace: { '@type': 'AdministrativeArea', name: 'Bắc Kạn' },
      },
    ]);
    expect(part2.about).toEqual([
      { '@type': 'Thing', name: 'Quỹ', url: `${site}/mo-hinh/quy/` },
      {
        '@type': 'Person',
        name: 'Hà Văn Đức',
        url: `${site}/nhan-vat/ha-van-duc/`,
        jobTitle: 'Nông dân',
      },
    ]);
  });

  test('lists each correction with its date', () => {
    expect(part2.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Sửa số xã: 60, không phải 61.',
        datePublished: '2023-05-19T08:00:00+07:00',
      },
    ]);
  });

  test('links a byline to its author page, as a desk or a person', () => {
    const part1 = newsArticleLd(archive, get('bai-1'))!;
    expect(part1.author).toEqual({
      '@type': 'Organization',
      name: 'Ban Biên tập',
      url: `${site}/tac-gia/ban-bien-tap/`,
    });
    expect(newsArticleLd(archive, get('chuyen-o-na-ri'))!.author).toEqual({
      '@type': 'Person',
      name: 'Lê Văn An',
      url: `${site}/tac-gia/le-van-an/`,
      jobTitle: 'Phóng viên',
    });
  });

  test('shows the card of an article without a cover, and leaves out what it does not have', () => {
    const story = JSON.parse(JSON.stringify(newsArticleLd(archive, get('chuyen-o-na-ri'))));
    expect(story.image).toEqual([
      expect.objectContaining({
        url: expect.stringMatching(
          /^https:\/\/luutru\.example\.vn\/anh-chia-se\/[0-9a-f]{64}\.png$/,
        ),
        width: '1200',
        height: '630',
      }),
    ]);
    for (const key of ['isPartOf', 'position', 'contentLocation', 'about', 'correction'])
      expect(story).not.toHaveProperty(key);
  });

  test('refuses an article with a cover but no crops, whose card is never drawn', () => {
    expect(() => newsArticleLd(archive, get('bai-2'))).toThrow(/cover crops of article "bai-2"/);
  });

  test('says nothing about an unpublished article', () => {
    const draft = { ...get('bai-1'), id: 'nhap', published: false };
    expect(newsArticleLd(archive, draft)).toBeUndefined();
  });
});

describe('authorKind', () => {
  test('tells a desk from a person by the first word of its name or role', () => {
    expect(authorKind({ name: 'Nhóm phóng viên cơ sở', invented: false })).toBe('Organization');
    expect(
      authorKind({
        name: 'Phóng viên Thời sự',
        role: 'Ban Thời sự, phụ trách tin bài',
        invented: false,
      }),
    ).toBe('Organization');
    expect(authorKind({ name: 'Bàn Thị Hoa', role: 'Phóng viên', invented: false })).toBe('Person');
  });
});

describe('breadcrumbListLd', () => {
  test('numbers the visible trail with absolute URLs', () => {
    const list = breadcrumbListLd(
      archive.site,
      breadcrumbs(archive, { kind: 'article', article: get('bai-2') }),
    );
    expect(list!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Chuyên đề', item: `${site}/chuyen-de/` },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
        item: `${site}/chuyen-de/hoc-va-lam-theo-bac/`,
      },
      { '@type': 'ListItem', position: 4, name: 'Bài 2', item: `${site}/bai-viet/bai-2/` },
    ]);
  });

  test('gives the home page none', () => {
    expect(breadcrumbListLd(archive.site, breadcrumbs(archive, { kind: 'home' }))).toBeUndefined();
  });
});

describe('homePageLd', () => {
  test('names the newspaper and the site, with a search box that fills "q" on /tim-kiem/', () => {
    const [publisher, website] = JSON.parse(jsonLdScript(homePageLd(archive.site)))['@graph'];
    expect(publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      '@id': `${site}/#publisher`,
    });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      name: 'Kho lưu trữ Báo Bắc Kạn',
      url: `${site}/`,
      publisher: { '@id': `${site}/#publisher` },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${site}/tim-kiem/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('jsonLdScript', () => {
  test('escapes "<" so that a "</script>" in the text cannot end the script block', () => {
    const text = jsonLdScript({ description: 'BBK - Những việc làm </script> cụ thể.' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ description: 'BBK - Những việc làm </script> cụ thể.' });
  });
});
