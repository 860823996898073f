import { describe, expect, test } from 'vitest';
import { buildArchive, groupByMany } from '#src/lib/content/archive.ts';
import { homeSelection, HOME_LIMITS } from '#src/lib/reading/homeSelection.ts';
import { article, content } from '../factories.ts';

const now = new Date('2025-01-01T00:00:00Z');
const articles = [
  article('cu', {
    pubDate: new Date('2023-12-31T18:00:00Z'),
    districts: ['na-ri'],
    models: ['quy'],
  }),
  article('moi', {
    pubDate: new Date('2024-06-01T00:00:00Z'),
    districts: ['na-ri', 'ba-be'],
    people: ['ha-van-duc'],
    topics: ['kinh-te'],
  }),
  article('nhap', {
    pubDate: new Date('2024-01-01T00:00:00Z'),
    draft: true,
    districts: ['na-ri'],
    models: ['quy'],
  }),
  article('hen-gio', {
    pubDate: new Date('2025-06-01T00:00:00Z'),
    districts: ['na-ri'],
    people: ['ha-van-duc'],
  }),
];

describe('buildArchive', () => {
  const archive = buildArchive(content(articles), { now });

  test('keeps only published articles, newest first', () => {
    expect(archive.articles.map((a) => a.id)).toEqual(['moi', 'cu']);
  });

  test("lists a district's published stories, newest first", () => {
    expect(archive.byDistrict.get('na-ri')!.map((a) => a.id)).toEqual(['moi', 'cu']);
    expect(archive.byDistrict.get('ba-be')!.map((a) => a.id)).toEqual(['moi']);
    expect(archive.byDistrict.get('cho-don')).toBeUndefined();
  });

  test('lists stories per model, person and topic without unpublished ones', () => {
    expect(archive.byModel.get('quy')!.map((a) => a.id)).toEqual(['cu']);
    expect(archive.byPerson.get('ha-van-duc')!.map((a) => a.id)).toEqual(['moi']);
    expect(archive.byTopic.get('kinh-te')!.map((a) => a.id)).toEqual(['moi']);
  });

  test('files an article under its year in the site time zone', () => {
    // 18:00 UTC on 31 December 2023 is 1 January 2024 in Vietnam.
    expect(archive.byYear.get(2024)!.map((a) => a.id)).toEqual(['moi', 'cu']);
    expect(archive.years).toEqual([2024]);
  });

  test('orders districts by their order, then alphabetically in Vietnamese', () => {
    expect(archive.districts.map((d) => d.id)).toEqual(['ba-be', 'na-ri', 'bach-thong', 'cho-don']);
  });

  test('groups models and people by district', () => {
    expect(archive.modelsByDistrict.get('na-ri')!.map((m) => m.id)).toEqual(['quy']);
    expect(archive.peopleByDistrict.get('na-ri')!.map((p) => p.id)).toEqual(['ha-van-duc']);
  });

  test('shows unpublished articles only when asked (the live preview)', () => {
    const preview = buildArchive(content(articles), { now, includeUnpublished: true });
    expect(preview.articles.map((a) => [a.id, a.published])).toEqual([
      ['hen-gio', false],
      ['moi', true],
      ['nhap', false],
      ['cu', true],
    ]);
  });

  test('drops a series whose parts are all unpublished', () => {
    const onlyDraft = buildArchive(
      content([
        article('p1', {
          pubDate: new Date('2024-01-01'),
          series: 'loat-bai',
          part: 1,
          draft: true,
        }),
      ]),
      { now },
    );
    expect(onlyDraft.series).toEqual([]);
  });

  test("gives each series its parts in order, reading each article's series once, not once a series", () => {
    const reads = { count: 0 };
    const counted = (id: string, day: number, series?: string, part?: number) => {
      const entry = article(id, { pubDate: new Date(Date.UTC(2024, 0, day)), part });
      Object.defineProperty(entry.data, 'series', {
        get: () => (reads.count++, series),
        enumerable: true,
      });
      return entry;
    };
    const seriesEntry = (id: string) => ({
      id,
      file: `${id}.yaml`,
      data: { title: id, description: 'Mô tả', status: 'complete' as const, parts: [] },
    });
    const ids = Array.from({ length: 20 }, (_, i) => `loat-${i}`);
    const archive = buildArchive(
      content(
        [
          ...ids.flatMap((id, i) => [
            counted(`${id}-2`, i + 1, id, 2),
            counted(`${id}-1`, i + 2, id, 1),
          ]),
          ...Array.from({ length: 40 }, (_, i) => counted(`le-${i}`, i + 1)),
        ],
        { series: ids.map(seriesEntry) },
      ),
      { now },
    );
    expect(archive.seriesById.get('loat-7')!.articles.map((a) => a.id)).toEqual([
      'loat-7-1',
      'loat-7-2',
    ]);
    expect(archive.series).toHaveLength(20);
    // Once per article to group them (80), and the parts' own reads; not 20 series x 80 articles.
    expect(reads.count).toBeLessThan(80 * 3);
  });

  test('breaks ties of the same date by id so listings are stable', () => {
    const same = new Date('2024-01-01T00:00:00Z');
    const tied = buildArchive(
      content([article('b', { pubDate: same }), article('a', { pubDate: same })]),
      { now },
    );
    expect(tied.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('groupByMany', () => {
  test('files an item under each distinct key once', () => {
    const groups = groupByMany([{ k: ['x', 'x', 'y'] }], (item) => item.k);
    expect(groups.get('x')).toHaveLength(1);
    expect(groups.get('y')).toHaveLength(1);
  });
});

describe('homeSelection', () => {
  test('bounds the latest stories and prefers the models most written about', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      article(`bai-${String(i).padStart(2, '0')}`, { pubDate: new Date(Date.UTC(2024, 0, i + 1)) }),
    );
    const archive = buildArchive(content([...many, ...articles]), { now });
    const home = homeSelection(archive);
    expect(home.latest).toHaveLength(HOME_LIMITS.latest);
    expect(home.latest[0].id).toBe('moi');
    expect(home.models.map((m) => m.id)).toEqual(['quy']);
  });
});
