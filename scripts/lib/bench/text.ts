/** Vietnamese-like text for synthetic articles: real syllables in random (but seeded) order. */
import type { Rng } from './prng.ts';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  HEADING_STARTS,
  MIDDLE_NAMES,
  VILLAGES,
  WORDS,
} from './words.ts';

/** The number of syllables in a text: words with a letter, Markdown markers left out. */
export function countSyllables(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The text with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words drawn from the vocabulary until they hold at least `syllables` syllables. */
export function words(rng: Rng, syllables: number): string[] {
  const drawn: string[] = [];
  let count = 0;
  while (count < syllables) {
    const word = rng.chance(0.04) ? rng.pick(VILLAGES) : rng.pickSkewed(WORDS);
    drawn.push(word);
    count += countSyllables(word);
  }
  return drawn;
}

/** A phrase of at least `syllables` syllables. */
export function phrase(rng: Rng, syllables: number): string {
  return words(rng, syllables).join(' ');
}

/** One sentence of `min` to `max` syllables, with a comma now and then and a full stop. */
export function sentence(rng: Rng, min = 8, max = 22): string {
  const drawn = words(rng, rng.int(min, max));
  if (drawn.length > 6 && rng.chance(0.5)) drawn[rng.int(2, drawn.length - 3)] += ',';
  return `${capitalize(drawn.join(' '))}.`;
}

/** A paragraph of `count` sentences. */
export function paragraph(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

/** A headline of 6 to 12 syllables, without a full stop. */
export function headline(rng: Rng): string {
  const place = rng.chance(0.4) ? ` ở ${rng.pick(VILLAGES)}` : '';
  return capitalize(phrase(rng, rng.int(5, 10))) + place;
}

/** A person's full name: family, middle and given name. */
export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

/** A `## heading` of 4 to 8 syllables. */
function heading(rng: Rng): string {
  return `## ${rng.pick(HEADING_STARTS)} ${phrase(rng, rng.int(3, 6))}`;
}

/** A bulleted list of 3 to 5 items, each ending with ";" and the last with ".". */
function list(rng: Rng): string {
  const items = Array.from({ length: rng.int(3, 5) }, () => `- ${phrase(rng, rng.int(6, 12))};`);
  items[items.length - 1] = items[items.length - 1].replace(/;$/, '.');
  return items.join('\n');
}

/** A quotation: "> " and one or two sentences. */
function quote(rng: Rng): string {
  return `> ${paragraph(rng, rng.int(1, 2))}`;
}

/** The average number of syllables in one section of `articleBody`. */
const SECTION_SYLLABLES = 150;

/**
 * An article body of about `target` syllables: a lead paragraph, then sections with a
 * `##` heading and paragraphs; the first section has a list and the second a quotation.
 */
export function articleBody(rng: Rng, target = 800): string {
  const blocks = [paragraph(rng, 3)];
  let count = countSyllables(blocks[0]);
  // A section holds about 150 syllables: stop when the next one would overshoot more than it fills.
  for (let section = 0; target - count > SECTION_SYLLABLES / 2; section++) {
    const parts = [heading(rng), paragraph(rng, rng.int(3, 5))];
    if (section === 0 || rng.chance(0.3)) parts.push(list(rng));
    if (section === 1 || rng.chance(0.3)) parts.push(quote(rng));
    parts.push(paragraph(rng, rng.int(2, 4)));
    blocks.push(...parts);
    count += countSyllables(parts.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}
