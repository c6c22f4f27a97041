import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { DEFAULT_LIMITS, IMPORT_ERROR_CODES, type ReadOutcome } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { CCDA_DIR, hasCorpus } from './corpus';

/** Real documents of different vendors and versions, small enough for many runs. */
const SAMPLES = [
  'chb-sample-ccdas-r1.1/Greenway/26562_ExportSummary_CCDA.xml',
  'chb-sample-ccdas-r1.1/HL7/CCD.sample.xml',
  'epic-bluebutton-js/epic_phr.xml',
  'onc-2015-cert-r2.1/NextGen/AliceNewmanCCD.xml',
  'hl7-c-cda-examples/documents/Discharge_Summary__Discharge_Summary.xml',
  'hl7-c-cda-examples/section-fragments/Medications/Med_oral_with_indications_and_instructions/Med_oral_with_indications_and_instructions(C-CDA2.1).xml',
];

/** Only a valid result or a typed error: never a throw, never an item the binder could not save. */
function expectResultOrTypedError(outcome: ReadOutcome): void {
  if (!outcome.ok) {
    expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
    expect(outcome.error.message).not.toBe('');
    return;
  }
  for (const item of outcome.part.items) expect(CARE_SCHEMAS[item.kind].input.safeParse(item.input).success).toBe(true);
}

const read = (bytes: Uint8Array): ReadOutcome => readCcda(bytes, { fileName: 'mutated.xml', documentPath: '', limits: DEFAULT_LIMITS });

describe.skipIf(!hasCorpus)('random mutations of corpus C-CDA files', () => {
  const documents = hasCorpus ? SAMPLES.map((path) => new Uint8Array(readFileSync(join(CCDA_DIR, path)))) : [];
  const documentIndex = fc.integer({ min: 0, max: Math.max(0, SAMPLES.length - 1) });

  it('byte flips', () => {
    fc.assert(
      fc.property(documentIndex, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (index, flips) => {
        const bytes = documents[index]!.slice();
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        expectResultOrTypedError(read(bytes));
      }),
      { numRuns: 40 },
    );
  });

  it('truncation at any point', () => {
    fc.assert(
      fc.property(documentIndex, fc.double({ min: 0, max: 1, noNaN: true }), (index, fraction) => {
        const bytes = documents[index]!;
        const outcome = read(bytes.slice(0, Math.floor(bytes.length * fraction)));
        expectResultOrTypedError(outcome);
        // Cut before the end, the document is never read as whole.
        if (fraction < 0.95) expect(outcome.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('deleted, doubled or swapped tags', () => {
    fc.assert(
      fc.property(documentIndex, fc.array(fc.tuple(fc.constantFrom('delete', 'double', 'rename'), fc.nat()), { minLength: 1, maxLength: 6 }), (index, edits) => {
        let text = new TextDecoder().decode(documents[index]!);
        for (const [edit, at] of edits) {
          const tags = [...text.matchAll(/<\/?[A-Za-z][^>]*>/g)];
          if (tags.length === 0) break;
          const tag = tags[at % tags.length]!;
          const start = tag.index;
          const end = start + tag[0].length;
          const replacement = edit === 'delete' ? '' : edit === 'double' ? tag[0] + tag[0] : tag[0].replace(/^<(\/?)[A-Za-z][\w:.-]*/, '<$1renamed');
          text = text.slice(0, start) + replacement + text.slice(end);
        }
        expectResultOrTypedError(read(new TextEncoder().encode(text)));
      }),
      { numRuns: 60 },
    );
  });

  it('random bytes and random XML-ish text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectResultOrTypedError(read(bytes))),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<a>', '</a>', '<b x="1">', '</b>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#x41;', '<!DOCTYPE', '<?pi?>', 'text', '"', '<', '>', '/>'), { maxLength: 40 }), (parts) =>
        expectResultOrTypedError(read(new TextEncoder().encode(parts.join('')))),
      ),
      { numRuns: 200 },
    );
  });
});
