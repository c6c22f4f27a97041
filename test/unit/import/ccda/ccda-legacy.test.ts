import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ReadOutcome } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { CORPUS } from './corpus';

const NIST = join(CORPUS, 'xdm/nist-ett');

/** The one document inside a NIST XDM package (the zip handling itself is the containers' reader's). */
function readFromPackage(zip: string, document: string): ReadOutcome {
  const files = unzipSync(new Uint8Array(readFileSync(join(NIST, zip))));
  const bytes = files[document];
  if (!bytes) throw new Error(`${document} not in ${zip}`);
  return readCcda(bytes, { fileName: zip, documentPath: document, limits: DEFAULT_LIMITS });
}

describe.skipIf(!existsSync(NIST))('older documents found inside XDM packages', () => {
  it('recognises a HITSP C32 and takes its medicines, allergies and problems', () => {
    const outcome = readFromPackage('C32_Sample1_in_XDM.zip', 'IHE_XDM/SUBSET01/C32_1.XML');
    expect(outcome.ok && outcome.format).toBe('hitsp-c32');
    if (!outcome.ok) return;
    const { part } = outcome;
    expect(part.counts).toMatchObject({ medications: 3, allergies: 2, problems: 3 });
    const medicines = part.items.filter((item) => item.kind === 'medication').map((item) => item.input as { name: string; brandName: string });
    expect(medicines).toContainEqual(expect.objectContaining({ name: 'Furosemide 20 MG Oral Tablet [Lasix]', brandName: 'Lasix' }));
    expect(part.items.filter((item) => item.kind === 'allergy')).toHaveLength(2);
    expect(part.warnings.map((warning) => warning.code)).toContain('legacy-format');
    expect(part.items.every((item) => item.provenance.documentPath === 'IHE_XDM/SUBSET01/C32_1.XML')).toBe(true);
  });

  it('recognises a CCR with a prefixed root and takes what maps', () => {
    const outcome = readFromPackage('CCR_Sample1_in_XDM.zip', 'IHE_XDM/SUBSET01/CCR_1.XML');
    expect(outcome.ok && outcome.format).toBe('ccr');
    if (!outcome.ok) return;
    const names = outcome.part.items.filter((item) => item.kind === 'medication').map((item) => (item.input as { name: string }).name);
    expect(names).toEqual(['furosemide', 'potassium chloride', 'metaproterenol sulfate']);
    expect(outcome.part.items.filter((item) => item.kind === 'condition')).toHaveLength(3);
    expect(outcome.part.warnings).toContainEqual(expect.objectContaining({ code: 'legacy-format', message: expect.stringContaining('CCR') }));
  });
});
