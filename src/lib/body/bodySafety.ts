/**
 * What a body may link to, which expressions it may hold, and how to fix one that does not
 * parse: shared by the checker, the build's renderer and the editor (no parser here).
 */
import { MDX_COMPONENTS } from './components.ts';
import type { ToolMessages } from '#src/i18n/vi.ts';

/** The registered components as a message lists them: "<FactBox>, <PullQuote>, ...". */
export const COMPONENT_LIST = Object.keys(MDX_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** A long piece of code cut for a message. */
export const shortCode = (code: string) => (code.length > 40 ? `${code.slice(0, 39)}…` : code);

/** How to fix what stops a body from parsing: the tag or brace concerned when the parser names it. */
export function parseHint(reason: string, say: ToolMessages['body']): string {
  const tag = /closing tag for `<([^>\s]+)>`/.exec(reason)?.[1];
  if (tag) return say.closeTag(tag);
  if (reason.includes('closing brace for `{`')) return say.closeBrace;
  if (reason.includes('comment in MDX')) return say.htmlComment;
  return say.closeEverything;
}

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
