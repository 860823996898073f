/** Up to `limit` known ids closest to `unknown` by edit distance, nearest first. */
export function closestIds(unknown: string, known: Iterable<string>, limit = 3): string[] {
  const scored = [...known]
    .map((id) => ({ id, distance: editDistance(unknown, id) }))
    .filter(({ id, distance }) => distance <= Math.max(3, Math.ceil(id.length / 2)))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map(({ id }) => id);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Ids quoted and joined for a message: "na-ri", "ba-be". */
export function quoteIds(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
