import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { codesSchema, longText, requiredText, text } from './fields';

/** "Since when" as people know it: a year, a month, or a day. */
export const partialDateSchema = z
  .string()
  .trim()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/, { message: 'date.partialFormat' })
  .default('');

export const conditionInputSchema = z.object({
  name: requiredText('condition.nameRequired'),
  /** The everyday name; the clinical name stays in `name` for clinicians. */
  plainName: text(200),
  status: z.enum(['active', 'resolved']).default('active'),
  since: partialDateSchema,
  codes: codesSchema,
  notes: longText(),
});
export type ConditionInput = z.input<typeof conditionInputSchema>;
export const conditionSchema = storedItemSchema('condition', conditionInputSchema);
export type Condition = z.infer<typeof conditionSchema>;
