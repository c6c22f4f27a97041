// What the medication schema accepts and refuses, with the message key each refusal carries.
import { describe, expect, it } from 'vitest';
import { medicationInputSchema, timingSchema } from '../../../shared/model/medication';

const messagesOf = (input: Record<string, unknown>): string[] => {
  const result = medicationInputSchema.safeParse({ name: 'Metformin', ...input });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('medication schema: dose amount', () => {
  it.each(['', '1', '2', '0.5', '1/2', '½', '1 1/2', '1½', '1-2', '1 - 2', '½-1', '10'])('accepts %j', (doseAmount) => {
    expect(messagesOf({ doseAmount })).toEqual([]);
  });

  it.each([
    ['one', 'medication.doseFormat'],
    ['1 tab', 'medication.doseFormat'],
    ['.5', 'medication.doseFormat'],
    ['1/0', 'medication.doseFormat'],
    ['0', 'medication.doseZero'],
    ['1.0', 'medication.doseTrailingZero'],
    ['2-1', 'medication.doseRangeOrder'],
  ])('refuses %j with %s', (doseAmount, message) => {
    expect(messagesOf({ doseAmount })).toEqual([message]);
  });

  it('keeps the dose as typed (trimmed), never converted', () => {
    expect(medicationInputSchema.parse({ name: 'A', doseAmount: ' 1/2 ' }).doseAmount).toBe('1/2');
    expect(medicationInputSchema.parse({ name: 'A', doseAmount: '0.5' }).doseAmount).toBe('0.5');
  });
});

describe('medication schema: other fields', () => {
  it('needs a name', () => {
    expect(medicationInputSchema.safeParse({ name: '  ' }).error?.issues[0]?.message).toBe('medication.nameRequired');
  });

  it('fills defaults: tablet by mouth, taking, no timing, no unit', () => {
    expect(medicationInputSchema.parse({ name: 'A' })).toMatchObject({
      form: 'tablet',
      route: 'mouth',
      status: 'taking',
      timing: { kind: 'none' },
      doseUnit: '',
      instructionsEdited: false,
      history: [],
    });
  });

  it('takes a dose unit as written, up to 40 characters', () => {
    expect(medicationInputSchema.parse({ name: 'A', doseUnit: ' units ' }).doseUnit).toBe('units');
    expect(messagesOf({ doseUnit: 'x'.repeat(41) })).toEqual(['text.tooLong']);
  });

  it('checks refill numbers', () => {
    expect(messagesOf({ daysSupply: 30, refillsLeft: 0 })).toEqual([]);
    expect(messagesOf({ daysSupply: 0 })).toEqual(['number.range']);
    expect(messagesOf({ refillsLeft: -1 })).toEqual(['number.range']);
  });
});

describe('timing schema', () => {
  const timingMessages = (timing: unknown): string[] => {
    const result = timingSchema.safeParse(timing);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it.each([
    { kind: 'none' },
    { kind: 'timesPerDay', timesPerDay: 1 },
    { kind: 'timesPerDay', timesPerDay: 12 },
    { kind: 'setTimes', times: ['08:00', '20:00'] },
    { kind: 'everyHours', hours: 6 },
    { kind: 'everyHours', hours: 1.5 },
    { kind: 'daysOfWeek', days: ['mon', 'fri'] },
    { kind: 'daysOfWeek', days: ['mon'], timesPerDay: 2 },
  ])('accepts %j', (timing) => {
    expect(timingMessages(timing)).toEqual([]);
  });

  it.each([
    [{ kind: 'timesPerDay', timesPerDay: 0 }, 'number.range'],
    [{ kind: 'timesPerDay', timesPerDay: 13 }, 'number.range'],
    [{ kind: 'timesPerDay', timesPerDay: 1.5 }, 'medication.wholeNumber'],
    [{ kind: 'timesPerDay', timesPerDay: Number.NaN }, 'medication.numberRequired'],
    [{ kind: 'setTimes', times: [] }, 'medication.timesRequired'],
    [{ kind: 'setTimes', times: ['8:00'] }, 'time.format'],
    [{ kind: 'setTimes', times: [''] }, 'time.format'],
    [{ kind: 'setTimes', times: ['08:00', '08:00'] }, 'medication.timesRepeated'],
    [{ kind: 'setTimes', times: Array.from({ length: 13 }, (_, i) => `${String(i + 1).padStart(2, '0')}:00`) }, 'medication.tooManyTimes'],
    [{ kind: 'everyHours', hours: 0 }, 'number.range'],
    [{ kind: 'everyHours', hours: 73 }, 'number.range'],
    [{ kind: 'everyHours', hours: null }, 'medication.numberRequired'],
    [{ kind: 'daysOfWeek', days: [] }, 'medication.daysRequired'],
    [{ kind: 'daysOfWeek', days: ['mon', 'mon'] }, 'medication.daysRepeated'],
  ])('refuses %j with %s', (timing, message) => {
    expect(timingMessages(timing)).toEqual([message]);
  });

  it('defaults days of the week to once a day', () => {
    expect(timingSchema.parse({ kind: 'daysOfWeek', days: ['mon'] })).toEqual({ kind: 'daysOfWeek', days: ['mon'], timesPerDay: 1 });
  });

  it('drops the fields of other timing shapes left over from a form', () => {
    expect(timingSchema.parse({ kind: 'everyHours', hours: 6, times: ['08:00'], timesPerDay: 2 })).toEqual({ kind: 'everyHours', hours: 6 });
  });
});
