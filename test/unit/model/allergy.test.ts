import { describe, expect, it } from 'vitest';
import { allergyInputSchema } from '../../../shared/model/allergy';

describe('Allergy schema', () => {
  it('needs only what causes it, with safe defaults for the rest', () => {
    expect(allergyInputSchema.parse({ substance: ' Penicillin ' })).toMatchObject({
      substance: 'Penicillin',
      reaction: '',
      severity: 'unknown',
      type: 'allergy',
      category: 'medicine',
      codes: { rxnorm: [], snomed: [], icd10: [], other: [] },
    });
  });

  it('refuses a missing substance and unknown choices, with translation keys', () => {
    const missing = allergyInputSchema.safeParse({ substance: '  ' });
    expect(missing.success ? [] : missing.error.issues.map((i) => i.message)).toEqual(['allergy.substanceRequired']);
    expect(allergyInputSchema.safeParse({ substance: 'Peanuts', severity: 'deadly' }).success).toBe(false);
    expect(allergyInputSchema.safeParse({ substance: 'Peanuts', type: 'fear' }).success).toBe(false);
    expect(allergyInputSchema.safeParse({ substance: 'x'.repeat(201) }).success).toBe(false);
  });

  it('keeps an intolerance an intolerance once stored (its type is not the item kind)', async () => {
    const { allergySchema } = await import('../../../shared/model/allergy');
    const input = allergyInputSchema.parse({ substance: 'Lactose', type: 'intolerance', category: 'food' });
    const stored = allergySchema.parse({ ...input, kind: 'allergy', id: 'a1', personId: 'p1', createdAt: 'x', updatedAt: 'x' });
    expect(stored.kind).toBe('allergy');
    expect(stored.type).toBe('intolerance');
  });
});
