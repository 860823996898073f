import { describe, expect, test } from 'vitest';
import {
  memoWithReads,
  onceWithReads,
  readTracker,
  recordRead,
  withReads,
} from '#src/lib/shared/readTracking.ts';

const article = { id: 'a', data: { title: 'A', pubDate: new Date('2024-01-01T00:00:00Z') } };
const other = { id: 'b', data: { title: 'B', pubDate: new Date('2024-01-02T00:00:00Z') } };
const byTopic = new Map([['rung', [article, other]]]);
const data = { articles: [article, other], byTopic, plain: { note: 'x' } };
const cells = new Map<object, string>([
  [article, 'article:a'],
  [other, 'article:b'],
  [data.articles, 'articles'],
  [byTopic, 'byTopic'],
]);

describe('readTracker', () => {
  const { view, unwrap } = readTracker((object) => cells.get(object));
  const seen = view(data);

  test('records the cell of each object read through the view, and only those', async () => {
    const { reads } = await withReads(async () => seen.articles[0]!.data.title);
    expect([...reads].sort()).toEqual(['article:a', 'articles']);
  });

  test('records nothing outside a page being rendered', () => {
    expect(() => seen.articles[1]!.data.title).not.toThrow();
  });

  test('an entry of a map is a cell of its own; iterating the map reads the whole map', async () => {
    const entry = await withReads(async () => seen.byTopic.get('rung')!.length);
    expect([...entry.reads]).toEqual(['byTopic:rung']);
    const missing = await withReads(async () => seen.byTopic.has('song'));
    expect(missing.value).toBe(false);
    expect([...missing.reads]).toEqual(['byTopic:song']);
    const whole = await withReads(async () => [...seen.byTopic.keys()]);
    expect([...whole.reads]).toEqual(['byTopic']);
  });

  test('what a map holds is seen through the view too', async () => {
    const { reads } = await withReads(async () =>
      seen.byTopic.get('rung')!.map((story) => story.data.title),
    );
    expect([...reads].sort()).toEqual(['article:a', 'article:b', 'byTopic:rung']);
  });

  test('dates stay dates, and a view gives back its object', () => {
    expect(seen.articles[0]!.data.pubDate).toBeInstanceOf(Date);
    expect(seen.articles[0]!.data.pubDate.getTime()).toBe(article.data.pubDate.getTime());
    expect(unwrap(seen.articles[0])).toBe(article);
    expect(seen.articles[0]).toBe(seen.articles[0]);
  });

  test('reads of concurrent pages are kept apart', async () => {
    const [first, second] = await Promise.all([
      withReads(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return seen.articles[0]!.id;
      }),
      withReads(async () => seen.byTopic.get('rung')),
    ]);
    expect([...first.reads].sort()).toEqual(['article:a', 'articles']);
    expect([...second.reads]).toEqual(['byTopic:rung']);
  });
});

describe('values made once', () => {
  test('every caller records what making the value read', async () => {
    let made = 0;
    const shared = onceWithReads(async () => {
      made++;
      recordRead('site');
      return 42;
    });
    const first = await withReads(shared);
    const second = await withReads(shared);
    expect(made).toBe(1);
    expect([...first.reads]).toEqual(['site']);
    expect([...second.reads]).toEqual(['site']);
  });

  test('per key, each caller of a key records that key’s reads', async () => {
    const html = memoWithReads(async (id: string) => {
      recordRead(`article:${id}`);
      return `<p>${id}</p>`;
    });
    await withReads(() => html('a'));
    const again = await withReads(() => html('a'));
    const other = await withReads(() => html('b'));
    expect(again.value).toBe('<p>a</p>');
    expect([...again.reads]).toEqual(['article:a']);
    expect([...other.reads]).toEqual(['article:b']);
  });
});
