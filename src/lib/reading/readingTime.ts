/** Reading time of an article, counted in Vietnamese syllables. */

/**
 * Syllables a reader gets through in a minute. Vietnamese is written a syllable per word, and
 * silent reading of news prose runs at about 200 to 250 syllables a minute: 220 is the middle.
 */
export const SYLLABLES_PER_MINUTE = 220;

/** The readable words of an MDX body: Markdown and JSX syntax, URLs and code dropped. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`~|\\-]+/g, ' ');
}

/** Whole minutes, at least one, to read `text`. */
export function readingMinutes(text: string): number {
  const syllables = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return Math.max(1, Math.round(syllables / SYLLABLES_PER_MINUTE));
}
