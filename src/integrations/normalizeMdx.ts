/** A Vite plugin: MDX sources are compiled in NFC, so an NFD file still publishes NFC text. */
import type { Plugin } from 'vite';

/** Normalises every .mdx module to Unicode NFC before the MDX compiler reads it. */
export function normalizeMdx(): Plugin {
  return {
    name: 'story-archive:normalize-mdx',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('.mdx')) return null;
      const normalized = code.normalize('NFC');
      return normalized === code ? null : { code: normalized, map: null };
    },
  };
}
