import { afterEach, describe, expect, it, vi } from 'vitest';
import { conditionInputSchema, conditionSchema } from '../../../shared/model/condition';

const messages = (input: unknown): string[] => {
  const result = conditionInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('Condition schema', () => {
  afterEach(() => vi.useRealTimers());

  it('needs only the name from the papers; it is active, with no date and no codes', () => {
    expect(conditionInputSchema.parse({ name: ' Essential hypertension ' })).toEqual({
      name: 'Essential hypertension',
      plainName: '',
      status: 'active',
      since: '',
      codes: { rxnorm: [], snomed: [], icd10: [], other: [] },
      notes: '',
    });
    expect(messages({ name: '' })).toEqual(['condition.nameRequired']);
    expect(messages({ name: 'A', status: 'gone' })).not.toEqual([]);
  });

  it('takes "since" as a year, a month or a day', () => {
    vi.useFakeTimers({ now: new Date('2026-06-15T12:00:00') });
    for (const since of ['2019', '2019-04', '2019-04-15', '2024-02-29', ' 2019 ', '2026', '2026-06', '2026-06-15']) {
      expect(messages({ name: 'A', since }), since).toEqual([]);
    }
    expect(conditionInputSchema.parse({ name: 'A', since: ' 2019-04 ' }).since).toBe('2019-04');
  });

  it('says what is wrong with a "since" it cannot use', () => {
    vi.useFakeTimers({ now: new Date('2026-06-15T12:00:00') });
    expect(messages({ name: 'A', since: 'April 2019' })).toEqual(['date.partialFormat']);
    expect(messages({ name: 'A', since: '2019-13' })).toEqual(['date.partialFormat']);
    expect(messages({ name: 'A', since: '19' })).toEqual(['date.partialFormat']);
    expect(messages({ name: 'A', since: '2023-02-29' })).toEqual(['date.invalid']);
    expect(messages({ name: 'A', since: '2019-04-31' })).toEqual(['date.invalid']);
    expect(messages({ name: 'A', since: '2027' })).toEqual(['condition.sinceFuture']);
    expect(messages({ name: 'A', since: '2026-07' })).toEqual(['condition.sinceFuture']);
    expect(messages({ name: 'A', since: '2026-06-16' })).toEqual(['condition.sinceFuture']);
  });

  it('keeps SNOMED and ICD-10 codes as lists', () => {
    const condition = conditionInputSchema.parse({ name: 'A', codes: { snomed: ['59621000'], icd10: ['I10'] } });
    expect(condition.codes).toMatchObject({ snomed: ['59621000'], icd10: ['I10'] });
  });

  it('stores kind and meta beside the fields', () => {
    expect(conditionSchema.parse({ name: 'A', kind: 'condition', id: 'c', personId: 'p', createdAt: 't', updatedAt: 't' }).kind).toBe('condition');
  });
});
