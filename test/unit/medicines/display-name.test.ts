import { describe, expect, it } from 'vitest';
import { medicineTitle } from '../../../shared/record/medication/display-name';

const title = (name: string, strength: string): string => medicineTitle({ name, strength });

describe('how a medicine is named', () => {
  it('adds the strength after the name', () => {
    expect(title('Metformin', '500 mg')).toBe('Metformin 500 mg');
    expect(title('Metformin', '')).toBe('Metformin');
    expect(title('', '500 mg')).toBe('500 mg');
  });

  it('does not repeat a strength the name already says, however it is spaced or written', () => {
    expect(title('Lisinopril 10 MG Oral Tablet', '10 MG')).toBe('Lisinopril 10 MG Oral Tablet');
    expect(title('Albuterol Inhaled 2.5mg/3ml NEB', '2.5mg/3ml')).toBe('Albuterol Inhaled 2.5mg/3ml NEB');
    expect(title('METOPROLOL TARTRATE, 50MG (Oral Tablet)', '50 mg')).toBe('METOPROLOL TARTRATE, 50MG (Oral Tablet)');
    expect(title('Proventil 0.09 MG/ACTUAT metered dose', '0.09 MG/ACTUAT')).toBe('Proventil 0.09 MG/ACTUAT metered dose');
  });

  it('still adds a strength that only looks like part of another number', () => {
    expect(title('Drug 2100 mg', '100 mg')).toBe('Drug 2100 mg 100 mg');
    expect(title('Vitamin B12 1000mcg', '100 mcg')).toBe('Vitamin B12 1000mcg 100 mcg');
    expect(title('Aspirin 0.5 mg', '5 mg')).toBe('Aspirin 0.5 mg 5 mg');
  });
});
