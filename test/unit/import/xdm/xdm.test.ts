import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/import/bundle';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { readXdmMetadata } from '../../../../shared/import/xdm/xdm-metadata';
import { SafeZip } from '../../../../shared/import/zip/safe-unzip';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { metadataXml } from '../../../fixtures/import/xdm/xdm-packages';
import { CORPUS, CORPUS_MISSING, FIXTURES, HAS_CORPUS, readBytes } from '../fixture-paths';

async function importFile(path: string) {
  const result = await readImportFile(readBytes(path), path.split('/').pop()!);
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  return result.bundle;
}

describe('IHE XDM fixtures built from FORMATS.md', () => {
  it('imports the Epic variant: patient-named folder, STYLE.XSL, INDEX.HTM and README.TXT beside the document', async () => {
    const bundle = await importFile(join(FIXTURES, 'xdm/epic-mychart-xdm.zip'));
    expect(bundle.format).toBe('xdm');
    expect(bundle.documents.map((doc) => doc.path)).toEqual(['IHE_XDM/Rosa Testperson/DOC0001.XML']);
    expect(bundle.person).toEqual({ name: 'Rosa Testperson', birthDate: '1948-03-12' });
    expect(bundle.counts).toMatchObject({ medications: 2, allergies: 1, problems: 2 });
    // The document names no organization: METADATA.XML's authorInstitution fills it in.
    expect(new Set(bundle.items.map((item) => item.provenance.organization))).toEqual(new Set(['Lakeside Health (Epic)']));
    expect(bundle.items.every((item) => item.provenance.fileName === 'epic-mychart-xdm.zip')).toBe(true);
    expect(bundle.warnings).toEqual([]);
    for (const item of bundle.items) expect(() => CARE_SCHEMAS[item.kind].input.parse(item.input)).not.toThrow();
  });

  it('imports three overlapping documents in two subsets, in portal order, keeping every repeated item for reconciliation', async () => {
    const bundle = await importFile(join(FIXTURES, 'xdm/multi-document-xdm.zip'));
    expect(bundle.format).toBe('xdm');
    expect(bundle.documents.map((doc) => doc.path)).toEqual(['IHE_XDM/SUBSET01/DOC0001.XML', 'IHE_XDM/SUBSET01/DOC0002.XML', 'IHE_XDM/SUBSET02/DOC0001.XML']);
    // Counted per document before merging: lisinopril appears three times, penicillin three times.
    expect(bundle.counts).toMatchObject({ medications: 7, allergies: 4, problems: 5 });
    const lisinopril = bundle.items.filter((item) => item.kind === 'medication' && item.sourceIds.includes('1.2.3.4.5.6.1^med-314076'));
    expect(lisinopril.map((item) => item.provenance.documentPath)).toEqual(bundle.documents.map((doc) => doc.path));
    expect(bundle.documents.map((doc) => doc.organization)).toEqual(['Lakeside Family Medicine', 'Lakeside Family Medicine', 'Lakeside Cardiology']);
  });

  it('reads METADATA.XML dates, authors, titles and the patient', () => {
    const xml = metadataXml([{ uri: 'DOC0001.XML', title: 'Visit', creationTime: '20240220143000', institution: 'Clinic A', author: 'Okafor' }], { family: 'Doe', given: 'Ann', birth: '19500101' });
    const result = readXdmMetadata(xml, DEFAULT_LIMITS);
    expect(result).toEqual({
      ok: true,
      metadata: {
        documents: [{ uri: 'DOC0001.XML', title: 'Visit', type: 'Summarization of Episode Note', date: '2024-02-20T14:30:00Z', organization: 'Clinic A', author: 'Okafor' }],
        person: { name: 'Ann Doe', birthDate: '1950-01-01' },
      },
    });
  });

  it('refuses a METADATA.XML with a DOCTYPE but still reads the documents', () => {
    const result = readXdmMetadata('<!DOCTYPE x [<!ENTITY a "b">]><SubmitObjectsRequest/>', DEFAULT_LIMITS);
    expect(result.ok).toBe(false);
  });
});

describe.skipIf(!HAS_CORPUS)(`every corpus XDM and vendor zip (${HAS_CORPUS ? 'present' : CORPUS_MISSING})`, () => {
  const nist = join(CORPUS, 'xdm/nist-ett');
  const vendor = join(CORPUS, 'xdm/onc-vendor-export-zips-not-xdm');

  it.each(HAS_CORPUS ? readdirSync(nist).filter((name) => !name.startsWith('CCR')) : [])('reads NIST package %s: one document not named DOC0001, with METADATA.XML provenance', async (name) => {
    const bundle = await importFile(join(nist, name));
    expect(bundle.format).toBe('xdm');
    expect(bundle.documents).toHaveLength(1);
    expect(bundle.documents[0]!.path).toMatch(/^IHE_XDM\/SUBSET01\/(CCDAAMB|TOC_A|C32_1)\.XML$/);
    for (const item of bundle.items) expect(() => CARE_SCHEMAS[item.kind].input.parse(item.input)).not.toThrow();
  });

  it('matches MANIFEST.md counts for the NIST packages (medicines, allergies, problems)', async () => {
    const expected: Record<string, [number, number, number]> = {
      'BadXHTML.zip': [1, 3, 3],
      'CCDA_Ambulatory_in_XDM.zip': [1, 3, 3],
      'ToC_Ambulatory.zip': [1, 3, 3],
      // MANIFEST.md says 6 / 4 / 12: it counts template ids, and this document gives every entry its
      // template id twice (without and with the 2014-06-09 extension) — 3 medicines, 2 allergies, 6 problems.
      'XDM_FULL.ZIP': [3, 2, 6],
      'XDM_LIM.ZIP': [3, 2, 6],
      // MANIFEST.md says 0 / 0 / 0: it counts C-CDA template ids, and this is a HITSP C32 document
      // (C83 templates), which the reader recognises and takes what maps from.
      'C32_Sample1_in_XDM.zip': [3, 2, 3],
    };
    for (const [name, [medications, allergies, problems]] of Object.entries(expected)) {
      const bundle = await importFile(join(nist, name));
      expect({ name, ...bundle.counts }).toMatchObject({ name, medications, allergies, problems });
    }
  });

  it('refuses the CCR package with a message naming CCR', async () => {
    const result = await readImportFile(readBytes(join(nist, 'CCR_Sample1_in_XDM.zip')), 'CCR_Sample1_in_XDM.zip');
    expect(result.ok ? 'read' : result.error.code).toBe('unsupported-format');
    expect(result.ok ? '' : result.error.message).toMatch(/CCR/);
  });

  it('reads vendor export zips that are not XDM as plain zips of XML, one document per file', async () => {
    const afoundria = await importFile(join(vendor, 'Afoundria__b6.zip'));
    expect(afoundria.format).toBe('xml-zip');
    expect(afoundria.documents.map((doc) => doc.path)).toEqual(['b6/Bates__Jeremy_V.xml', 'b6/Newman__Alicia_Jones.xml']);
    const medhost = readdirSync(vendor).find((name) => name.startsWith('MedHost'))!;
    const bundle = await importFile(join(vendor, medhost));
    expect(bundle.format).toBe('xml-zip');
    expect(bundle.documents).toHaveLength(14);
  });

  it('applies METADATA.XML to the NIST package whose document omits nothing: the document wins', async () => {
    const zip = SafeZip.open(readBytes(join(nist, 'XDM_FULL.ZIP')), DEFAULT_LIMITS);
    expect(zip.ok).toBe(true);
    const bundle = await importFile(join(nist, 'XDM_FULL.ZIP'));
    expect(bundle.person.name).not.toBe('');
    expect(bundle.items.every((item) => item.provenance.documentPath === 'IHE_XDM/SUBSET01/CCDAAMB.XML')).toBe(true);
  });
});

describe('PDFs in a package', () => {
  it('are kept as attachments with the metadata’s title, date and author, beside the documents', async () => {
    const { strToU8, zipSync, unzipSync } = await import('fflate');
    const epic = unzipSync(readBytes(join(FIXTURES, 'xdm/epic-mychart-xdm.zip')));
    const folder = 'IHE_XDM/Rosa Testperson';
    const pdf = strToU8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const metadata = metadataXml(
      [
        { uri: 'DOC0001.XML', title: 'Visit summary', creationTime: '20230105151500', institution: 'Lakeside Health (Epic)', author: 'Okafor' },
        { uri: 'DOC0002.PDF', title: 'Letter from cardiology', creationTime: '20230210090000', institution: 'Lakeside Cardiology', author: 'Lindqvist' },
      ],
      { family: 'Testperson', given: 'Rosa', birth: '19480312' },
    );
    const zip = zipSync({ ...epic, [`${folder}/METADATA.XML`]: strToU8(metadata), [`${folder}/DOC0002.PDF`]: pdf });
    const result = await readImportFile(zip, 'with-letter.zip');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.documents).toHaveLength(1);
    expect(result.bundle.attachments).toHaveLength(1);
    const [letter] = result.bundle.attachments;
    expect(letter).toMatchObject({ title: 'Letter from cardiology', mimeType: 'application/pdf' });
    expect(letter!.provenance).toMatchObject({ documentPath: `${folder}/DOC0002.PDF`, organization: 'Lakeside Cardiology', documentDate: '2023-02-10T09:00:00Z' });
    expect(letter!.data).toEqual(pdf);
  });
});
