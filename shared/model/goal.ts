import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { isoDateSchema, todayIso } from './dates';
import { longText, optionalDate, requiredText, text } from './fields';
import { measurementTypeSchema } from './measurement';

export const GOAL_PROGRESS = ['better', 'same', 'worse'] as const;
export const TARGET_COMPARATORS = ['below', 'atMost', 'atLeast', 'above', 'about'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

/** One check-in as stored: any real day (no "not in the future" rule, so a changed clock never makes a goal unreadable). */
export const goalCheckInSchema = z.object({
  id: z.string().min(1),
  date: isoDateSchema,
  progress: z.enum(GOAL_PROGRESS).default('same'),
  note: text(1000),
});
export type GoalCheckIn = z.infer<typeof goalCheckInSchema>;

/**
 * What the "Add check-in" form may submit: a real day, today or earlier. Every field is
 * given (no defaults), so what the form holds and what it submits have one type.
 */
export const goalCheckInInputSchema = z.object({
  date: z.string().superRefine((value, ctx) => {
    if (value === '') return void ctx.addIssue({ code: 'custom', message: 'goal.checkInDateRequired' });
    const parsed = isoDateSchema.safeParse(value);
    if (!parsed.success) return void ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'date.invalid' });
    if (value > todayIso()) ctx.addIssue({ code: 'custom', message: 'goal.checkInFuture' });
  }),
  progress: z.enum(GOAL_PROGRESS),
  note: z.string().trim().max(1000, { message: 'text.tooLong' }),
});
export type GoalCheckInInput = z.input<typeof goalCheckInInputSchema>;

/** A target number: empty means "no target". */
const targetNumber = () =>
  z.number().min(-100000, { message: 'number.range' }).max(100000, { message: 'number.range' }).nullable().default(null);

export const goalInputSchema = z.object({
  /** The goal in the person's own words ("Walk to church without stopping"). */
  statement: requiredText('goal.statementRequired', 500),
  whyItMatters: text(1000),
  /** Optional measure and target, e.g. A1C below 7, or a custom "minutes walked" at least 20. */
  measureType: z.union([z.literal(''), measurementTypeSchema]).default(''),
  /** The name of a custom measure ("Minutes walked"); matches custom measurements of that name. */
  measureName: text(100),
  targetComparator: z.enum(TARGET_COMPARATORS).default('below'),
  targetValue: targetNumber(),
  /** Blood pressure only: the target for the bottom number (e.g. below 130/80). */
  targetValue2: targetNumber(),
  targetUnit: text(30),
  targetDate: optionalDate(),
  status: z.enum(['active', 'achieved', 'paused', 'stopped']).default('active'),
  helpers: text(300),
  /** How often to check in; the overview lists goals whose last check-in is older than this. */
  checkInEveryDays: z
    .number({ message: 'goal.checkInEveryRequired' })
    .int({ message: 'goal.checkInEveryRequired' })
    .min(1, { message: 'number.range' })
    .max(365, { message: 'number.range' })
    .default(14),
  checkIns: z.array(goalCheckInSchema).default([]),
  notes: longText(),
});
export type GoalInput = z.input<typeof goalInputSchema>;
export const goalSchema = storedItemSchema('goal', goalInputSchema);
export type Goal = z.infer<typeof goalSchema>;
export type GoalStatus = Goal['status'];
