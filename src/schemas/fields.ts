import { z } from 'zod';
import { parseArchiveDate } from '../lib/shared/dates.ts';

/** An id: ASCII, lower case, words joined by "-" (the file name without its extension). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by "-"');

/** Text shown to readers: trimmed, never empty, always NFC. */
export const TextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .transform((text) => text.normalize('NFC'));

/** A list of ids, defaulting to none. */
export const IdListSchema = z.array(IdSchema).default([]);

/**
 * A date as written in YAML: "2023-05-19", "2023-05-19T07:00" or with an offset.
 * A value without an offset is in `timeZone`; impossible dates (2024-02-30) are refused.
 */
export function dateSchema(timeZone: string) {
  return z.union([z.string(), z.date()]).transform((value, ctx) => {
    if (value instanceof Date) return value;
    const parsed = parseArchiveDate(value, timeZone);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  });
}
