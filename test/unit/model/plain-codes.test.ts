// The shortcut for codes importers build must give exactly what the schema gives, or step aside.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codesSchema, plainCodes } from '../../../shared/model/fields';
import { deepFreeze } from '../../../shared/util/deep-freeze';

const code = fc.oneof(fc.constantFrom('8302-2', '314076', 'E11.9', ''), fc.string({ maxLength: 8 }));
const junk = fc.constantFrom(null, 7, 'x', {}, [1], true);
const otherCode = fc.oneof(
  fc.record({ system: fc.constantFrom('http://loinc.org', 'LOINC'), code, display: fc.constantFrom('Body Height', '') }),
  // Shapes the schema fills in or trims: no display, an extra key, a wrong type.
  fc.record({ system: fc.constant('http://loinc.org'), code }),
  fc.record({ system: fc.constant('LOINC'), code, display: fc.constant(''), extra: fc.constant(1) }),
  fc.record({ system: junk, code, display: fc.constant('') }),
  junk,
);
/** Codes in the order emptyCodes() gives (sorted keys at every level), as the readers build them. */
const sortedCodes = fc
  .record({
    icd10: fc.array(code),
    other: fc.array(fc.record({ code, display: fc.constantFrom('Body Height', ''), system: fc.constantFrom('http://loinc.org', 'LOINC') }).map((entry) => ({ ...entry })), { maxLength: 3 }),
    rxnorm: fc.array(code),
    snomed: fc.array(code),
  })
  .map((value) => ({ ...value }));
/** Codes as importers build them, and mutations of them. */
const codes = fc.oneof(
  sortedCodes,
  fc.record({ rxnorm: fc.array(code), snomed: fc.array(code), icd10: fc.array(code), other: fc.array(otherCode, { maxLength: 3 }) }, { requiredKeys: [] }),
  fc.record({ rxnorm: fc.oneof(fc.array(code), junk, fc.array(junk, { minLength: 1 }), fc.constant(new Array<string>(2))), loinc: fc.array(code) }, { requiredKeys: [] }),
  fc.constant(undefined),
  junk,
);

/** True when the schema would fill in or drop something: the shortcut then steps aside. */
function schemaReshapes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => !['rxnorm', 'snomed', 'icd10', 'other'].includes(key))) return true;
  const other = Array.isArray(record.other) ? (record.other as unknown[]) : [];
  return other.some((entry) => typeof entry === 'object' && entry !== null && (Object.keys(entry).some((key) => !['system', 'code', 'display'].includes(key)) || !('display' in entry)));
}

describe('plain codes', () => {
  it('agrees with the codes schema: the same codes when it answers, and it answers for every plain valid value', () => {
    let answered = 0;
    fc.assert(
      fc.property(codes, (candidate) => {
        const fast = plainCodes(candidate);
        const parsed = codesSchema.safeParse(candidate);
        if (fast !== null) {
          answered += 1;
          expect(parsed.success).toBe(true);
          expect(fast).toStrictEqual(parsed.data);
        } else if (parsed.success) {
          expect(schemaReshapes(candidate)).toBe(true);
        }
      }),
      { numRuns: 10000 },
    );
    expect(answered).toBeGreaterThan(1000);
  });

  it('gives codes built in canonical order back as they are, without a copy', () => {
    fc.assert(fc.property(sortedCodes, (value) => plainCodes(value) === value));
    const reordered = { rxnorm: ['314076'], snomed: [], icd10: [], other: [] };
    expect(plainCodes(reordered)).not.toBe(reordered);
    expect(plainCodes(reordered)).toStrictEqual(codesSchema.parse(reordered));
  });

  it('gives every item a default of its own, never one shared with the next', () => {
    // The vault freezes what an import hands over; the next item's default must not be frozen with it.
    deepFreeze(codesSchema.parse(undefined));
    const next = codesSchema.parse(undefined);
    next.rxnorm.push('314076');
    expect(codesSchema.parse(undefined).rxnorm).toEqual([]);
  });
});
