/**
 * Vietnamese text, in one place: sorted in alphabetical order, folded for matching, and made
 * comparable for search (one tone placement, "đ" findable as "d"). The site, the search index
 * and the newsroom tools all use these.
 */
/** Vietnamese alphabetical order ("Đ" after "D", tones after the bare letter). */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two names in Vietnamese order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** "Chợ Đồn" -> "cho don"; NFC and NFD input give the same result. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** A word's last letters "oa", "oe" or "uy" with a tone on the second (NFD), not after "q". */
const OPEN_GLIDE = new RegExp(
  `(?<![qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`,
  'gu',
);
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Puts the tone mark of an open "oa", "oe" or "uy" syllable on its first vowel, the way
 * "hòa", "hòe" and "thúy" are written in the older style, so that "hoà" and "hòa", "thuý"
 * and "thúy" become one spelling. "quý" (qu- is a consonant) and closed syllables such as
 * "hoàng" are untouched. Returns NFC.
 */
export function canonicalTones(text: string): string {
  return text.normalize('NFD').replace(OPEN_GLIDE, '$1$3$2').normalize('NFC');
}

/** The words of `text` that contain "đ", with "đ" written "d" ("Đồn" -> "dồn"), each once. */
export function dFoldedWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return [
    ...new Set(words.filter((word) => word.includes('đ')).map((word) => word.replace(/đ/g, 'd'))),
  ];
}

/** Whether text carries any Vietnamese mark (tone, vowel mark or "đ"). */
export function hasVietnameseMarks(text: string): boolean {
  return /[\u0300-\u036fđĐ]/.test(text.normalize('NFD'));
}
