import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { codesSchema, longText, requiredText, text } from './fields';

export const allergyInputSchema = z.object({
  substance: requiredText('allergy.substanceRequired'),
  reaction: text(300),
  severity: z.enum(['unknown', 'mild', 'moderate', 'severe', 'lifeThreatening']).default('unknown'),
  /**
   * Allergy, intolerance or side effect. Not named `kind`: every stored item's `kind` names its
   * area, and would overwrite it.
   */
  type: z.enum(['allergy', 'intolerance', 'sideEffect']).default('allergy'),
  category: z.enum(['medicine', 'food', 'environment', 'other']).default('medicine'),
  codes: codesSchema,
  notes: longText(),
});
export type AllergyInput = z.input<typeof allergyInputSchema>;
export const allergySchema = storedItemSchema('allergy', allergyInputSchema);
export type Allergy = z.infer<typeof allergySchema>;
