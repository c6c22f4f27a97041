// Fingerprints of stored decisions must never change: the fast paths are checked against the definitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, fingerprintOf, normalizeName } from '../../../../shared/import/reconcile/normalize';

/** The definition of a normalized name, for every text: the ASCII shortcut must agree with it. */
const normalizeNameByDefinition = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}./%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The definition of canonical JSON, as stored fingerprints were made: the shortcuts must agree with it. */
function canonicalByDefinition(value: unknown, omitKey?: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalByDefinition(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object)
      .filter((key) => key !== omitKey)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalByDefinition(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const flatValue = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.integer());

describe('canonical JSON and fingerprints', () => {
  it('gives the fingerprint stored decisions were made with', () => {
    const fields = { name: 'Lisinopril 10 MG', codes: { rxnorm: ['314076'], other: [{ system: 'x', code: 'y', display: 'é' }] }, 'weird key"': 1, Zeta: null, alpha: [1, 'two', { b: 2, a: 1 }], history: [1] };
    expect(canonicalJson(fields, 'history')).toBe('{"Zeta":null,"alpha":[1,"two",{"a":1,"b":2}],"codes":{"other":[{"code":"y","display":"é","system":"x"}],"rxnorm":["314076"]},"name":"Lisinopril 10 MG","weird key\\"":1}');
    expect(fingerprintOf(canonicalJson(fields, 'history'))).toBe('c7580528cb31865d');
    expect(fingerprintOf(canonicalJson(fields, 'history'), 'medication|')).toBe('c5d4eb199a0debe0');
  });

  it('fingerprints a prefix and a text as it fingerprints the two joined', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (prefix, text) => fingerprintOf(text, prefix) === fingerprintOf(prefix + text)), { numRuns: 3000 });
  });

  it('sorts keys at every level and writes values as JSON does', () => {
    expect(canonicalJson({ b: [{ z: 1, y: 'é"' }], a: null, 'k"': true })).toBe('{"a":null,"b":[{"y":"é\\"","z":1}],"k\\"":true}');
    const omit = fc.constantFrom(undefined, 'history', 'a');
    fc.assert(fc.property(fc.jsonValue(), omit, (value, omitKey) => canonicalJson(value, omitKey) === canonicalByDefinition(value, omitKey)), { numRuns: 3000 });
    // Flat objects, some with their keys already in order (the shortcut) and some not.
    const flat = fc.dictionary(fc.string({ maxLength: 4 }), flatValue).chain((object) =>
      fc.boolean().map((sorted) => (sorted ? Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1))) : object)),
    );
    fc.assert(fc.property(flat, omit, (value, omitKey) => canonicalJson(value, omitKey) === canonicalByDefinition(value, omitKey)), { numRuns: 5000 });
    // Nested values with their keys in order at every level (readings and their codes), and some not.
    const sortedDeep = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortedDeep)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, child]) => [key, sortedDeep(child)]))
          : value;
    const nested = fc.tuple(fc.jsonValue(), fc.boolean()).map(([value, sorted]) => (sorted ? sortedDeep(value) : value));
    const odd = fc.constantFrom({ a: [1, undefined], b: 2 }, { a: { b: undefined } }, { a: new Date(0) }, { a: [Number.NaN] }, { a: { toJSON: () => 'x' } }, { a: Object.create(null) as object });
    fc.assert(fc.property(fc.oneof(nested, odd), omit, (value, omitKey) => canonicalJson(value, omitKey) === canonicalByDefinition(value, omitKey)), { numRuns: 5000 });
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
