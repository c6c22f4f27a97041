import { z } from 'zod';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when "YYYY-MM-DD…" (already in that shape) names a day that exists, leap years included.
 * Worked out from the digits: an import checks thousands of dates, and a Date object each is slow.
 */
export function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/** True when "YYYY-MM-DDTHH:mm" (already in that shape) is a real day and a time on a 24-hour clock. */
export function isRealDateTime(value: string): boolean {
  return isRealDay(value) && Number(value.slice(11, 13)) <= 23 && Number(value.slice(14, 16)) <= 59;
}

/** A calendar date as people write it on forms: YYYY-MM-DD, a real day, not in the future. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  .refine(isRealDay, { message: 'date.invalid' });

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
