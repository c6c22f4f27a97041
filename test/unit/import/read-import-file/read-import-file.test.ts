import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, IMPORT_ERROR_CODES, IMPORT_FORMATS, type ImportResult } from '../../../../shared/import/bundle';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { CORPUS, CORPUS_MISSING, FIXTURES, HAS_CORPUS, readBytes } from '../fixture-paths';

/** A result or a typed error — nothing else, ever. */
function expectTyped(result: ImportResult): void {
  if (result.ok) {
    expect(IMPORT_FORMATS).toContain(result.bundle.format);
    expect(Array.isArray(result.bundle.items)).toBe(true);
  } else {
    expect(IMPORT_ERROR_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

describe('readImportFile', () => {
  it('answers empty, too large and wrong types with typed errors, naming what the file is', async () => {
    const code = async (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
      const result = await readImportFile(bytes, 'record.xml', { limits });
      return result.ok ? 'read' : result.error.code;
    };
    expect(await code(new Uint8Array(0))).toBe('empty-file');
    expect(await code(new Uint8Array(2000), { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).toBe('too-large');
    expect(await code(strToU8('%PDF-1.4\n1 0 obj <<>> endobj'))).toBe('unsupported-format');
    expect(await code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('unsupported-format');
    expect(await code(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))).toBe('unsupported-format');
    const pdf = await readImportFile(strToU8('%PDF-1.4'), 'summary.xml');
    expect(pdf.ok ? '' : pdf.error.message).toMatch(/PDF/);
  });

  it('answers cancelled when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await readImportFile(readBytes(join(FIXTURES, 'xdm/multi-document-xdm.zip')), 'x.zip', { signal: controller.signal });
    expect(result.ok ? 'read' : result.error.code).toBe('cancelled');
  });

  it('reports progress per document of a package, ending at done', async () => {
    const progress: [number, number][] = [];
    const result = await readImportFile(readBytes(join(FIXTURES, 'xdm/multi-document-xdm.zip')), 'x.zip', { onProgress: (done, total) => progress.push([done, total]) });
    expect(result.ok).toBe(true);
    expect(progress).toContainEqual([1, 3]);
    expect(progress.at(-1)).toEqual([1, 1]);
  });

  it('refuses a package when one of its documents is hostile, naming the document', async () => {
    const billion = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]><ClinicalDocument xmlns="urn:hl7-org:v3">&lol1;</ClinicalDocument>';
    const zip = zipSync({ 'IHE_XDM/SUBSET01/DOC0001.XML': new Uint8Array(0), 'IHE_XDM/SUBSET01/DOC0002.XML': strToU8(billion) });
    const result = await readImportFile(zip, 'x.zip');
    expect(result.ok ? 'read' : result.error.code).toMatch(/^xml-(doctype|entity)$/);
    expect(result.ok ? '' : result.error.message).toMatch(/DOC0002\.XML/);
  });
});

describe.skipIf(!HAS_CORPUS)(`corpus files through the one door (${HAS_CORPUS ? 'present' : CORPUS_MISSING})`, () => {
  it('reads a zip of FHIR NDJSON files as fhir-zip', async () => {
    const folder = join(CORPUS, 'fhir/synthea-bulk-ndjson');
    const names = ['Condition.000.ndjson', 'AllergyIntolerance.000.ndjson', 'Patient.000.ndjson'].filter((name) => readdirSync(folder).includes(name));
    const zip = zipSync(Object.fromEntries(names.map((name) => [`bulk/${name}`, readBytes(join(folder, name))])));
    const result = await readImportFile(zip, 'bulk.zip');
    expect(result.ok ? result.bundle.format : result.error.message).toBe('fhir-zip');
    if (result.ok) {
      expect(result.bundle.documents.length).toBeGreaterThanOrEqual(names.length);
      expect(result.bundle.counts.problems).toBeGreaterThan(0);
    }
  });

  /** One file of every format the importer reads, mutated at random: a result or a typed error, never a throw. */
  const samples: [string, () => Uint8Array][] = [
    ['ccda', () => readBytes(join(CORPUS, 'ccda/epic-bluebutton-js/epic_phr.xml'))],
    ['fhir bundle', () => readBytes(join(CORPUS, 'fhir/epic-sandbox-dstu2-mere-medical/resources.json'))],
    ['fhir single', () => readBytes(join(CORPUS, 'fhir/hl7-fhir-core-3.5.0-examples/allergyintolerance-example.json'))],
    ['ndjson', () => readBytes(join(CORPUS, 'fhir/synthea-bulk-ndjson/Condition.000.ndjson')).subarray(0, 60_000)],
    ['xdm', () => readBytes(join(CORPUS, 'xdm/nist-ett/CCDA_Ambulatory_in_XDM.zip'))],
    ['xml-zip', () => readBytes(join(CORPUS, 'xdm/onc-vendor-export-zips-not-xdm/Afoundria__b6.zip'))],
    ['epic xdm', () => readBytes(join(FIXTURES, 'xdm/epic-mychart-xdm.zip'))],
    ['apple health', () => readBytes(join(FIXTURES, 'apple-health/export.zip'))],
  ];
  type Mutation = { kind: 'flip'; at: number; byte: number } | { kind: 'cut'; at: number } | { kind: 'splice'; at: number; bytes: Uint8Array } | { kind: 'drop'; at: number; length: number };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('drop' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 512 }) }),
  );
  const concat = (...parts: Uint8Array[]): Uint8Array => {
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
  function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
    let out: Uint8Array = bytes.slice();
    for (const m of mutations) {
      const at = Math.min(out.length - 1, Math.floor(m.at * out.length));
      if (m.kind === 'flip') out[at] = m.byte;
      else if (m.kind === 'cut') out = out.slice(0, at);
      else if (m.kind === 'splice') out = concat(out.subarray(0, at), m.bytes, out.subarray(at));
      else out = concat(out.subarray(0, at), out.subarray(at + m.length));
      if (out.length === 0) break;
    }
    return out;
  }

  it.each(samples)('mutations of %s only ever give a result or a typed error', async (_name, load) => {
    const original = load();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const result = await readImportFile(mutate(original, mutations), 'mutated');
        expectTyped(result);
      }),
      { numRuns: 25 },
    );
  });
});
