import { describe, expect, test } from 'vitest';
import { foldVietnamese } from '#src/lib/shared/vietnamese.ts';
import { slugFromTitle, uniqueSlug } from '#src/lib/shared/slug.ts';

describe('slugFromTitle', () => {
  test.each([
    ['Người hiến đất ở Na Rì', 'nguoi-hien-dat-o-na-ri'],
    ['Đồng vốn nhỏ, nghĩa tình lớn', 'dong-von-nho-nghia-tinh-lon'],
    [
      '70 cơ quan "đỡ đầu" 60 xã khó khăn: Chuyện giúp & được giúp',
      '70-co-quan-do-dau-60-xa-kho-khan-chuyen-giup-va-duoc-giup',
    ],
    ['Thuý và Thúy', 'thuy-va-thuy'],
  ])('turns %s into %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  test('gives the same slug for NFC and NFD titles', () => {
    const title = 'Học và làm theo Bác';
    expect(slugFromTitle(title.normalize('NFD'))).toBe(slugFromTitle(title));
  });

  test('cuts a long slug at a word boundary', () => {
    const slug = slugFromTitle('Tôi muốn biến nơi khỉ ho, cò gáy này thành nơi đáng sống', 30);
    expect(slug).toBe('toi-muon-bien-noi-khi-ho-co');
  });
});

describe('uniqueSlug', () => {
  test('adds the first free number', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

describe('foldVietnamese', () => {
  test('drops marks, folds đ and lower-cases, for NFC and NFD alike', () => {
    expect(foldVietnamese('Chợ Đồn')).toBe('cho don');
    expect(foldVietnamese('Chợ Đồn'.normalize('NFD'))).toBe('cho don');
    expect(foldVietnamese('HOÀ / hòa / Thuý')).toBe('hoa / hoa / thuy');
  });
});
