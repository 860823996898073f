/** Plain text written as MDX that renders exactly that text, for imported articles. */

/** An empty MDX comment: it splits a text so that GFM does not turn a URL or an e-mail address into a link. */
const NO_AUTOLINK = '{/**/}';

/**
 * One paragraph of plain text as MDX that renders exactly that text: nothing in it runs as
 * code (braces, tags, import/export) and nothing becomes Markdown syntax, a link or typography.
 */
export function escapeMdxLine(line: string): string {
  return (
    line
      // Characters with a meaning anywhere in a line, smart quotes included.
      .replace(/[\\`*_{}[\]<>|~"'$^]/g, '\\$&')
      // "&amp;", "&#123;": character references would render as the character.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // "--", "---" and "..." would become dashes and an ellipsis.
      .replace(/-(?=-)/g, '\\-')
      .replace(/\.(?=\.)/g, '\\.')
      // At the start of a line: headings, lists ("-", "+", "1.", "1)").
      .replace(/^[#+-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      // ESM: "import" and "export" open JavaScript at a line start; a character reference defuses them.
      .replace(/^import\b/, '&#105;mport')
      .replace(/^export\b/, '&#101;xport')
      // GFM links bare URLs, "www." and e-mail addresses even when escaped.
      .replace(/(?<=www)(?=\.)/gi, NO_AUTOLINK)
      .replace(/(?=:\/\/)/g, NO_AUTOLINK)
      .replace(/(?=@)/g, NO_AUTOLINK)
  );
}

/** The body of the MDX file: one escaped paragraph per line. */
export function mdxBody(lines: readonly string[]): string {
  return lines.map(escapeMdxLine).join('\n\n');
}
