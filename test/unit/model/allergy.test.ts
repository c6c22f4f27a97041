import { describe, expect, it } from 'vitest';
import { allergyInputSchema } from '../../../shared/model/allergy';

describe('Allergy schema', () => {
  it('needs only what causes it, with safe defaults for the rest', () => {
    expect(allergyInputSchema.parse({ substance: ' Penicillin ' })).toMatchObject({
      substance: 'Penicillin',
      reaction: '',
      severity: 'unknown',
      kind: 'allergy',
      category: 'medicine',
      codes: { rxnorm: [], snomed: [], icd10: [], other: [] },
    });
  });

  it('refuses a missing substance and unknown choices, with translation keys', () => {
    const missing = allergyInputSchema.safeParse({ substance: '  ' });
    expect(missing.success ? [] : missing.error.issues.map((i) => i.message)).toEqual(['allergy.substanceRequired']);
    expect(allergyInputSchema.safeParse({ substance: 'Peanuts', severity: 'deadly' }).success).toBe(false);
    expect(allergyInputSchema.safeParse({ substance: 'Peanuts', kind: 'fear' }).success).toBe(false);
    expect(allergyInputSchema.safeParse({ substance: 'x'.repeat(201) }).success).toBe(false);
  });
});
