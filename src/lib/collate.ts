/** Sorting in Vietnamese alphabetical order ("Đ" after "D", tones after the bare letter). */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two names in Vietnamese order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
