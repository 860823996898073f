/**
 * The archive as cells (src/lib/shared/readTracking.ts): each article, series, district, model,
 * person, topic and author; each list and map of the archive and of the values made once from
 * it (the "Xem thêm" stories, the feeds); each entry of those maps; the site settings and the
 * build's moment. A cell's value is a hash of what it holds, the cells it holds named, not
 * copied: an article's value changes with its own fields and body, a topic's list with which
 * articles it holds and in what order.
 */
import { createHash } from 'node:crypto';
import type { Archive } from './archive.ts';
import type { Feed } from '../feeds/feeds.ts';
import { feedKey } from '../feeds/feeds.ts';
import { readTracker, recordRead } from '../shared/readTracking.ts';

/** Values made from the whole archive once, shared by many pages. */
export type DerivedValues = {
  related: Map<string, unknown[]>;
  feeds: Feed[];
  feedIndex: Map<string, Feed>;
};

export type ArchiveCells = {
  /** The archive, recording the cells a page reads through it. */
  view: Archive;
  /** `value` seen through the same recording view. */
  track: <V>(value: V) => V;
  /** The combined value of `cells` now ("absent" for a cell that is gone). */
  valueOf(cells: Iterable<string>): string;
  /** A hash of `props`, the objects of the archive in them named by their cells. */
  keyOf(props: unknown): string;
  /**
   * `value`, made from the archive outside any page, as the cell `derived:<name>` whose value
   * is the value itself; reading it records that cell, not what making it read.
   */
  derived<T>(name: string, value: T): T;
};

/**
 * The cell of an article's body (`body:<id>`), read where a body is rendered: a list that shows
 * an article's title does not change with its body.
 */
export const BODY = 'body:';

/**
 * A picture of the content (Astro's image metadata): reading one of its fields marks it used by
 * the page being rendered (contentPictures.ts), so its value is taken from its `clone`, which
 * does not; `fsPath` does not either.
 */
function isPicture(value: unknown): value is { clone: object } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { fsPath?: unknown }).fsPath === 'string'
  );
}

/** The cells of values made from the archive (ArchiveCells.derived). */
const DERIVED = 'derived:';

/** The value a cell has once its entity, list or entry is gone. */
const ABSENT = 'absent';

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}

const ENTITY_KINDS = [
  ['articles', 'article'],
  ['series', 'series'],
  ['districts', 'district'],
  ['models', 'model'],
  ['people', 'person'],
  ['topics', 'topic'],
  ['authors', 'author'],
] as const;

/**
 * Cells of `archive` and of `derived`. `bodyDigest` gives an article's file (its body, its front
 * matter, its recording) as a hash: the value of its `body:` cell. `derive` makes a derived
 * value by its name, for a cell read in the previous build that no page has made yet.
 */
export function archiveCells(
  archive: Archive,
  derived: DerivedValues,
  bodyDigest: (articleId: string) => string,
  derive: (name: string) => unknown = () => undefined,
): ArchiveCells {
  const cellOf = new WeakMap<object, string>();
  const { view, unwrap } = readTracker((object) => cellOf.get(object));
  const holding = new Map<string, unknown>();
  const entriesOfMap = new Map<string, Map<string, unknown>>();
  const register = (value: object, cell: string) => {
    // The first name wins: an entry of a map is its entity, not the entry.
    if (!cellOf.has(value)) cellOf.set(value, cell);
    if (!holding.has(cell)) holding.set(cell, value);
  };
  const registerMap = (map: Map<unknown, unknown>, cell: string) => {
    register(map, cell);
    const entries = new Map<string, unknown>();
    for (const [key, value] of map) {
      entries.set(String(key), value);
      // A list kept in a map (a topic's articles) is a cell of its own, read whole.
      if (Array.isArray(value)) register(value, `${cell}:${String(key)}`);
    }
    entriesOfMap.set(cell, entries);
  };

  for (const [list, kind] of ENTITY_KINDS) {
    for (const entity of archive[list]) register(entity, `${kind}:${entity.id}`);
    register(archive[list], list);
  }
  register(archive.site, 'site');
  register(archive.years, 'years');
  for (const [name, value] of Object.entries(archive)) {
    if (value instanceof Map) registerMap(value, name);
  }
  register(derived.feeds, 'feeds');
  for (const feed of derived.feeds) {
    const key = feedKey(feed.kind, feed.id);
    register(feed, `feed:${key}`);
    // A page that links a feed reads its name and path, not the stories in it.
    register(feed.articles, `feedArticles:${key}`);
  }
  registerMap(derived.related, 'related');
  registerMap(derived.feedIndex, 'feedIndex');

  // The objects of the archive inside a value are named by their cells, not copied.
  const serialize = (value: unknown, whole: object | undefined) =>
    JSON.stringify(value, function (this: unknown, key, inner: unknown) {
      if (inner instanceof Map) return [...inner];
      if (isPicture(inner)) return inner.clone;
      if (typeof inner === 'object' && inner !== null && inner !== whole) {
        const cell = cellOf.get(unwrap(inner));
        if (cell !== undefined) return { cell };
      }
      return inner;
    }) ?? 'undefined';

  const values = new Map<string, string>();
  const entryValue = (cell: string): string => {
    const split = cell.indexOf(':');
    const entries = split > 0 ? entriesOfMap.get(cell.slice(0, split)) : undefined;
    if (!entries) return ABSENT;
    const key = cell.slice(split + 1);
    return entries.has(key) ? serialize(entries.get(key), undefined) : ABSENT;
  };
  const cellValue = (cell: string): string => {
    let value = values.get(cell);
    if (value === undefined) {
      if (cell === 'now') value = archive.now.toISOString();
      else if (cell.startsWith(BODY)) value = bodyDigest(cell.slice(BODY.length));
      else if (cell.startsWith(DERIVED) && !holding.has(cell)) {
        // Asked before any page of this build made it (the previous build's reads).
        holding.set(cell, derive(cell.slice(DERIVED.length)));
        value = shortHash(serialize(holding.get(cell), undefined));
      }
      else if (holding.has(cell)) {
        const held = holding.get(cell) as object;
        value = shortHash(serialize(held, held));
      } else value = shortHash(entryValue(cell));
      values.set(cell, value);
    }
    return value;
  };

  // The build's moment is a cell of its own: few pages show it, and every page reads the archive.
  const root = { ...archive };
  Object.defineProperty(root, 'now', {
    enumerable: true,
    get: () => (recordRead('now'), archive.now),
  });

  return {
    view: view(root),
    track: view,
    valueOf: (cells) =>
      shortHash(
        [...cells]
          .sort()
          .map((cell) => `${cell}=${cellValue(cell)}`)
          .join('\n'),
      ),
    keyOf: (props) => shortHash(serialize(props, undefined)),
    derived: (name, value) => {
      const cell = `${DERIVED}${name}`;
      if (!holding.has(cell)) holding.set(cell, value);
      recordRead(cell);
      return value;
    },
  };
}
