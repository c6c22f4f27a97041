import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { DEFAULT_LIMITS, IMPORT_ERROR_CODES, type ReadOutcome } from '../../../../shared/import/bundle';
import { readFhir } from '../../../../shared/import/fhir/read-fhir';
import { fhirCorpusFiles, hasCorpus, readCorpusFile } from './corpus-files';

const read = (bytes: Uint8Array): ReadOutcome => readFhir(bytes, { fileName: 'mutated.json', documentPath: '', limits: DEFAULT_LIMITS });

/** A result whose items all pass their schema, or a typed import error: nothing else is allowed. */
function expectResultOrTypedError(outcome: ReadOutcome): void {
  if (!outcome.ok) {
    expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
    return;
  }
  for (const item of outcome.part.items) expect(CARE_SCHEMAS[item.kind].input.safeParse(item.input).success, item.kind).toBe(true);
}

/**
 * For text that is still valid JSON, a refusal may only say it is not FHIR: readFhir's last-resort
 * catch (which answers malformed-json) must never be what stopped a mapper.
 */
function expectNoMapperFailure(outcome: ReadOutcome): void {
  expectResultOrTypedError(outcome);
  if (!outcome.ok) expect(['unsupported-format', 'empty-file']).toContain(outcome.error.code);
}

/** Small corpus files with many kinds of resource (the large Synthea bundles are sampled apart, with fewer runs). */
const SMALL = fhirCorpusFiles().filter(
  (file) => !file.startsWith('synthea') && !file.includes('library-') && (file.includes('medication') || file.includes('careplan') || file.includes('encounter') || file.includes('appointment') || file.includes('allergy') || file.includes('condition') || file.includes('careteam') || file.includes('Observation') || file.includes('goal')),
);

/** Every path to a value inside a JSON tree, so a mutation can land anywhere. */
function paths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((child, index) => paths(child, [...prefix, index], into));
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], into);
  return into;
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return root;
}

const replacement = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.constantFrom('', '#m', 'urn:uuid:x', 'Patient/1', '2020-13-45', '1948-03-09T08:00:00-05:00', -1, 1e308, 0.5));

describe.skipIf(!hasCorpus)('random mutations of corpus FHIR files', () => {
  it('has small files to mutate', () => {
    expect(SMALL.length).toBeGreaterThan(40);
  });

  it('byte mutations (cut, flipped, inserted, removed) give a result or a typed error', () => {
    const originals = SMALL.map(readCorpusFile);
    fc.assert(
      fc.property(
        fc.nat({ max: originals.length - 1 }),
        fc.array(fc.tuple(fc.constantFrom('cut', 'flip', 'insert', 'remove'), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let bytes = originals[which]!;
          for (const [edit, where, byte] of edits) {
            const at = Math.floor(where * bytes.length);
            if (edit === 'cut') bytes = bytes.subarray(0, at);
            else if (edit === 'flip') bytes = Uint8Array.from(bytes, (value, index) => (index === at ? value ^ (byte || 1) : value));
            else if (edit === 'insert') bytes = new Uint8Array([...bytes.subarray(0, at), byte, ...bytes.subarray(at)]);
            else bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1 + (byte % 16))]);
          }
          expectResultOrTypedError(read(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('structural mutations (any value replaced by any JSON, or removed) give a result or a typed error', () => {
    const parsed = SMALL.map((file) => new TextDecoder().decode(readCorpusFile(file)));
    fc.assert(
      fc.property(fc.nat({ max: parsed.length - 1 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), replacement), { minLength: 1, maxLength: 6 }), (which, edits) => {
        let tree: unknown = JSON.parse(parsed[which]!);
        for (const [where, value] of edits) {
          const all = paths(tree);
          tree = replaceAt(tree, all[Math.floor(where * (all.length - 1))]!, value);
        }
        const text = JSON.stringify(tree) ?? '';
        expectNoMapperFailure(read(new TextEncoder().encode(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('structural mutations of a whole Synthea bundle give a result or a typed error', () => {
    const bundle: unknown = JSON.parse(new TextDecoder().decode(readCorpusFile('synthea-r4-bundles/Reyna_Ziemann_08f8bfce-34cf-4b5a-a398-8e49650c6e3c.json')));
    const all = paths(bundle);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), replacement), { minLength: 1, maxLength: 20 }), (edits) => {
        const tree = structuredClone(bundle);
        // Paths are taken from the original; an edit whose path no longer exists is skipped.
        for (const [index, value] of edits) {
          try {
            replaceAt(tree, all[index]!, value);
          } catch {
            continue;
          }
        }
        expectNoMapperFailure(read(new TextEncoder().encode(JSON.stringify(tree))));
      }),
      { numRuns: 20 },
    );
  });
});
