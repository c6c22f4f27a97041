import { describe, expect, it } from 'vitest';
import { convertUnit, defaultUnit, normalizeUnit, roundForUnit, unitOfReading, unitsFor } from '../../../shared/record/measurements/units';

describe('Measurement units', () => {
  it('offers the units of each type, the usual one first; custom is free text', () => {
    expect(unitsFor('weight')).toEqual(['kg', 'lb']);
    expect(unitsFor('bloodSugar')).toEqual(['mg/dL', 'mmol/L']);
    expect(unitsFor('custom')).toBeNull();
    expect(defaultUnit('bloodPressure')).toBe('mmHg');
    expect(defaultUnit('pain')).toBe('');
  });

  it('reads the spellings portals and people use as one unit', () => {
    expect(normalizeUnit(' lbs ')).toBe('lb');
    expect(normalizeUnit('[lb_av]')).toBe('lb');
    expect(normalizeUnit('mg/dl')).toBe('mg/dL');
    expect(normalizeUnit('MMOL/L')).toBe('mmol/L');
    expect(normalizeUnit('mm[Hg]')).toBe('mmHg');
    expect(normalizeUnit('steps')).toBe('steps');
  });

  it('converts weight and blood sugar, leaves equal units untouched and refuses the rest', () => {
    expect(convertUnit(100, 'lb', 'kg')).toBe(45.4);
    expect(convertUnit(80, 'kg', 'lbs')).toBe(176.4);
    expect(convertUnit(5.5, 'mmol/L', 'mg/dL')).toBe(99);
    expect(convertUnit(126, 'mg/dl', 'mmol/L')).toBe(7);
    expect(convertUnit(7.43, '%', '%')).toBe(7.43);
    expect(convertUnit(80, 'kg', 'mmHg')).toBeNull();
    expect(convertUnit(3, 'cups', 'glasses')).toBeNull();
    expect(roundForUnit(1.26, 'custom')).toBe(1.26);
  });

  it('reads a missing unit as the only possible one, and guesses nothing where there is a choice', () => {
    expect(unitOfReading({ type: 'a1c', unit: '' })).toBe('%');
    expect(unitOfReading({ type: 'bloodPressure', unit: ' ' })).toBe('mmHg');
    expect(unitOfReading({ type: 'weight', unit: '' })).toBe('');
    expect(unitOfReading({ type: 'weight', unit: 'LB' })).toBe('lb');
  });
});
