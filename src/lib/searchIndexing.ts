/** Pages prepared for the search index (not for readers): one tone style, "đ" words findable as "d". */
import { parse } from 'node-html-parser';
import { canonicalTones, dFoldedWords } from './vietnameseText.ts';

/** Every word of `text`, lower case, with "đ" written "d". */
function foldD(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/đ/g, 'd')
      .match(/[\p{L}\p{M}]+/gu) ?? []
  );
}
import { escapeXml } from './xml.ts';

/** The page's searchable part, marked with data-pagefind-body. */
const BODY = '[data-pagefind-body]';

/**
 * The HTML that the index reads for a page: text in one tone placement ("hoà" = "hòa"), and the
 * title's and body's "đ" words folded to "d" as metadata fields `dtitle` and `dbody`, because
 * Pagefind folds every Vietnamese mark except "đ". The published page is left as written.
 */
export function prepareForIndex(html: string): string {
  const canonical = canonicalTones(html);
  const root = parse(canonical);
  const body = root.querySelector(BODY);
  if (!body) return canonical;
  // structuredText keeps a space between elements, so words of two elements never run together.
  const title = root.querySelector('h1')?.structuredText ?? '';
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
  return canonical.replace('</body>', `${meta}</body>`);
}
