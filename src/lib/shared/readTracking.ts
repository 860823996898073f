/**
 * What a page read while it was rendered, so that the next build knows whether it would render
 * the same (src/lib/shared/pageReuse.ts). The archive's data is organised in cells: an article,
 * a district, the list of a topic's articles, one entry of a map. A tracked view of the data
 * records the cell of every object a page reads through; the page's fingerprint is then the
 * values of those cells.
 *
 * The records live on globalThis: Astro's integration (this project's source modules) and the
 * pages (the built bundle) are separate module instances in one process.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const READS = Symbol.for('story-archive:reads');

function readsStorage(): AsyncLocalStorage<Set<string>> {
  const host = globalThis as { [READS]?: AsyncLocalStorage<Set<string>> };
  return (host[READS] ??= new AsyncLocalStorage());
}

/** Notes that the page being rendered, if any, read `cell`. */
export function recordRead(cell: string): void {
  readsStorage().getStore()?.add(cell);
}

/** Notes every cell of `cells` as read (a remembered computation read them once). */
export function replayReads(cells: Iterable<string>): void {
  const reads = readsStorage().getStore();
  if (reads) for (const cell of cells) reads.add(cell);
}

/** Runs `render`, returning what it made and every cell it read (awaits included). */
export async function withReads<T>(
  render: () => Promise<T>,
): Promise<{ value: T; reads: Set<string> }> {
  const reads = new Set<string>();
  const value = await readsStorage().run(reads, render);
  return { value, reads };
}

/** Runs `make` recording nothing, for values made once and shared by every page. */
export function untracked<T>(make: () => T): T {
  return readsStorage().exit(make);
}

/**
 * A value made once whose reads every later caller inherits: the first page to need it records
 * what making it read, and every other page records the same, as if it had made it itself.
 */
export function onceWithReads<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<{ value: T; reads: Set<string> }> | undefined;
  return async () => {
    made ??= untracked(() => withReads(make));
    const { value, reads } = await made;
    replayReads(reads);
    return value;
  };
}

/** `make` per first argument, remembered with its reads like onceWithReads. */
export function memoWithReads<A extends [unknown, ...unknown[]], V>(
  make: (...args: A) => Promise<V>,
): (...args: A) => Promise<V> {
  const made = new Map<unknown, Promise<{ value: V; reads: Set<string> }>>();
  return async (...args) => {
    let making = made.get(args[0]);
    if (!making) made.set(args[0], (making = withReads(() => make(...args))));
    const { value, reads } = await making;
    replayReads(reads);
    return value;
  };
}

/** Which cell an object of the data is, if it is one (see trackReads). */
export type CellOf = (value: object) => string | undefined;

/** Objects whose identity or internal slots a proxy would break: they are values, not containers. */
function isPlainValue(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof RegExp ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    value instanceof Promise
  );
}

/** Views of data that record the cells read through them (see readTracker). */
export type ReadTracker = {
  view: <V>(value: V) => V;
  /** The object behind a view (or the value itself). */
  unwrap: <V>(value: V) => V;
};

/**
 * Views that record a read of each cell they are read through: any property of an object that
 * is a cell, any method of a map that is one. An entry of a map is the cell
 * `<map's cell>:<key>` (its presence and what it holds); iterating a map or reading its size
 * reads the map's own cell. Everything reached through a view is a view too, so a list taken
 * from the archive records its articles as they are read.
 */
export function readTracker(cellOf: CellOf): ReadTracker {
  const views = new WeakMap<object, object>();
  const originals = new WeakMap<object, object>();

  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || isPlainValue(value)) return value;
    if (originals.has(value)) return value;
    let view = views.get(value);
    if (!view) {
      view = value instanceof Map ? mapView(value) : objectView(value);
      views.set(value, view);
      originals.set(view, value);
    }
    return view;
  };

  const objectView = (target: object) =>
    new Proxy(target, {
      get(object, key) {
        const cell = cellOf(object);
        if (cell !== undefined) recordRead(cell);
        const value = Reflect.get(object, key, object);
        if (typeof value === 'function') return value;
        // A frozen property must read as itself (a proxy invariant).
        const own = Reflect.getOwnPropertyDescriptor(object, key);
        if (own && !own.configurable && !own.writable) return value;
        return wrap(value);
      },
      has(object, key) {
        const cell = cellOf(object);
        if (cell !== undefined) recordRead(cell);
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        const cell = cellOf(object);
        if (cell !== undefined) recordRead(cell);
        return Reflect.ownKeys(object);
      },
    });

  // A Map's methods need the Map itself as `this`: each is bound, and what they return wrapped.
  const mapView = (map: Map<unknown, unknown>) => {
    const cell = () => cellOf(map);
    const entry = (key: unknown) => {
      const own = cell();
      if (own !== undefined) recordRead(`${own}:${String(key)}`);
    };
    const whole = () => {
      const own = cell();
      if (own !== undefined) recordRead(own);
    };
    const methods: Record<PropertyKey, unknown> = {
      get: (key: unknown) => (entry(key), wrap(map.get(key))),
      has: (key: unknown) => (entry(key), map.has(key)),
      keys: () => (whole(), map.keys()),
      values: () => (whole(), Array.from(map.values(), wrap)[Symbol.iterator]()),
      entries: () => (
        whole(),
        Array.from(map, ([key, value]) => [key, wrap(value)])[Symbol.iterator]()
      ),
      forEach: (call: (value: unknown, key: unknown, map: unknown) => void) => {
        whole();
        for (const [key, value] of map) call(wrap(value), key, view);
      },
      [Symbol.iterator]: () => (
        whole(),
        Array.from(map, ([key, value]) => [key, wrap(value)])[Symbol.iterator]()
      ),
    };
    const view: Map<unknown, unknown> = new Proxy(map, {
      get(target, key) {
        if (key === 'size') return (whole(), target.size);
        if (Object.hasOwn(methods, key)) return methods[key];
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return view;
  };

  const unwrap = <V>(value: V): V =>
    typeof value === 'object' && value !== null
      ? ((originals.get(value) as V | undefined) ?? value)
      : value;
  return { view: wrap as <V>(value: V) => V, unwrap };
}
