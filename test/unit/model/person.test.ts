import { describe, expect, it } from 'vitest';
import { personInputSchema, personSchema } from '../../../shared/model/person';
import { ageOn, todayIso } from '../../../shared/model/dates';
import { preferencesSchema } from '../../../shared/model/settings';

const messages = (input: unknown): string[] => {
  const result = personInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('Person schema', () => {
  it('needs only a full name, trims it, and fills the optional fields with empty strings', () => {
    expect(personInputSchema.parse({ fullName: '  Ana Ruiz ' })).toEqual({
      fullName: 'Ana Ruiz',
      preferredName: '',
      birthDate: '',
      relationship: '',
      preferredLanguage: '',
      advanceDirectiveLocation: '',
      preferredHospital: '',
    });
  });

  it('gives each problem its own translation key', () => {
    expect(messages({ fullName: ' ' })).toEqual(['person.fullNameRequired']);
    expect(messages({ fullName: 'A', birthDate: '2023-02-29' })).toEqual(['date.invalid']);
    expect(messages({ fullName: 'A', birthDate: '3/4/1950' })).toEqual(['date.format']);
    expect(messages({ fullName: 'A', birthDate: '2999-01-01' })).toEqual(['date.future']);
    expect(messages({ fullName: 'x'.repeat(201) })).toEqual(['text.tooLong']);
    expect(messages({ fullName: 'A', relationship: 'boss' })).not.toEqual([]);
  });

  it('accepts today and leap days as a date of birth', () => {
    expect(messages({ fullName: 'A', birthDate: todayIso() })).toEqual([]);
    expect(messages({ fullName: 'A', birthDate: '2024-02-29' })).toEqual([]);
  });

  it('stores id and timestamps beside the fields', () => {
    expect(personSchema.safeParse({ fullName: 'A' }).success).toBe(false);
    expect(personSchema.parse({ fullName: 'A', id: 'x', createdAt: 't', updatedAt: 't' }).id).toBe('x');
  });
});

describe('Ages', () => {
  it('counts whole years, turning over on the birthday', () => {
    expect(ageOn('1941-03-07', '2026-03-06')).toBe(84);
    expect(ageOn('1941-03-07', '2026-03-07')).toBe(85);
    expect(ageOn('2024-02-29', '2025-02-28')).toBe(0);
  });
});

describe('Preferences schema', () => {
  it('defaults the idle lock to 5 minutes', () => {
    expect(preferencesSchema.parse({})).toEqual({ idleLockMinutes: 5 });
  });
});
