import { describe, expect, it } from 'vitest';
import { groupConditions } from '../../../shared/record/conditions/order';
import { conditionTitle } from '../../../shared/record/conditions/display-name';

describe('Conditions as listed', () => {
  it('shows the everyday name first with the name from the papers beside it', () => {
    expect(conditionTitle({ name: 'Essential hypertension', plainName: 'High blood pressure' })).toBe('High blood pressure (Essential hypertension)');
    expect(conditionTitle({ name: 'Asthma', plainName: 'asthma' })).toBe('Asthma');
    expect(conditionTitle({ name: 'Sarcoidosis', plainName: '' })).toBe('Sarcoidosis');
  });

  it('puts active conditions apart from resolved ones, each sorted by the name shown', () => {
    const { active, resolved } = groupConditions(
      [
        { name: 'Pneumonia', plainName: 'Lung infection', status: 'resolved' as const },
        { name: 'Hyperlipidemia', plainName: 'High cholesterol', status: 'active' as const },
        { name: 'Asthma', plainName: '', status: 'active' as const },
        { name: 'Essential hypertension', plainName: 'High blood pressure', status: 'active' as const },
      ],
      'en',
    );
    expect(active.map((c) => conditionTitle(c))).toEqual(['Asthma', 'High blood pressure (Essential hypertension)', 'High cholesterol (Hyperlipidemia)']);
    expect(resolved.map((c) => c.name)).toEqual(['Pneumonia']);
  });
});

describe('Condition titles', () => {
  it('use the glossary when no everyday name was given, in the reader language', () => {
    expect(conditionTitle({ name: 'Essential hypertension', plainName: '' }, 'en')).toBe('High blood pressure (Essential hypertension)');
    expect(conditionTitle({ name: 'Essential hypertension', plainName: '' }, 'es')).toBe('Presión arterial alta (Essential hypertension)');
    expect(conditionTitle({ name: 'Essential hypertension', plainName: 'My BP' }, 'es')).toBe('My BP (Essential hypertension)');
    expect(conditionTitle({ name: 'Something rare', plainName: '' }, 'en')).toBe('Something rare');
    expect(conditionTitle({ name: 'Pneumonia', plainName: '' }, 'en')).toBe('Lung infection (pneumonia)');
  });
});

describe('Condition titles from codes', () => {
  it('fall back to the code when the name on the papers is not in the glossary', () => {
    const codes = { rxnorm: [], snomed: [], icd10: ['E11.9'], other: [] };
    expect(conditionTitle({ name: 'DM2 w/o complications', plainName: '', codes }, 'en')).toMatch(/diabetes/i);
  });
});
