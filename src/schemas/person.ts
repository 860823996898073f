import { z } from 'zod';
import { IdSchema, TextSchema } from './fields.ts';

/** An exemplary person (content/people/<id>.yaml). */
export const PersonSchema = z
  .object({
    /** Full name. */
    name: TextSchema,
    /** What they do, e.g. "Trưởng thôn". */
    role: TextSchema,
    /** District id. */
    district: IdSchema.optional(),
    /** Where they work or belong. */
    organization: TextSchema.optional(),
    /** What they are known for. */
    achievements: z.array(TextSchema).default([]),
    /** Something they said. */
    quote: TextSchema.optional(),
    /** Sample data that is not real. */
    invented: z.boolean().default(false),
  })
  .strict();

export type PersonData = z.output<typeof PersonSchema>;
