/** Every character the sample content puts on a card is in a card font (no blank boxes, no dropped marks). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildArchive } from '#src/lib/content/archive.ts';
import { loadContent } from '#src/lib/content/loadContent.ts';
import { cardFontFiles, missingGlyphs } from '#src/lib/sharing/cardFonts.ts';
import { fontCodePoints } from '#src/lib/sharing/fontCoverage.ts';
import { shareCardRoutes } from '#src/lib/sharing/pageCard.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const { content, problems } = loadContent(path.join(root, 'content'), root, {
  checkBodies: false,
});
if (!content) {
  const lines = problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
  throw new Error(`the sample content does not load:\n${lines.join('\n')}`);
}

describe('fontCodePoints', () => {
  test('reads the Vietnamese letters from the vietnamese subset and not from the latin one', () => {
    const file = (subset: string) =>
      cardFontFiles().find((font) => font.name.endsWith(` ${subset}`) && font.weight === 700)!.file;
    const vietnamese = fontCodePoints(readFileSync(file('vietnamese')));
    const latin = fontCodePoints(readFileSync(file('latin')));
    for (const char of 'ỆỗặĐđưƯơờ') expect(vietnamese.has(char.codePointAt(0)!)).toBe(true);
    expect(latin.has('Ệ'.codePointAt(0)!)).toBe(false);
    expect(latin.has('A'.codePointAt(0)!)).toBe(true);
  });
});

describe('missingGlyphs', () => {
  test('finds nothing missing in stacked marks and reports what no subset has', () => {
    expect(missingGlyphs('ỆỄẶỖ ệễặỗ Đường “đỡ đầu” – … ₫')).toEqual([]);
    expect(missingGlyphs('Bắc Kạn 😀')).toEqual(['😀']);
  });
});

describe('the sample content', () => {
  test('has every character of every title and name in the bold card fonts', () => {
    const texts = [
      content.site.name,
      content.site.publisher,
      ...content.articles.map((entry) => entry.data.title),
      ...content.series.flatMap((entry) => [
        entry.data.title,
        ...entry.data.parts.map((part) => part.title),
      ]),
      ...[content.districts, content.models, content.people, content.topics, content.authors]
        .flat()
        .map((entry) => entry.data.name),
    ];
    expect(texts.length).toBeGreaterThan(50);
    const missing = texts.flatMap((text) =>
      missingGlyphs(text).map((char) => `${char} in ${text}`),
    );
    expect(missing).toEqual([]);
  });

  test('has every character of every card in the weight that draws it', () => {
    const archive = buildArchive(content, { now: new Date('2030-01-01T00:00:00Z') });
    const missing = shareCardRoutes(archive).flatMap(({ props: { card } }) => [
      ...[card.title, card.kicker ?? '', card.publisher, card.site ?? ''].flatMap((text) =>
        missingGlyphs(text, 700),
      ),
      ...missingGlyphs(card.subtitle ?? '', 400),
    ]);
    expect(missing).toEqual([]);
  });
});
