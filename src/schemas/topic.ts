import { z } from 'zod';
import { TextSchema } from './fields.ts';

/** A topic (content/topics/<id>.yaml). */
export const TopicSchema = z
  .object({
    /** The topic's name. */
    name: TextSchema,
    /** One sentence about it. */
    description: TextSchema.optional(),
  })
  .strict();

export type TopicData = z.output<typeof TopicSchema>;
