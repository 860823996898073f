import { z } from 'zod';
import { TextSchema } from './fields.ts';

/** A district-level unit as it was when its stories were published (content/districts/<id>.yaml). */
export const DistrictSchema = z
  .object({
    /** The name, e.g. "Bạch Thông". */
    name: TextSchema,
    /** City, district (huyện) or town (thị xã). */
    kind: z.enum(['city', 'district', 'town']),
    /** The province it belonged to. */
    province: TextSchema,
    /** Position in listings; alphabetical after the ordered ones. */
    order: z.number().int().optional(),
    /** One sentence about the place. */
    summary: TextSchema.optional(),
    /** What became of it (e.g. the 2025 reorganisation). */
    history: TextSchema.optional(),
  })
  .strict();

export type DistrictData = z.output<typeof DistrictSchema>;
