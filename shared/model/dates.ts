import { z } from 'zod';

/** A calendar date as people write it on forms: YYYY-MM-DD, a real day, not in the future. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { message: 'date.invalid' });

export const pastDateSchema = isoDateSchema.refine((value) => value <= todayIso(), { message: 'date.future' });

export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Whole years between a birth date and today. */
export function ageOn(birthDate: string, today: string = todayIso()): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * A date that may be left empty. Written as one refinement rather than a union, so a bad
 * date reports its own reason ("in the future", "does not exist") instead of a generic one.
 */
export const optionalPastDateSchema = z.string().superRefine((value, ctx) => {
  if (value === '') return;
  const parsed = pastDateSchema.safeParse(value);
  if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'date.invalid' });
});
