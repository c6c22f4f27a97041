import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { todayIso } from './dates';
import { codesSchema, longText, requiredText, text } from './fields';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * "Since when" as people know it: a year (2019), a month (2019-04) or a day (2019-04-15).
 * A full date must exist, and none may be later than today.
 */
export const partialDateSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    if (!PARTIAL_DATE.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'date.partialFormat' });
      return;
    }
    if (value.length === 10 && !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
      ctx.addIssue({ code: 'custom', message: 'date.invalid' });
      return;
    }
    // Compare only as much of today as was written: "2026" is fine all through 2026.
    if (value > todayIso().slice(0, value.length)) ctx.addIssue({ code: 'custom', message: 'condition.sinceFuture' });
  })
  .default('');

export const CONDITION_STATUSES = ['active', 'resolved'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

export const conditionInputSchema = z.object({
  /** The name as written on the papers ("Essential hypertension"), kept for clinicians. */
  name: requiredText('condition.nameRequired'),
  /** The everyday name ("High blood pressure"), shown first. */
  plainName: text(200),
  status: z.enum(CONDITION_STATUSES).default('active'),
  since: partialDateSchema,
  codes: codesSchema,
  notes: longText(),
});
export type ConditionInput = z.input<typeof conditionInputSchema>;
export const conditionSchema = storedItemSchema('condition', conditionInputSchema);
export type Condition = z.infer<typeof conditionSchema>;
