import { describe, expect, test } from 'vitest';
import { articleFacts, openGraphTags } from '#src/lib/sharing/openGraph.ts';
import { archive, get } from './sharingArchive.ts';

const image = {
  url: 'https://luutru.example.vn/anh-chia-se/abc.png',
  width: 1200,
  height: 630,
  alt: 'Người hiến đất ở Na Rì (Báo Bắc Kạn)',
  type: 'image/png',
};
const page = {
  title: 'Người hiến đất ở Na Rì',
  description: 'BBK - Sa-pô.',
  url: 'https://luutru.example.vn/bai-viet/chuyen-o-na-ri/',
  siteName: 'Kho lưu trữ Báo Bắc Kạn',
  image,
};
const content = (tags: ReturnType<typeof openGraphTags>, key: string) =>
  tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((t) => t.content);

describe('openGraphTags', () => {
  test('describes a page as a website with a large picture', () => {
    expect(openGraphTags(page)).toEqual([
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: 'Người hiến đất ở Na Rì' },
      { property: 'og:description', content: 'BBK - Sa-pô.' },
      { property: 'og:url', content: 'https://luutru.example.vn/bai-viet/chuyen-o-na-ri/' },
      { property: 'og:site_name', content: 'Kho lưu trữ Báo Bắc Kạn' },
      { property: 'og:locale', content: 'vi_VN' },
      { property: 'og:image', content: image.url },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: image.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'robots', content: 'max-image-preview:large' },
    ]);
  });

  test('adds the article tags, one article:tag each, for an article', () => {
    const tags = openGraphTags({ ...page, article: articleFacts(archive, get('bai-1')) });
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'article:published_time')).toEqual(['2023-05-17T13:00:00+07:00']);
    expect(content(tags, 'article:modified_time')).toEqual(['2023-05-17T13:00:00+07:00']);
    expect(content(tags, 'article:section')).toEqual([
      'Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
    ]);
    expect(content(tags, 'article:tag')).toEqual(['Na Rì', 'Ba Bể', 'Kinh tế']);
  });

  test('says noindex in its one robots tag on a page kept out of search engines', () => {
    expect(content(openGraphTags({ ...page, noindex: true }), 'robots')).toEqual(['noindex']);
  });
});

describe('articleFacts', () => {
  test('takes the modified time from the latest correction', () => {
    expect(articleFacts(archive, get('bai-2')).modifiedTime).toBe('2023-05-19T08:00:00+07:00');
  });

  test('takes the section from the first topic outside a series', () => {
    expect(articleFacts(archive, get('chuyen-o-na-ri'))).toEqual({
      publishedTime: '2022-04-10T07:00:00+07:00',
      modifiedTime: '2022-04-10T07:00:00+07:00',
      section: 'Kinh tế',
      tags: ['Kinh tế'],
    });
  });
});
