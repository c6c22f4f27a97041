import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRealDateTime, isRealDay } from '../../../shared/model/dates';

/** The definition: a day exists when the calendar gives it back unchanged. */
const dayExists = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const dateTimeExists = (value: string): boolean => {
  const date = new Date(`${value}:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));

describe('real days and times', () => {
  it('knows leap years and month lengths', () => {
    expect(['2024-02-29', '2000-02-29', '2023-04-30', '0000-01-01'].map(isRealDay)).toEqual([true, true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00'].map(isRealDay)).toEqual([false, false, false, false, false, false]);
    expect(['2024-03-10T23:59', '2024-03-10T24:00', '2024-03-10T12:60'].map(isRealDateTime)).toEqual([true, false, false]);
  });

  it('agrees with the calendar for every shape-valid date and time', () => {
    fc.assert(fc.property(year, twoDigits, twoDigits, (y, m, d) => isRealDay(`${y}-${m}-${d}`) === dayExists(`${y}-${m}-${d}`)), { numRuns: 20000 });
    fc.assert(
      fc.property(year, twoDigits, twoDigits, twoDigits, twoDigits, (y, mo, d, h, mi) => isRealDateTime(`${y}-${mo}-${d}T${h}:${mi}`) === dateTimeExists(`${y}-${mo}-${d}T${h}:${mi}`)),
      { numRuns: 20000 },
    );
  });
});
