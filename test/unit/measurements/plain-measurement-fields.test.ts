// The shortcut for plain readings must give exactly what the schema gives, or step aside.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measurementInputSchema, plainMeasurementFields } from '../../../shared/model/measurement';
import { plainCodes } from '../../../shared/model/fields';
import { readImportFile } from '../../../shared/import/read-import-file';
import { CORPUS, CORPUS_MISSING, HAS_CORPUS, readBytes } from '../import/fixture-paths';

const KNOWN = new Set(['type', 'customName', 'takenAt', 'value', 'value2', 'unit', 'context', 'notes', 'codes']);

const text = fc.oneof(fc.constantFrom('', 'Pulse', '  Body Mass Index ', 'mmHg', '\u00a0kg\t', 'x'.repeat(101), 'y'.repeat(1001)), fc.string({ maxLength: 40 }));
const number = fc.oneof(fc.double({ min: -10, max: 500 }), fc.constantFrom(0, 10, 10.5, 25, 26, 400, 401, 100000, 100001, Number.NaN, Number.POSITIVE_INFINITY, -1));
const anyValue = fc.oneof(text, number, fc.constantFrom(null, undefined, true, [], {}));
const takenAt = fc.oneof(
  fc.constantFrom('2024-02-29T08:00', '2023-02-29T08:00', '2024-01-01T24:00', '2024-13-01T00:00', '2024-01-01', '', '2024-01-01T08:00Z'),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16)),
);
/** Codes as importers build them (LOINC among the others), and a few the schema would reshape or refuse. */
const plainCodesValue = fc.constantFrom(
  { rxnorm: [], snomed: [], icd10: [], other: [{ system: 'http://loinc.org', code: '8302-2', display: 'Body Height' }] },
  { rxnorm: [], snomed: ['271649006'], icd10: [], other: [] },
);
const codes = fc.oneof(
  plainCodesValue,
  fc.constant({ other: [{ system: 'LOINC', code: '8480-6' }] }),
  fc.constant({ loinc: ['8302-2'] }),
  fc.constant({ other: 'x' }),
);
const wild = fc.record(
  {
    type: fc.oneof(fc.constantFrom('bloodPressure', 'weight', 'bloodSugar', 'a1c', 'pain', 'custom'), fc.constantFrom('steps', '', 7)),
    customName: fc.oneof(text, anyValue),
    takenAt: fc.oneof(takenAt, anyValue),
    value: fc.oneof(number, anyValue),
    value2: fc.oneof(number, fc.constant(null), anyValue),
    unit: fc.oneof(text, anyValue),
    context: text,
    notes: fc.oneof(text, anyValue),
    codes: fc.oneof(codes, anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
/** Readings as importers build them, most of them valid. */
const plausible = fc.record(
  {
    type: fc.constantFrom('bloodPressure', 'weight', 'bloodSugar', 'a1c', 'pain', 'custom'),
    customName: fc.constantFrom('Pulse', ' Body Mass Index', '', 'Oxygen saturation'),
    takenAt,
    value: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 30, noNaN: true }), number),
    value2: fc.oneof(fc.integer({ min: 40, max: 130 }), fc.constant(null), number),
    unit: fc.constantFrom('mmHg', 'kg', '', '/min '),
    context: fc.constantFrom('', 'after a walk'),
    notes: text,
    codes: plainCodesValue,
  },
  { requiredKeys: ['type', 'takenAt', 'value'] },
);
const mutated = fc.tuple(plausible, fc.constantFrom(...KNOWN, 'extra'), anyValue).map(([base, key, value]) => ({ ...base, [key]: value }));
const input = fc.oneof(plausible, mutated, wild);

describe('plain measurement fields', () => {
  it('agrees with the measurement schema: the same fields when it answers, and it answers for every plain valid input', () => {
    let answered = 0;
    fc.assert(
      fc.property(input, (candidate) => {
        const fast = plainMeasurementFields(candidate);
        const parsed = measurementInputSchema.safeParse(candidate);
        if (fast !== null) {
          answered += 1;
          expect(parsed.success).toBe(true);
          expect(fast).toStrictEqual(parsed.data);
        } else if (parsed.success) {
          // It steps aside only for inputs carrying keys the schema drops or codes it reshapes.
          expect(Object.keys(candidate).some((key) => !KNOWN.has(key)) || plainCodes(candidate.codes) === null).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(answered).toBeGreaterThan(2000);
  });

  it.skipIf(!HAS_CORPUS)('answers for every reading of the Synthea bundles', async () => {
    void CORPUS_MISSING;
    const folder = join(CORPUS, 'fhir/synthea-r4-bundles');
    let readings = 0;
    for (const name of readdirSync(folder)) {
      const result = await readImportFile(readBytes(join(folder, name)), name);
      if (!result.ok) continue;
      for (const item of result.bundle.items.filter((candidate) => candidate.kind === 'measurement')) {
        readings += 1;
        expect(plainMeasurementFields(item.input)).toEqual(measurementInputSchema.parse(item.input));
      }
    }
    expect(readings).toBeGreaterThan(1000);
  });
});
