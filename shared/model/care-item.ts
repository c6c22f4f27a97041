import { z } from 'zod';

/** Where an item came from: typed in by hand, or imported (which file, document, organization, when). */
export const sourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manual') }),
  z.object({
    type: z.literal('import'),
    fileName: z.string(),
    documentTitle: z.string().default(''),
    organization: z.string().default(''),
    documentDate: z.string().default(''),
    importedAt: z.string(),
  }),
]);
export type Source = z.infer<typeof sourceSchema>;

/** Every area of the care record, as stored in the `items` table (the kind is inside the ciphertext). */
export const CARE_KINDS = [
  'careTeamMember',
  'medication',
  'allergy',
  'condition',
  'appointment',
  'goal',
  'measurement',
  'task',
  'question',
  'hospitalStay',
] as const;
export type CareKind = (typeof CARE_KINDS)[number];

/** What every stored item carries besides its own fields. */
export const itemMetaShape = {
  id: z.string().min(1),
  personId: z.string().min(1),
  source: sourceSchema.default({ type: 'manual' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** Builds the stored schema of an area from its input schema: input fields + kind + meta. */
export function storedItemSchema<K extends CareKind, S extends z.ZodRawShape>(kind: K, input: z.ZodObject<S>) {
  return input.extend({ kind: z.literal(kind), ...itemMetaShape });
}
