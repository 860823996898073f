/** Decap CMS's Vietnamese with what it leaves in English translated (src/i18n/vi.ts). */

/** A locale of Decap's: nested phrases. */
export type Phrases = { [key: string]: string | Phrases };

/** `base` with every phrase of `overrides` put in, at any depth. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const inner = merged[key];
    merged[key] =
      typeof value === 'object' && typeof inner === 'object' ? mergePhrases(inner, value) : value;
  }
  return merged;
}

/** The paths of the phrases of `english` that `locale` lacks or leaves as they are in English. */
export function untranslated(english: Phrases, locale: Phrases, parent = ''): string[] {
  return Object.entries(english).flatMap(([key, value]) => {
    const path = parent ? `${parent}.${key}` : key;
    const own = locale[key];
    if (typeof value === 'object')
      return untranslated(value, typeof own === 'object' ? own : {}, path);
    return own === undefined || own === value ? [path] : [];
  });
}
