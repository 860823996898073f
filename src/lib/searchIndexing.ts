/** Pages prepared for the search index (not for readers): one tone style, "đ" words findable as "d". */
import { parse } from 'node-html-parser';
import { canonicalTones, dFoldedWords } from './vietnameseText.ts';
import { escapeXml } from './xml.ts';

/** The page's searchable part, marked with data-pagefind-body. */
const BODY = '[data-pagefind-body]';

/** Every word of `text`, lower case, with "đ" written "d". */
function foldD(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/đ/g, 'd')
      .match(/[\p{L}\p{M}]+/gu) ?? []
  );
}

/**
 * The document that the index reads for a page, or undefined for a page with nothing to find:
 * only its searchable part (navigation, footer and head left out, which also keeps indexing
 * fast), its text in one tone placement ("hoà" = "hòa"), and the title's and body's "đ" words
 * folded to "d" as metadata fields `dtitle` and `dbody`, because Pagefind folds every
 * Vietnamese mark except "đ". The published page is left as written.
 */
export function prepareForIndex(html: string): string | undefined {
  const page = parse(html);
  const found = page.querySelector(BODY);
  if (!found) return undefined;
  const body = parse(canonicalTones(found.outerHTML));
  // structuredText keeps a space between elements, so words of two elements never run together.
  const title = body.querySelector('h1')?.structuredText ?? '';
  // A title with "đ" gives all its words, so that "cho don" meets "Chợ Đồn" as a whole title.
  const titleWords = dFoldedWords(title).length ? foldD(title) : [];
  const fields = [
    ['dtitle', titleWords],
    ['dbody', dFoldedWords(body.structuredText)],
  ] as const;
  const meta = fields
    .filter(([, words]) => words.length > 0)
    .map(
      ([name, words]) =>
        `<span hidden data-pagefind-meta="${name}:${escapeXml(words.join(' '))}"></span>`,
    )
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${body.toString()}${meta}</body></html>`;
}
