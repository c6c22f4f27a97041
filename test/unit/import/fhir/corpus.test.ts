import { describe, expect, it } from 'vitest';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { COUNT_KEYS, DEFAULT_LIMITS, IMPORT_ERROR_CODES, type CountKey, type ReadOutcome } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { readFhir } from '../../../../shared/import/fhir/read-fhir';
import { itemsOf } from './read-helpers';
import { COUNT_OF_TYPE, fhirCorpusFiles, hasCorpus, manifestResourceCounts, readCorpusFile } from './corpus-files';

/**
 * Where the import's counts differ from MANIFEST.md's resource counts, and why. Everything else
 * must match exactly.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, Partial<Record<CountKey, { manifest: number; read: number; reason: string }>>>> = {
  'epic-sandbox-dstu2-mere-medical/resources.json': {
    allergies: { manifest: 11, read: 6, reason: '4 "Not on File / Patient not asked" and 1 "No Known Allergies" entries say there is no allergy' },
  },
  'hl7-fhir-core-3.5.0-examples/careplan-example-f001-heart.json': { goals: { manifest: 0, read: 1, reason: 'the CarePlan contains its goal' } },
  'hl7-fhir-core-3.5.0-examples/careplan-example-f002-lung.json': { goals: { manifest: 0, read: 1, reason: 'the CarePlan contains its goal' } },
  'hl7-fhir-core-3.5.0-examples/careplan-example-f201-renal.json': { goals: { manifest: 0, read: 1, reason: 'the CarePlan contains its goal' } },
  'hl7-fhir-core-3.5.0-examples/careplan-example-f202-malignancy.json': { goals: { manifest: 0, read: 1, reason: 'the CarePlan contains its goal' } },
  'hl7-fhir-core-3.5.0-examples/careplan-example-integrated.json': { goals: { manifest: 0, read: 5, reason: 'the CarePlan contains its 5 goals' } },
  'hl7-fhir-core-3.5.0-examples/medicationstatementexample5.json': { medications: { manifest: 1, read: 0, reason: 'the statement is marked entered-in-error' } },
};

/** Files whose DocumentReference carries a C-CDA: its own entries are added to the counts, as the C-CDA reader counts them. */
const EMBEDDED_CCDA = new Set(['us-core-examples/documentreference-episode-summary.json']);

function embeddedCounts(file: string): Partial<Record<CountKey, number>> {
  if (!EMBEDDED_CCDA.has(file)) return {};
  const resource = JSON.parse(new TextDecoder().decode(readCorpusFile(file))) as { content: { attachment: { data: string } }[] };
  const xml = Uint8Array.from(atob(resource.content[0]!.attachment.data), (char) => char.charCodeAt(0));
  const outcome = readCcda(xml, { fileName: file, documentPath: '', limits: DEFAULT_LIMITS });
  return outcome.ok ? outcome.part.counts : {};
}

const FORMAT_OF_FOLDER: Readonly<Record<string, string>> = {
  'epic-sandbox-dstu2-mere-medical': 'fhir-dstu2',
  'hl7-fhir-core-3.5.0-examples': 'fhir-r4',
  'synthea-bulk-ndjson': 'fhir-ndjson',
  'synthea-r4-bundles': 'fhir-r4',
  'us-core-examples': 'fhir-r4',
};

const files = fhirCorpusFiles();
const manifest = manifestResourceCounts();
const outcomes = new Map<string, ReadOutcome>();
const read = (file: string): ReadOutcome => {
  let outcome = outcomes.get(file);
  if (!outcome) {
    outcome = readFhir(readCorpusFile(file), { fileName: file.split('/').at(-1) ?? file, documentPath: '', limits: DEFAULT_LIMITS });
    outcomes.set(file, outcome);
  }
  return outcome;
};

describe.skipIf(!hasCorpus)('every FHIR file of the corpus', () => {
  it('is all there (289 files, each listed in MANIFEST.md)', () => {
    expect(files.length).toBe(289);
    for (const file of files) expect(manifest.has(file), file).toBe(true);
  });

  it('is read without a crash or a refusal, in the format of its folder', () => {
    for (const file of files) {
      const outcome = read(file);
      expect(outcome.ok, `${file}: ${outcome.ok ? '' : outcome.error.code}`).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.format, file).toBe(FORMAT_OF_FOLDER[file.split('/')[0]!]);
      for (const key of COUNT_KEYS) expect(Number.isInteger(outcome.part.counts[key]) && outcome.part.counts[key] >= 0).toBe(true);
    }
  });

  it('gives items that each pass their area’s input schema, with provenance and a source id', () => {
    let checked = 0;
    for (const file of files) {
      const outcome = read(file);
      if (!outcome.ok) continue;
      for (const item of outcome.part.items) {
        const parsed = CARE_SCHEMAS[item.kind].input.safeParse(item.input);
        expect(parsed.success, `${file} ${item.kind} ${item.sourceIds.join()} ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
        expect(item.sourceIds.length, `${file} ${item.kind}`).toBeGreaterThan(0);
        expect(item.provenance.fileName).toBe(file.split('/').at(-1));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('counts what MANIFEST.md lists, except the differences explained above', () => {
    for (const file of files) {
      const outcome = read(file);
      if (!outcome.ok) continue;
      const expected: Partial<Record<CountKey, number>> = {};
      for (const [type, count] of Object.entries(manifest.get(file) ?? {})) {
        const key = COUNT_OF_TYPE[type];
        if (key) expected[key] = (expected[key] ?? 0) + count;
      }
      const embedded = embeddedCounts(file);
      for (const key of ['medications', 'allergies', 'problems', 'encounters', 'appointments', 'goals', 'immunizations'] as const) {
        const known = KNOWN_DIFFERENCES[file]?.[key];
        expect(outcome.part.counts[key], `${file} ${key}`).toBe((known ? known.read : (expected[key] ?? 0)) + (embedded[key] ?? 0));
        if (known) expect(expected[key] ?? 0, `${file} ${key} manifest`).toBe(known.manifest);
      }
      // Vital signs and lab results are Observations; a few Observations are neither (surveys, social history).
      const observations = (manifest.get(file)?.Observation ?? 0) + (embedded.vitals ?? 0) + (embedded.results ?? 0);
      expect(outcome.part.counts.vitals + outcome.part.counts.results, file).toBeLessThanOrEqual(observations);
    }
  });

  it('reads the Synthea bundles whole: the person, every observation sorted into vitals, results or left out', () => {
    for (const file of files.filter((name) => name.startsWith('synthea-r4-bundles/'))) {
      const outcome = read(file);
      if (!outcome.ok) throw new Error(file);
      const { part } = outcome;
      expect(part.person.name, file).not.toBe('');
      expect(part.person.birthDate, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const leftOut = Number(/\d+/.exec(part.warnings.find((warning) => warning.code === 'observations-not-kept')?.message ?? '0')?.[0]);
      const noNumber = Number(/\d+/.exec(part.warnings.find((warning) => warning.code === 'results-not-numeric')?.message ?? '0')?.[0]);
      expect(part.counts.vitals + part.counts.results + leftOut, file).toBe(manifest.get(file)?.Observation);
      const measurements = part.items.filter((item) => item.kind === 'measurement').length;
      expect(measurements, file).toBe(part.counts.vitals + part.counts.results - noNumber);
      // Every visit has a date in Synthea, so each Encounter becomes a visit that is done.
      const visits = itemsOf(part, 'appointment');
      expect(visits.length, file).toBe(part.counts.encounters);
      expect(visits.every((visit) => visit.input.status === 'done')).toBe(true);
      // Immunizations are counted, not kept, and the warning says how many.
      expect(part.warnings.find((warning) => warning.code === 'immunizations-not-kept')?.message).toContain(String(part.counts.immunizations));
    }
  });

  it('reads the Epic DSTU2 dump: the person, medicines, problems and lab results', () => {
    const outcome = read('epic-sandbox-dstu2-mere-medical/resources.json');
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.part.person).toEqual({ name: 'John Smith', birthDate: '2015-10-17' });
    expect(outcome.part.counts).toMatchObject({ medications: 10, problems: 12, immunizations: 16, results: 180, vitals: 0 });
    const benzonatate = itemsOf(outcome.part, 'medication').find((item) => item.input.name === 'BENZONATATE');
    expect(benzonatate?.input).toMatchObject({ strength: '100 MG', form: 'capsule', codes: { rxnorm: ['197397'] } });
  });

  it('answers only typed errors (never an unknown code)', () => {
    for (const outcome of outcomes.values()) if (!outcome.ok) expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
  });
});
