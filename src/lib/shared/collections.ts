/** Small helpers for the maps and cached values the archive builds once per build. */

/**
 * Adds `items` to the list under `key`, making the list for the first of them. In place and one
 * by one: lists here grow to every page of an archive, too long to spread into push().
 */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, items: Iterable<V>): void {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  for (const item of items) list.push(item);
}

/** `make` called on the first call only; every call returns what that one returned. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
