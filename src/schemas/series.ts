import { z } from 'zod';
import { TextSchema } from './fields.ts';

/** A multi-part series (content/series/<id>.yaml). */
export const SeriesSchema = z
  .object({
    /** The series title, shown in every part's kicker. */
    title: TextSchema,
    /** What the series is about. */
    description: TextSchema,
    /** Whether more parts are coming. */
    status: z.enum(['ongoing', 'complete']),
    /** Parts known by title, e.g. parts not (yet) in the archive. */
    parts: z
      .array(z.object({ part: z.number().int().min(1), title: TextSchema }).strict())
      .default([]),
  })
  .strict();

export type SeriesData = z.output<typeof SeriesSchema>;
