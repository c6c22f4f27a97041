import { describe, expect, it } from 'vitest';
import { measurementInputSchema, measurementSchema } from '../../../shared/model/measurement';

const messages = (input: unknown): string[] => {
  const result = measurementInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};
const base = { takenAt: '2025-05-03T08:30', unit: '' };

describe('Measurement schema', () => {
  it('accepts each type with what it needs, and fills the optional fields', () => {
    expect(measurementInputSchema.parse({ ...base, type: 'a1c', value: 7.4, unit: '%' })).toEqual({
      type: 'a1c',
      customName: '',
      takenAt: '2025-05-03T08:30',
      value: 7.4,
      value2: null,
      unit: '%',
      context: '',
      notes: '',
      codes: { rxnorm: [], snomed: [], icd10: [], other: [] },
    });
    expect(messages({ ...base, type: 'bloodPressure', value: 128, value2: 82, unit: 'mmHg' })).toEqual([]);
    expect(messages({ ...base, type: 'weight', value: 81.5, unit: 'kg' })).toEqual([]);
    expect(messages({ ...base, type: 'bloodSugar', value: 6.1, unit: 'mmol/L' })).toEqual([]);
    expect(messages({ ...base, type: 'pain', value: 0 })).toEqual([]);
    expect(messages({ ...base, type: 'pain', value: 10 })).toEqual([]);
    expect(messages({ ...base, type: 'custom', customName: 'Steps', value: 4200, unit: 'steps' })).toEqual([]);
  });

  it('needs both numbers of a blood pressure', () => {
    expect(messages({ ...base, type: 'bloodPressure', value: 128, unit: 'mmHg' })).toEqual(['value2:measurement.diastolicRequired']);
    expect(messages({ ...base, type: 'bloodPressure', value: 128, value2: null, unit: 'mmHg' })).toEqual(['value2:measurement.diastolicRequired']);
    expect(messages({ ...base, type: 'bloodPressure', value: null, value2: 80 })).toContain('value:measurement.valueRequired');
    expect(messages({ ...base, type: 'bloodPressure', value: 1280, value2: 80 })).toEqual(['value:number.range']);
  });

  it('keeps pain a whole number from 0 to 10', () => {
    expect(messages({ ...base, type: 'pain', value: 11 })).toEqual(['value:measurement.painRange']);
    expect(messages({ ...base, type: 'pain', value: 4.5 })).toEqual(['value:measurement.painRange']);
    expect(messages({ ...base, type: 'pain', value: -1 })).toEqual(['value:number.range']);
  });

  it('needs a name for a custom measurement', () => {
    expect(messages({ ...base, type: 'custom', customName: '   ', value: 3 })).toEqual(['customName:measurement.customNameRequired']);
    expect(messages({ ...base, type: 'custom', value: 3 })).toEqual(['customName:measurement.customNameRequired']);
  });

  it('refuses a missing number, an impossible A1C, a bad time and an unknown type', () => {
    expect(messages({ ...base, type: 'weight', unit: 'kg' })).toEqual(['value:measurement.valueRequired']);
    expect(messages({ ...base, type: 'a1c', value: 74 })).toEqual(['value:number.range']);
    expect(messages({ ...base, type: 'weight', value: 80, takenAt: '2025-02-30T08:00' })).toEqual(['takenAt:dateTime.invalid']);
    expect(messages({ ...base, type: 'weight', value: 80, takenAt: '2025-05-03' })[0]).toBe('takenAt:dateTime.format');
    expect(messages({ ...base, type: 'temperature', value: 37 })).not.toEqual([]);
  });

  it('applies the same rules to stored items, beside their meta', () => {
    const meta = { kind: 'measurement', id: 'm1', personId: 'p1', createdAt: 't', updatedAt: 't' };
    expect(measurementSchema.safeParse({ ...base, ...meta, type: 'pain', value: 3 }).success).toBe(true);
    expect(measurementSchema.safeParse({ ...base, ...meta, type: 'bloodPressure', value: 120 }).success).toBe(false);
    expect(measurementSchema.safeParse({ ...base, ...meta, type: 'custom', value: 1 }).success).toBe(false);
  });
});
