import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalDate, requiredText, text } from './fields';
import { measurementTypeSchema } from './measurement';

export const goalCheckInSchema = z.object({
  id: z.string().min(1),
  date: z.string(),
  progress: z.enum(['better', 'same', 'worse']).default('same'),
  note: z.string().default(''),
});
export type GoalCheckIn = z.infer<typeof goalCheckInSchema>;

export const goalInputSchema = z.object({
  /** The goal in the person's own words ("Walk to church without stopping"). */
  statement: requiredText('goal.statementRequired', 500),
  whyItMatters: text(1000),
  /** Optional measure and target, e.g. A1C below 7, or a custom "minutes walked" at least 20. */
  measureType: z.union([z.literal(''), measurementTypeSchema]).default(''),
  measureName: text(100),
  targetComparator: z.enum(['below', 'atMost', 'atLeast', 'above', 'about']).default('below'),
  targetValue: z.number().nullable().default(null),
  targetUnit: text(30),
  targetDate: optionalDate(),
  status: z.enum(['active', 'achieved', 'paused', 'stopped']).default('active'),
  helpers: text(300),
  /** How often to check in; the overview lists goals whose last check-in is older than this. */
  checkInEveryDays: z.number().int().min(1, { message: 'number.range' }).max(365, { message: 'number.range' }).default(14),
  checkIns: z.array(goalCheckInSchema).default([]),
  notes: longText(),
});
export type GoalInput = z.input<typeof goalInputSchema>;
export const goalSchema = storedItemSchema('goal', goalInputSchema);
export type Goal = z.infer<typeof goalSchema>;
