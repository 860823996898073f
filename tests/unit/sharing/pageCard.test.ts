import { describe, expect, test } from 'vitest';
import {
  pageImage,
  shareCardFor,
  shareCardPath,
  shareCardRoutes,
} from '#src/lib/sharing/pageCard.ts';
import { cardKey } from '#src/lib/sharing/shareCardCache.ts';
import { sharedPages } from '#src/lib/sharing/sharedPage.ts';
import { archive, get } from './sharingArchive.ts';

const common = { publisher: 'Báo Bắc Kạn', site: 'luutru.example.vn' };

describe('shareCardFor', () => {
  test('gives a part of a series its number, the total and the series in the kicker', () => {
    expect(shareCardFor(archive, { kind: 'article', article: get('bai-1') })).toEqual({
      title: 'Mỗi cán bộ, đảng viên đăng ký ba việc làm theo Bác',
      kicker: 'Bài 1/3 · Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn',
      ...common,
    });
  });

  test('gives a story outside a series its first topic as kicker', () => {
    expect(shareCardFor(archive, { kind: 'article', article: get('chuyen-o-na-ri') }).kicker).toBe(
      'Kinh tế',
    );
  });

  test('names the section of a district, a model and a person, with a line about each', () => {
    expect(
      shareCardFor(archive, { kind: 'district', district: archive.districtById.get('cho-don')! }),
    ).toEqual({
      title: 'Huyện Chợ Đồn',
      kicker: 'Địa phương',
      subtitle: 'Bắc Kạn',
      ...common,
    });
    expect(
      shareCardFor(archive, { kind: 'model', model: archive.modelById.get('quy')! }),
    ).toMatchObject({
      title: 'Quỹ',
      kicker: 'Mô hình',
      subtitle: 'Đảng bộ',
    });
    expect(
      shareCardFor(archive, { kind: 'person', person: archive.personById.get('ha-van-duc')! }),
    ).toMatchObject({
      title: 'Hà Văn Đức',
      kicker: 'Nhân vật',
      subtitle: 'Nông dân',
    });
  });

  test('counts only the published parts of a series', () => {
    const series = archive.seriesById.get('hoc-va-lam-theo-bac')!;
    expect(shareCardFor(archive, { kind: 'series', series }).subtitle).toBe(
      '2 bài · Đã đăng trọn bộ',
    );
  });

  test('gives the home page the archive name and description', () => {
    expect(shareCardFor(archive, { kind: 'home' })).toEqual({
      title: 'Kho lưu trữ Báo Bắc Kạn',
      subtitle: 'Kho lưu trữ các loạt bài của tỉnh Bắc Kạn.',
      ...common,
    });
  });
});

describe('pageImage', () => {
  const cover = {
    url: 'https://luutru.example.vn/_astro/anh.jpg',
    width: 1200,
    height: 630,
    alt: 'Con đường',
    type: 'image/jpeg',
  };

  test('shares the crop of an article cover', () => {
    expect(pageImage(archive, { kind: 'article', article: get('bai-2') }, cover)).toBe(cover);
  });

  test('shares the card, by its content address, everywhere else', () => {
    const page = { kind: 'district' as const, district: archive.districtById.get('na-ri')! };
    const card = shareCardFor(archive, page);
    expect(pageImage(archive, page)).toEqual({
      url: `https://luutru.example.vn/anh-chia-se/${cardKey(card)}.png`,
      width: 1200,
      height: 630,
      alt: 'Huyện Na Rì (Báo Bắc Kạn)',
      type: 'image/png',
    });
    expect(shareCardPath(card)).toBe(`/anh-chia-se/${cardKey(card)}.png`);
  });
});

describe('shareCardRoutes', () => {
  const routes = shareCardRoutes(archive);
  const titles = routes.map((route) => route.props.card.title);

  test('draws a card for every page whose picture is a card, and no other', () => {
    const pagesWithCards = sharedPages(archive).filter(
      (page) => !(page.kind === 'article' && page.article.data.cover),
    );
    const expected = new Set(pagesWithCards.map((page) => pageImage(archive, page).url));
    expect(
      new Set(
        routes.map((route) => `https://luutru.example.vn/anh-chia-se/${route.params.key}.png`),
      ),
    ).toEqual(expected);
    expect(titles).toContain('Mỗi cán bộ, đảng viên đăng ký ba việc làm theo Bác');
    expect(titles).not.toContain('70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp');
  });

  test('has no card for an unpublished article', () => {
    expect(titles).not.toContain('Tiêu đề bai-3');
    expect(titles).not.toContain('Tiêu đề ban-nhap');
  });

  test('draws the card of an article whose cover is too small to share', () => {
    const small = shareCardRoutes(archive, () => false).map((route) => route.props.card.title);
    expect(small).toContain('70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp');
    expect(pageImage(archive, { kind: 'article', article: get('bai-2') }).type).toBe('image/png');
  });

  test('lists each card once', () => {
    expect(new Set(routes.map((route) => route.params.key)).size).toBe(routes.length);
  });
});
