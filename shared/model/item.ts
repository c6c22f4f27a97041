import { z } from 'zod';

/**
 * The shape every care-record item shares (medicines, appointments, …): it belongs to
 * one person. Each area adds its own fields; unknown fields are kept, never dropped.
 */
export const careItemSchema = z.looseObject({
  id: z.string().min(1),
  personId: z.string().min(1),
  kind: z.string().min(1),
});
export type CareItem = z.infer<typeof careItemSchema>;
