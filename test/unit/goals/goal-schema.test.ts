import { describe, expect, it } from 'vitest';
import { goalCheckInInputSchema, goalInputSchema, goalSchema } from '../../../shared/model/goal';
import { todayIso } from '../../../shared/model/dates';
import { addDays } from '../../../shared/record/calendar-days';

const messages = (schema: typeof goalInputSchema | typeof goalCheckInInputSchema, input: unknown): string[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('Goal schema', () => {
  it('needs only the goal in the person’s words, and fills the rest', () => {
    expect(goalInputSchema.parse({ statement: '  Walk to church without stopping ' })).toEqual({
      statement: 'Walk to church without stopping',
      whyItMatters: '',
      measureType: '',
      measureName: '',
      targetComparator: 'below',
      targetValue: null,
      targetValue2: null,
      targetUnit: '',
      targetDate: '',
      status: 'active',
      helpers: '',
      checkInEveryDays: 14,
      checkIns: [],
      notes: '',
    });
  });

  it('accepts a measure with a target', () => {
    expect(messages(goalInputSchema, { statement: 'Keep my A1C below 7', measureType: 'a1c', targetComparator: 'below', targetValue: 7, targetUnit: '%' })).toEqual([]);
    expect(messages(goalInputSchema, { statement: 'BP', measureType: 'bloodPressure', targetValue: 130, targetValue2: 80 })).toEqual([]);
    expect(messages(goalInputSchema, { statement: 'Walk', measureType: 'custom', measureName: 'Minutes walked', targetComparator: 'atLeast', targetValue: 20 })).toEqual([]);
  });

  it('refuses an empty goal, an unknown measure or comparator, and a bad check-in rhythm', () => {
    expect(messages(goalInputSchema, { statement: '  ' })).toEqual(['statement:goal.statementRequired']);
    expect(messages(goalInputSchema, { statement: 'x', measureType: 'temperature' })).not.toEqual([]);
    expect(messages(goalInputSchema, { statement: 'x', targetComparator: 'under' })).not.toEqual([]);
    expect(messages(goalInputSchema, { statement: 'x', checkInEveryDays: null })).toEqual(['checkInEveryDays:goal.checkInEveryRequired']);
    expect(messages(goalInputSchema, { statement: 'x', checkInEveryDays: 2.5 })).toEqual(['checkInEveryDays:goal.checkInEveryRequired']);
    expect(messages(goalInputSchema, { statement: 'x', checkInEveryDays: 0 })).toEqual(['checkInEveryDays:number.range']);
    expect(messages(goalInputSchema, { statement: 'x', checkInEveryDays: 366 })).toEqual(['checkInEveryDays:number.range']);
    expect(messages(goalInputSchema, { statement: 'x', targetDate: '2025-02-30' })).toEqual(['targetDate:date.invalid']);
  });

  it('stores check-ins with a real date; the stored form does not judge the future', () => {
    const checkIn = { id: 'c1', date: addDays(todayIso(), 3), progress: 'better', note: 'Walked further' };
    const stored = { statement: 'x', kind: 'goal', id: 'g1', personId: 'p1', createdAt: 't', updatedAt: 't', checkIns: [checkIn] };
    expect(goalSchema.safeParse(stored).success).toBe(true);
    expect(goalSchema.safeParse({ ...stored, checkIns: [{ ...checkIn, date: 'last week' }] }).success).toBe(false);
    expect(goalSchema.safeParse({ ...stored, checkIns: [{ ...checkIn, progress: 'great' }] }).success).toBe(false);
  });

  it('takes a check-in for today or earlier from the form', () => {
    expect(goalCheckInInputSchema.parse({ date: todayIso(), progress: 'same', note: ' Slept well ' })).toEqual({ date: todayIso(), progress: 'same', note: 'Slept well' });
    expect(messages(goalCheckInInputSchema, { date: addDays(todayIso(), 1), progress: 'worse', note: '' })).toEqual(['date:goal.checkInFuture']);
    expect(messages(goalCheckInInputSchema, { date: '', progress: 'same', note: '' })).toEqual(['date:goal.checkInDateRequired']);
    expect(messages(goalCheckInInputSchema, { date: '2025-02-30', progress: 'same', note: '' })).toEqual(['date:date.invalid']);
    expect(messages(goalCheckInInputSchema, { date: '2025-01-01', progress: 'better', note: 'x'.repeat(1001) })).toEqual(['note:text.tooLong']);
  });
});
