import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, IMPORT_ERROR_CODES, type ReadOutcome } from '../../../../shared/import/bundle';
import { readFhir } from '../../../../shared/import/fhir/read-fhir';
import { hasCorpus, readCorpusFile } from './corpus-files';
import { FIXTURES, itemsOf, readFixture } from './read-helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Reads within the default limits and reports how long it took. */
function timedRead(bytes: Uint8Array): { outcome: ReadOutcome; ms: number } {
  const start = performance.now();
  const outcome = readFhir(bytes, { fileName: 'hostile.json', documentPath: '', limits: DEFAULT_LIMITS });
  return { outcome, ms: performance.now() - start };
}

const refusal = (outcome: ReadOutcome): string => (outcome.ok ? 'read' : outcome.error.code);

describe('hostile and broken FHIR files', () => {
  it('refuses a file over the size cap in under 2 seconds', () => {
    const huge = encode(`{"resourceType":"Bundle","entry":[${'{"resource":{"resourceType":"Basic"}},'.repeat(1_400_000)}{}]}`);
    expect(huge.length).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
    const { outcome, ms } = timedRead(huge);
    expect(refusal(outcome)).toBe('too-large');
    expect(ms).toBeLessThan(2000);
  });

  it('refuses 100 000 levels of nesting in under 2 seconds', () => {
    const deep = encode(`{"resourceType":"Bundle","entry":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const { outcome, ms } = timedRead(deep);
    expect(refusal(outcome)).toBe('too-deep');
    expect(ms).toBeLessThan(2000);
  });

  it('reads a visit, a reading and a medicine with 60 000 codes each in under 2 seconds, each code once', () => {
    const codings = Array.from({ length: 60_000 }, (_, i) => ({ system: 'http://snomed.info/sct', code: String(i % 45_000) }));
    const encounter = { resourceType: 'Encounter', id: 'e', status: 'finished', period: { start: '2020-01-02T10:00:00Z' }, reasonCode: codings.map((coding) => ({ coding: [coding] })) };
    const observation = { resourceType: 'Observation', id: 'o', status: 'final', category: [{ coding: [{ code: 'vital-signs' }] }], code: { text: 'Pulse', coding: codings }, effectiveDateTime: '2020-01-02T10:00:00Z', valueQuantity: { value: 70, unit: '/min' } };
    const medicine = { resourceType: 'MedicationRequest', id: 'm', status: 'active', medicationCodeableConcept: { text: 'Lisinopril', coding: codings }, authoredOn: '2020-01-02' };
    const bundle = { resourceType: 'Bundle', entry: [{ resource: encounter }, { resource: observation }, { resource: medicine }] };
    const { outcome, ms } = timedRead(encode(JSON.stringify(bundle)));
    expect(ms).toBeLessThan(2000);
    if (!outcome.ok) throw new Error(outcome.error.code);
    for (const kind of ['appointment', 'measurement', 'medication'] as const) {
      const [item] = itemsOf(outcome.part, kind);
      expect((item?.input.codes as { snomed: string[] } | undefined)?.snomed).toHaveLength(45_000);
    }
  });

  it('refuses deep nesting on one NDJSON line', () => {
    const { outcome } = timedRead(encode(`{"resourceType":"Patient","id":"a"}\n{"resourceType":"Patient","x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`));
    expect(refusal(outcome)).toBe('too-deep');
  });

  it('reads a file full of __proto__ and constructor keys without polluting Object.prototype', () => {
    const { part } = readFixture('proto-pollution.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    // The ordinary content around the hostile keys is still read, and the injected text is not.
    const [asthma] = itemsOf(part, 'condition');
    expect(asthma?.input.name).toBe('Asthma');
    expect(part.person.name).toBe('Proto Test');
    // A reference to "Medication/__proto__" leads nowhere: the medicine has no name and is left out.
    expect(itemsOf(part, 'medication')).toHaveLength(0);
    expect(readFileSync(`${FIXTURES}/proto-pollution.json`, 'utf8')).toContain('"__proto__"');
  });

  it.skipIf(!hasCorpus)('calls a Synthea bundle cut in half truncated', () => {
    const bundle = readCorpusFile('synthea-r4-bundles/Reyna_Ziemann_08f8bfce-34cf-4b5a-a398-8e49650c6e3c.json');
    const { outcome, ms } = timedRead(bundle.subarray(0, Math.floor(bundle.length / 2)));
    expect(refusal(outcome)).toBe('truncated');
    expect(ms).toBeLessThan(2000);
  });

  it('names each other problem with its own code', () => {
    expect(refusal(timedRead(new Uint8Array()).outcome)).toBe('empty-file');
    expect(refusal(timedRead(encode('  \n\t')).outcome)).toBe('empty-file');
    expect(refusal(timedRead(encode('{"name":"not FHIR"}')).outcome)).toBe('unsupported-format');
    expect(refusal(timedRead(encode('[1,2,3]')).outcome)).toBe('unsupported-format');
    expect(refusal(timedRead(encode('<ClinicalDocument/>')).outcome)).toBe('malformed-json');
    expect(refusal(timedRead(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])).outcome)).toBe('malformed-json');
  });

  it('reads resources whose fields have the wrong types without crashing', () => {
    const odd = {
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'MedicationRequest', id: 1, status: 7, medicationCodeableConcept: 'Aspirin', dosageInstruction: 'daily' } },
        { resource: { resourceType: 'Observation', category: 'vital-signs', code: null, valueQuantity: { value: '120' } } },
        { resource: { resourceType: 'Encounter', period: { start: 19990101 }, participant: [null, 3, 'x'] } },
        { resource: { resourceType: 'Condition', code: { coding: 'J45', text: 'Asthma' }, onsetDateTime: '2999-01-01' } },
        { resource: { resourceType: 'Condition', code: { coding: [{ code: 'J45' }] } } },
        { resource: { resourceType: 'CarePlan', activity: [{ detail: { code: { text: 'Walk daily' }, status: {} } }], goal: [{ reference: '#missing' }] } },
        { resource: { resourceType: 'Patient', name: 'Plain string name', birthDate: '1950-02-30' } },
        'not a resource',
        null,
      ],
    };
    const { outcome } = timedRead(encode(JSON.stringify(odd)));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // A string medicationCodeableConcept is read as its words; the impossible birth date is dropped.
    expect(itemsOf(outcome.part, 'medication')[0]?.input.name).toBe('Aspirin');
    expect(outcome.part.person.birthDate).toBe('');
    expect(itemsOf(outcome.part, 'task')[0]?.input.title).toBe('Walk daily');
    // An onset in the future is not kept as "since"; a condition with a code but no words is left out, and said so.
    expect(itemsOf(outcome.part, 'condition').map((condition) => [condition.input.name, condition.input.since])).toEqual([['Asthma', '']]);
    expect(outcome.part.warnings.map((warning) => warning.code)).toContain('item-unnamed');
  });

  it('answers only codes from the list of import errors', () => {
    for (const bytes of [encode('{'), encode('{"a":1}{"b":2}'), encode('nul'), encode('"just a string"')]) {
      const { outcome } = timedRead(bytes);
      if (!outcome.ok) expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
    }
  });
});
