/** Vietnamese text folded for matching: no tone or vowel marks, "đ" as "d", lower case. */

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
