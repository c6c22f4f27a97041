import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { codesSchema, longText, optionalDate, optionalRef, requiredText, text, timeOfDay } from './fields';
import { parseDoseAmount } from '../plain-language/dose-amount';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

export const doseFormSchema = z.enum([
  'tablet',
  'capsule',
  'liquid',
  'drop',
  'puff',
  'patch',
  'injection',
  'spray',
  'cream',
  'suppository',
  'powder',
  'other',
]);
export type DoseForm = z.infer<typeof doseFormSchema>;

export const routeSchema = z.enum(['mouth', 'underTongue', 'skin', 'eye', 'ear', 'nose', 'inhaled', 'injection', 'rectal', 'vaginal', 'other']);
export type Route = z.infer<typeof routeSchema>;

export const foodCueSchema = z.enum(['none', 'withFood', 'emptyStomach', 'beforeMeals', 'afterMeals', 'atBedtime']);
export type FoodCue = z.infer<typeof foodCueSchema>;

/** Schema messages for each way a typed dose can be wrong. */
const DOSE_MESSAGES = {
  format: 'medication.doseFormat',
  zero: 'medication.doseZero',
  trailingZero: 'medication.doseTrailingZero',
  rangeOrder: 'medication.doseRangeOrder',
} as const;

/**
 * A dose as written: a whole number, a decimal, a fraction (1/2, ½, 1 1/2) or a range (1-2).
 * Kept as text so nothing is rounded or reformatted. A trailing zero ("1.0") is refused: it
 * is read as ten times the dose (ISMP's list of error-prone ways of writing doses).
 */
export const doseAmountSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    const parsed = parseDoseAmount(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: DOSE_MESSAGES[parsed] });
  })
  .default('');

/** How many times a day: a whole number from 1 to 12. */
const timesADay = () =>
  z
    .number({ message: 'medication.numberRequired' })
    .int({ message: 'medication.wholeNumber' })
    .min(1, { message: 'number.range' })
    .max(12, { message: 'number.range' });

/** When to take it: one of the shapes people are told. */
export const timingSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('timesPerDay'), timesPerDay: timesADay() }),
    z.object({
      kind: z.literal('setTimes'),
      times: z
        .array(timeOfDay)
        .min(1, { message: 'medication.timesRequired' })
        .max(12, { message: 'medication.tooManyTimes' })
        .refine((times) => new Set(times).size === times.length, { message: 'medication.timesRepeated' }),
    }),
    z.object({
      kind: z.literal('everyHours'),
      hours: z.number({ message: 'medication.numberRequired' }).min(1, { message: 'number.range' }).max(72, { message: 'number.range' }),
    }),
    z.object({
      kind: z.literal('daysOfWeek'),
      days: z
        .array(weekdaySchema)
        .min(1, { message: 'medication.daysRequired' })
        .refine((days) => new Set(days).size === days.length, { message: 'medication.daysRepeated' }),
      timesPerDay: timesADay().default(1),
    }),
  ])
  .default({ kind: 'none' });
export type Timing = z.infer<typeof timingSchema>;

export const medicationStatusSchema = z.enum(['taking', 'paused', 'stopped']);
export type MedicationStatus = z.infer<typeof medicationStatusSchema>;

export const medicationChangeSchema = z.object({
  date: z.string(),
  change: z.enum(['started', 'doseChanged', 'instructionsChanged', 'paused', 'resumed', 'stopped', 'imported']),
  /** What was before and after, as shown to people ("10 mg" → "20 mg"). */
  from: z.string().default(''),
  to: z.string().default(''),
  reason: z.string().default(''),
  by: z.string().default(''),
});
export type MedicationChange = z.infer<typeof medicationChangeSchema>;

export const medicationInputSchema = z.object({
  name: requiredText('medication.nameRequired'),
  brandName: text(200),
  strength: text(100),
  form: doseFormSchema.default('tablet'),
  doseAmount: doseAmountSchema,
  /** The dose's unit when it is not the form's own ("units", "teaspoons"); shown as written. */
  doseUnit: text(40),
  route: routeSchema.default('mouth'),
  timing: timingSchema,
  asNeeded: z.boolean().default(false),
  asNeededReason: text(200),
  foodCue: foodCueSchema.default('none'),
  /** The plain-language sentence; written from the fields unless the user edited it. */
  instructions: text(1000),
  instructionsEdited: z.boolean().default(false),
  purpose: text(300),
  prescriberId: optionalRef(),
  pharmacy: text(200),
  startDate: optionalDate(),
  endDate: optionalDate(),
  status: medicationStatusSchema.default('taking'),
  statusReason: text(500),
  lastFillDate: optionalDate(),
  daysSupply: z.number().int().min(1, { message: 'number.range' }).max(400, { message: 'number.range' }).nullable().default(null),
  refillsLeft: z.number().int().min(0, { message: 'number.range' }).max(99, { message: 'number.range' }).nullable().default(null),
  color: text(60),
  shape: text(60),
  imprint: text(60),
  codes: codesSchema,
  notes: longText(),
  history: z.array(medicationChangeSchema).default([]),
});
export type MedicationInput = z.input<typeof medicationInputSchema>;

export const medicationSchema = storedItemSchema('medication', medicationInputSchema);
export type Medication = z.infer<typeof medicationSchema>;
