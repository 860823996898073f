import { describe, expect, test } from 'vitest';
import { buildArchive, type Archive } from '#src/lib/content/archive.ts';
import { archiveCells } from '#src/lib/content/archiveCells.ts';
import { allFeeds, indexFeeds } from '#src/lib/feeds/feeds.ts';
import { relatedStories } from '#src/lib/reading/related.ts';
import { withReads } from '#src/lib/shared/readTracking.ts';
import { article, content } from '../factories.ts';

const now = new Date('2026-01-01T00:00:00+07:00');
const stories = (titleOfA = 'Tiêu đề a', districtOfB = 'na-ri') => [
  article('a', { pubDate: new Date('2025-01-02T08:00:00+07:00'), title: titleOfA, districts: ['na-ri'] }),
  article('b', { pubDate: new Date('2025-01-01T08:00:00+07:00'), districts: [districtOfB] }),
];
const cellsOf = (archive: Archive, bodies: Record<string, string> = {}) => {
  const feeds = allFeeds(archive);
  const cells = archiveCells(
    archive,
    { feeds, feedIndex: indexFeeds(feeds), related: relatedStories(archive) },
    (id) => bodies[id] ?? 'body',
  );
  return { ...cells, feeds: cells.track(feeds) };
};

describe('archiveCells', () => {
  const before = cellsOf(buildArchive(content(stories()), { now }));

  test('an article’s cell changes with its fields, its body cell with its file, not with another article', () => {
    const retitled = cellsOf(buildArchive(content(stories('Tiêu đề mới')), { now }));
    expect(retitled.valueOf(['article:a'])).not.toBe(before.valueOf(['article:a']));
    expect(retitled.valueOf(['article:b'])).toBe(before.valueOf(['article:b']));
    const rewritten = cellsOf(buildArchive(content(stories()), { now }), { a: 'other body' });
    expect(rewritten.valueOf(['body:a'])).not.toBe(before.valueOf(['body:a']));
    expect(rewritten.valueOf(['article:a'])).toBe(before.valueOf(['article:a']));
  });

  test('a list’s cell changes with what it holds; a gone entry reads as absent', () => {
    const moved = cellsOf(buildArchive(content(stories(undefined, 'ba-be')), { now }));
    expect(moved.valueOf(['byDistrict:na-ri'])).not.toBe(before.valueOf(['byDistrict:na-ri']));
    expect(moved.valueOf(['byDistrict:ba-be'])).not.toBe(before.valueOf(['byDistrict:ba-be']));
    expect(moved.valueOf(['article:a'])).toBe(before.valueOf(['article:a']));
    const withoutA = () => cellsOf(buildArchive(content(stories().slice(1)), { now }));
    expect(withoutA().valueOf(['article:a'])).not.toBe(before.valueOf(['article:a']));
    expect(withoutA().valueOf(['article:a', 'articleById:a'])).toBe(
      withoutA().valueOf(['article:a', 'articleById:a']),
    );
  });

  test('pages record the cells they read, and the build’s moment only when they read it', async () => {
    const { view } = before;
    const card = await withReads(async () => view.articleById.get('a')!.data.title);
    expect([...card.reads].sort()).toEqual(['article:a', 'articleById:a']);
    const moment = await withReads(async () => view.now);
    expect([...moment.reads]).toEqual(['now']);
    const later = cellsOf(buildArchive(content(stories()), { now: new Date('2026-02-01') }));
    expect(later.valueOf(['now'])).not.toBe(before.valueOf(['now']));
    expect(later.valueOf(['article:a', 'byDistrict:na-ri'])).toBe(
      before.valueOf(['article:a', 'byDistrict:na-ri']),
    );
  });

  test('props are keyed by the cells of the objects in them, not by their content', () => {
    const retitled = cellsOf(buildArchive(content(stories('Tiêu đề mới')), { now }));
    const props = (cells: typeof before) => ({ article: cells.view.articleById.get('a'), page: 2 });
    expect(retitled.keyOf(props(retitled))).toBe(before.keyOf(props(before)));
    expect(before.keyOf({ ...props(before), page: 3 })).not.toBe(before.keyOf(props(before)));
  });
});

describe('feeds as cells', () => {
  test('a feed’s name and path are one cell, the stories in it another', async () => {
    const before = cellsOf(buildArchive(content(stories()), { now }));
    const added = cellsOf(
      buildArchive(
        content([
          ...stories(),
          article('c', { pubDate: new Date('2025-01-03T08:00:00+07:00'), districts: ['na-ri'] }),
        ]),
        { now },
      ),
    );
    const link = await withReads(async () => before.feeds.find((feed) => feed.id === 'na-ri')!.path);
    const cells = [...link.reads];
    expect(cells).toContain('feed:district:na-ri');
    expect(added.valueOf(cells)).toBe(before.valueOf(cells));
    expect(added.valueOf(['feedArticles:district:na-ri'])).not.toBe(
      before.valueOf(['feedArticles:district:na-ri']),
    );
  });
});

describe('derived values', () => {
  test('a value made from the archive is one cell, worth what it holds', async () => {
    const before = cellsOf(buildArchive(content(stories()), { now }));
    const after = cellsOf(buildArchive(content(stories()), { now }));
    const read = await withReads(async () => before.derived('perYear:na-ri', [{ year: 2025, count: 2 }]));
    expect([...read.reads]).toEqual(['derived:perYear:na-ri']);
    after.derived('perYear:na-ri', [{ year: 2025, count: 3 }]);
    expect(after.valueOf(read.reads)).not.toBe(before.valueOf(read.reads));
  });

  test('a derived cell read last time is made on demand, before any page of this build makes it', () => {
    const archive = buildArchive(content(stories()), { now });
    const feeds = allFeeds(archive);
    const made = (name: string) => (name === 'perYear:na-ri' ? [{ year: 2025, count: 2 }] : undefined);
    const cells = () =>
      archiveCells(archive, { feeds, feedIndex: indexFeeds(feeds), related: relatedStories(archive) }, () => 'body', made);
    const early = cells().valueOf(['derived:perYear:na-ri']);
    const later = cells();
    later.derived('perYear:na-ri', made('perYear:na-ri'));
    expect(later.valueOf(['derived:perYear:na-ri'])).toBe(early);
  });
});

describe('pictures', () => {
  test('a cover’s value comes from its copy: reading it for a fingerprint does not mark it used', () => {
    const used = new Set<string>();
    const facts = { src: '/_astro/a.HASH.jpg', width: 800, height: 600, format: 'jpg' };
    const picture = new Proxy(facts, {
      get(target, name) {
        if (name === 'clone') return structuredClone(target);
        if (name === 'fsPath') return '/content/a.jpg';
        // As contentPictures.ts's module does: a field read marks the picture used.
        const field = target[name as keyof typeof target];
        if (field !== undefined) used.add(String(name));
        return field;
      },
    });
    const withCover = article('a', {
      pubDate: new Date('2025-01-02T08:00:00+07:00'),
      cover: { src: picture as never, alt: 'Ảnh' },
    });
    const cells = cellsOf(buildArchive(content([withCover]), { now }));
    const value = cells.valueOf(['article:a']);
    expect(used).toEqual(new Set());
    const changed = new Proxy({ ...facts, src: '/_astro/a.OTHER.jpg' }, {
      get: (target, name) =>
        name === 'clone' ? structuredClone(target) : name === 'fsPath' ? '/content/a.jpg' : target[name as keyof typeof target],
    });
    const other = cellsOf(
      buildArchive(content([article('a', { ...withCover.data, cover: { src: changed as never, alt: 'Ảnh' } })]), { now }),
    );
    expect(other.valueOf(['article:a'])).not.toBe(value);
  });
});
