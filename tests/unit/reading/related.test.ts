import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import { readableText, readingMinutes } from '#src/lib/reading/readingTime.ts';
import { relatedStories } from '#src/lib/reading/related.ts';
import { article, content } from '../factories.ts';

const now = new Date('2025-01-01T00:00:00Z');
const day = (n: number) => new Date(Date.UTC(2024, 0, n));

describe('relatedStories', () => {
  const archive = buildArchive(
    content([
      article('goc', {
        pubDate: day(1),
        series: 'loat-bai',
        part: 1,
        districts: ['na-ri'],
        models: ['quy'],
        topics: ['kinh-te'],
      }),
      article('cung-loat', { pubDate: day(2), series: 'loat-bai', part: 2 }),
      article('cung-mo-hinh', { pubDate: day(3), models: ['quy'] }),
      article('cung-huyen-moi', { pubDate: day(5), districts: ['na-ri'] }),
      article('cung-huyen-cu', { pubDate: day(4), districts: ['na-ri'] }),
      article('cung-chu-de', { pubDate: day(6), topics: ['kinh-te'] }),
      article('khong-lien-quan', { pubDate: day(7), districts: ['ba-be'] }),
      article('nhap', { pubDate: day(8), models: ['quy'], draft: true }),
    ]),
    { now },
  );
  const related = relatedStories(archive);

  test('orders by what is shared, then newest first, never the article itself', () => {
    expect(related.get('goc')!.map((a) => a.id)).toEqual([
      'cung-loat',
      'cung-mo-hinh',
      'cung-huyen-moi',
      'cung-huyen-cu',
      'cung-chu-de',
    ]);
  });

  test('leaves out unrelated and unpublished stories', () => {
    const ids = [...related.values()].flat().map((a) => a.id);
    expect(ids).not.toContain('nhap');
    expect(related.get('goc')!.map((a) => a.id)).not.toContain('khong-lien-quan');
  });

  test('holds at most the limit, and is the same on every run', () => {
    expect(
      relatedStories(archive, 2)
        .get('goc')!
        .map((a) => a.id),
    ).toEqual(['cung-loat', 'cung-mo-hinh']);
    expect(relatedStories(archive)).toEqual(related);
  });
});

describe('relatedStories in a large group', () => {
  // Thirty stories of one district, one a day: "thu-1" is the oldest, "thu-30" the newest.
  const archive = buildArchive(
    content(
      Array.from({ length: 30 }, (_, i) =>
        article(`thu-${i + 1}`, { pubDate: day(i + 1), districts: ['na-ri'] }),
      ),
    ),
    { now },
  );

  test('looks only at the stories within the window on either side, newest first', () => {
    const ids = (id: string) =>
      relatedStories(archive, 6, 3)
        .get(id)!
        .map((a) => a.id);
    // Not the six newest of the district (thu-30 ... thu-25): the three before and after it.
    expect(ids('thu-15')).toEqual(['thu-18', 'thu-17', 'thu-16', 'thu-14', 'thu-13', 'thu-12']);
    // At the end of the group the window holds only what is there.
    expect(ids('thu-30')).toEqual(['thu-29', 'thu-28', 'thu-27']);
  });

  test('is the whole group when the group is smaller than the window', () => {
    expect(
      relatedStories(archive, 6, 100)
        .get('thu-15')!
        .map((a) => a.id),
    ).toEqual(['thu-30', 'thu-29', 'thu-28', 'thu-27', 'thu-26', 'thu-25']);
  });
});

describe('reading time', () => {
  test('counts syllables at 220 a minute, at least one minute', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array(1100).fill('chữ').join(' '))).toBe(5);
  });

  test('reads only the words of an MDX body', () => {
    const text = readableText(
      '## Tiêu đề\n\n> Trích [dẫn](https://x.vn) ở đây\n\nexport const A = 1;\n\n<Note>chữ</Note> {1 + 2}',
    );
    expect(text.split(/\s+/).filter(Boolean)).toEqual([
      'Tiêu',
      'đề',
      'Trích',
      'dẫn',
      'ở',
      'đây',
      'chữ',
    ]);
  });
});
