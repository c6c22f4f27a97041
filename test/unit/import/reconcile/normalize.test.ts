// Fingerprints of stored decisions must never change: the fast paths are checked against the definitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, canonicalJsonByHand, fingerprintOf, normalizeName } from '../../../../shared/import/reconcile/normalize';

/** The definition of a normalized name, for every text: the ASCII shortcut must agree with it. */
const normalizeNameByDefinition = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}./%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const OMIT = fc.constantFrom(undefined, 'history', 'a', '');

describe('canonical JSON and fingerprints', () => {
  it('gives the fingerprint stored decisions were made with', () => {
    const fields = { name: 'Lisinopril 10 MG', codes: { rxnorm: ['314076'], other: [{ system: 'x', code: 'y', display: 'é' }] }, 'weird key"': 1, Zeta: null, alpha: [1, 'two', { b: 2, a: 1 }], history: [1] };
    expect(canonicalJson(fields, 'history')).toBe('{"Zeta":null,"alpha":[1,"two",{"a":1,"b":2}],"codes":{"other":[{"code":"y","display":"é","system":"x"}],"rxnorm":["314076"]},"name":"Lisinopril 10 MG","weird key\\"":1}');
    expect(fingerprintOf(canonicalJson(fields, 'history'))).toBe('c7580528cb31865d');
  });

  it('writes the same text as the hand-built definition for any JSON data', () => {
    fc.assert(fc.property(fc.jsonValue(), OMIT, (value, omit) => canonicalJson(value, omit) === canonicalJsonByHand(value, omit)), { numRuns: 3000 });
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => canonicalJson(value, 'history') === canonicalJsonByHand(value, 'history')), { numRuns: 3000 });
  });

  it('falls back to the definition for values JSON.stringify would write differently', () => {
    const odd = fc.anything({ withObjectString: true, withNullPrototype: true, withDate: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true });
    fc.assert(fc.property(odd, OMIT, (value, omit) => canonicalJson(value, omit) === canonicalJsonByHand(value, omit)), { numRuns: 3000 });
    for (const value of [{ a: undefined, b: 1 }, { x: { history: 1 } }, JSON.parse('{"__proto__":[],"":[{}]}'), { d: new Date(0) }, [undefined, () => 1]]) {
      expect(canonicalJson(value, 'history')).toBe(canonicalJsonByHand(value, 'history'));
    }
  });
});

describe('normalizeName', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normalizeName('  Acetaminofén  500MG, Tabs ')).toBe('acetaminofen 500mg tabs');
    expect(normalizeName('METFORMIN-HCl')).toBe('metformin hcl');
  });

  it('agrees with its definition for plain ASCII and for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (value) => normalizeName(value) === normalizeNameByDefinition(value)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => normalizeName(value) === normalizeNameByDefinition(value)), { numRuns: 3000 });
  });
});
