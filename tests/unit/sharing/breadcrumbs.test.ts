import { describe, expect, test } from 'vitest';
import { breadcrumbs } from '#src/lib/sharing/breadcrumbs.ts';
import { archive, get } from './sharingArchive.ts';

const trail = (page: Parameters<typeof breadcrumbs>[1]) =>
  breadcrumbs(archive, page).map((crumb) => `${crumb.name} ${crumb.path}`);

describe('breadcrumbs', () => {
  test('leads from the home page through the series to "Bài N" for a part of a series', () => {
    expect(trail({ kind: 'article', article: get('bai-2') })).toEqual([
      'Trang chủ /',
      'Chuyên đề /chuyen-de/',
      'Học và làm theo Bác để xây dựng cuộc sống tốt đẹp hơn /chuyen-de/hoc-va-lam-theo-bac/',
      'Bài 2 /bai-viet/bai-2/',
    ]);
  });

  test('leads through the year for a story outside a series', () => {
    expect(trail({ kind: 'article', article: get('chuyen-o-na-ri') })).toEqual([
      'Trang chủ /',
      'Lưu trữ /luu-tru/',
      'Năm 2022 /luu-tru/2022/',
      'Người hiến đất ở Na Rì /bai-viet/chuyen-o-na-ri/',
    ]);
  });

  test('names a district with its kind, under "Địa phương"', () => {
    expect(trail({ kind: 'district', district: archive.districtById.get('na-ri')! })).toEqual([
      'Trang chủ /',
      'Địa phương /dia-phuong/',
      'Huyện Na Rì /dia-phuong/na-ri/',
    ]);
  });

  test('puts models, people, topics and years under their sections', () => {
    expect(trail({ kind: 'model', model: archive.modelById.get('quy')! })).toEqual([
      'Trang chủ /',
      'Mô hình /mo-hinh/',
      'Quỹ /mo-hinh/quy/',
    ]);
    expect(trail({ kind: 'person', person: archive.personById.get('ha-van-duc')! })[1]).toBe(
      'Nhân vật /nhan-vat/',
    );
    expect(trail({ kind: 'topic', topic: archive.topicById.get('kinh-te')! })).toEqual([
      'Trang chủ /',
      'Chủ đề /chu-de/',
      'Kinh tế /chu-de/kinh-te/',
    ]);
    expect(trail({ kind: 'year', year: 2023 })).toEqual([
      'Trang chủ /',
      'Lưu trữ /luu-tru/',
      'Năm 2023 /luu-tru/2023/',
    ]);
  });

  test('gives a section index and the search page one step below the home page', () => {
    expect(trail({ kind: 'seriesIndex' })).toEqual(['Trang chủ /', 'Chuyên đề /chuyen-de/']);
    expect(trail({ kind: 'search' })).toEqual(['Trang chủ /', 'Tìm kiếm /tim-kiem/']);
    expect(trail({ kind: 'feeds' })).toEqual(['Trang chủ /', 'Theo dõi qua RSS /rss/']);
  });

  test('gives an author page its name under the list of authors', () => {
    expect(trail({ kind: 'author', author: archive.authorById.get('le-van-an')! })).toEqual([
      'Trang chủ /',
      'Tác giả /tac-gia/',
      'Lê Văn An /tac-gia/le-van-an/',
    ]);
    expect(trail({ kind: 'authorIndex' })).toEqual(['Trang chủ /', 'Tác giả /tac-gia/']);
  });

  test('gives the home page a trail of itself alone', () => {
    expect(trail({ kind: 'home' })).toEqual(['Trang chủ /']);
  });
});
