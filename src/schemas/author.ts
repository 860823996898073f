import { z } from 'zod';
import { TextSchema } from './fields.ts';

/** A byline (content/authors/<id>.yaml). */
export const AuthorSchema = z
  .object({
    /** The name printed in the byline. */
    name: TextSchema,
    /** Their role or desk. */
    role: TextSchema.optional(),
    /** Sample data that is not real. */
    invented: z.boolean().default(false),
  })
  .strict();

export type AuthorData = z.output<typeof AuthorSchema>;
