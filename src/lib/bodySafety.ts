/** What a body may link to and which expressions it may hold: shared by the checker and renderers. */

/** Link schemes a reader can follow without running anything; a path or "#..." has none. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Whether a link target is an ordinary address (no `javascript:`, `data:` or the like). */
export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const scheme = /^([^/?#]*?):/.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
}

/** Whether an expression holds only JavaScript comments: it runs nothing and shows nothing. */
export function isComment(expression: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(expression);
}
