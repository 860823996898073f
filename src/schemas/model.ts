import { z } from 'zod';
import { IdSchema, TextSchema } from './fields.ts';

/** An exemplary model, "mô hình" (content/models/<id>.yaml). */
export const ModelSchema = z
  .object({
    /** The model's name. */
    name: TextSchema,
    /** District id; absent when province-wide. */
    district: IdSchema.optional(),
    /** Who runs it, e.g. "Đảng bộ huyện Bạch Thông". */
    organization: TextSchema,
    /** A topic id. */
    category: IdSchema,
    /** The year it started. */
    started: z.number().int().min(1900).max(2100).optional(),
    /** What it does, in two or three sentences. */
    summary: TextSchema,
    /** Sample data that is not real. */
    invented: z.boolean().default(false),
  })
  .strict();

export type ModelData = z.output<typeof ModelSchema>;
