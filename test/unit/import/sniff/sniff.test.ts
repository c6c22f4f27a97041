import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../shared/import/sniff';
import { exportXml } from '../../../fixtures/import/apple-health/apple-export';
import { CORPUS, CORPUS_MISSING, FIXTURES, HAS_CORPUS, readBytes } from '../fixture-paths';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const kindOf = (bytes: Uint8Array): string => {
  const sniffed = sniff(bytes);
  return sniffed.kind === 'xml' ? `xml:${sniffed.root}` : sniffed.kind;
};

describe.skipIf(!HAS_CORPUS)(`sniffing the corpus (${HAS_CORPUS ? 'present' : CORPUS_MISSING})`, () => {
  it('recognises every C-CDA by its content, whatever the extension (.xml, .XML, .ccd, .txt, fragments)', () => {
    const documents = filesUnder(join(CORPUS, 'ccda')).filter((path) => /\.(xml|ccd|txt)$/i.test(path));
    expect(documents.length).toBeGreaterThan(150);
    for (const path of documents) expect(kindOf(readBytes(path)), path).toBe('xml:ccda');
  });

  it('recognises FHIR JSON and NDJSON, and refuses JSON that is not FHIR', () => {
    const fhir = filesUnder(join(CORPUS, 'fhir'));
    for (const path of fhir.filter((p) => p.endsWith('.json'))) expect(kindOf(readBytes(path)), path).toBe('fhir-json');
    for (const path of fhir.filter((p) => p.endsWith('.ndjson'))) expect(kindOf(readBytes(path)), path).toBe('fhir-ndjson');
    const peerOutputs = filesUnder(join(CORPUS, 'ccda/peer-expected')).filter((p) => p.endsWith('.json'));
    for (const path of peerOutputs) expect(kindOf(readBytes(path)), path).toBe('unsupported');
  });

  it('recognises every XDM and vendor zip as a zip', () => {
    for (const path of filesUnder(join(CORPUS, 'xdm'))) expect(kindOf(readBytes(path)), path).toBe('zip');
  });
});

describe('sniffing hand-made bytes', () => {
  it('tells zips, Apple Health export.xml, CCR and other XML apart', () => {
    expect(kindOf(readBytes(join(FIXTURES, 'xdm/epic-mychart-xdm.zip')))).toBe('zip');
    expect(kindOf(strToU8(exportXml(3)))).toBe('xml:apple-health-export');
    expect(kindOf(strToU8('<?xml version="1.0"?>\n<ccr:ContinuityOfCareRecord xmlns:ccr="urn:astm-org:CCR"/>'))).toBe('xml:ccr');
    expect(kindOf(strToU8('<html><body>portal page</body></html>'))).toBe('xml:other');
    expect(kindOf(strToU8('\uFEFF<?xml version="1.0"?><!-- c --><cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"/>'))).toBe('xml:ccda');
  });

  it('decides from content, never from the name: a PDF, a picture or noise is unsupported', () => {
    expect(sniff(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'unsupported', what: 'a PDF document' });
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ kind: 'unsupported', what: 'a PNG picture' });
    expect(kindOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('unsupported');
    expect(kindOf(strToU8('name,dose\nlisinopril,10 mg\n'))).toBe('unsupported');
    expect(kindOf(strToU8('{"not":"fhir"}'))).toBe('unsupported');
  });

  it('reads the root of UTF-16 XML (either byte order) past its byte-order mark', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><ClinicalDocument xmlns="urn:hl7-org:v3"/>';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(xml, (c) => c.charCodeAt(0)).buffer)]);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(xml).flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(kindOf(le)).toBe('xml:ccda');
    expect(kindOf(be)).toBe('xml:ccda');
  });

  it('sees NDJSON by its lines and a Bundle as one JSON document', () => {
    expect(kindOf(strToU8('{"resourceType":"Condition","id":"a"}\n{"resourceType":"Condition","id":"b"}\n'))).toBe('fhir-ndjson');
    expect(kindOf(strToU8('{\n  "resourceType": "Bundle",\n  "entry": []\n}\n'))).toBe('fhir-json');
  });
});
