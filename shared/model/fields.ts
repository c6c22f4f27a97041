import { z } from 'zod';
import { isoDateSchema, isRealDateTime } from './dates';

/**
 * Field builders shared by the areas' schemas. Messages are translation keys under
 * "validation." in resources/locales/<lang>/common.json.
 */
export const text = (max = 500) => z.string().trim().max(max, { message: 'text.tooLong' }).default('');
export const requiredText = (message: string, max = 200) => z.string().trim().min(1, { message }).max(max, { message: 'text.tooLong' });
export const longText = () => text(5000);

/** A calendar date that may be left empty; any valid day, past or future. */
export const optionalDate = () =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (value === '') return;
      const parsed = isoDateSchema.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'date.invalid' });
    })
    .default('');

/** The shape of a local date and time: YYYY-MM-DDTHH:mm. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A local date and time as a datetime-local field gives it: YYYY-MM-DDTHH:mm. A wrong shape gets the format message only. */
export const localDateTime = () =>
  z
    .string()
    .regex(LOCAL_DATE_TIME, { message: 'dateTime.format' })
    .refine((value) => !LOCAL_DATE_TIME.test(value) || isRealDateTime(value), { message: 'dateTime.invalid' });

/** A time of day, HH:mm (24-hour). */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time.format' });

/** An id of another item (care-team member, appointment …), or empty. */
export const optionalRef = () => z.string().default('');

/** A number typed in a form: empty means "not given". */
export const optionalNumber = (min: number, max: number) =>
  z
    .union([z.number(), z.literal(''), z.null()])
    .transform((value) => (value === '' ? null : value))
    .pipe(z.number().min(min, { message: 'number.range' }).max(max, { message: 'number.range' }).nullable())
    .default(null);

export const codesSchema = z
  .object({
    rxnorm: z.array(z.string()).default([]),
    snomed: z.array(z.string()).default([]),
    icd10: z.array(z.string()).default([]),
    other: z.array(z.object({ system: z.string(), code: z.string(), display: z.string().default('') })).default([]),
  })
  .default({ rxnorm: [], snomed: [], icd10: [], other: [] });
export type Codes = z.infer<typeof codesSchema>;
