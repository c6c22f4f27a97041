import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/import/bundle';
import { ExportXmlScanner } from '../../../../shared/import/apple-health/export-xml-scanner';
import { CLINICAL_FILES, EXPORT_XML_HEADER, exportXml } from '../../../fixtures/import/apple-health/apple-export';

function scan(pieces: readonly string[]) {
  const scanner = new ExportXmlScanner(DEFAULT_LIMITS);
  for (const piece of pieces) if (!scanner.write(piece)) break;
  return scanner.finish();
}

describe('export.xml scanner', () => {
  it('keeps the ClinicalRecord elements and counts the samples, accepting the ELEMENT/ATTLIST DTD', () => {
    const result = scan([exportXml(30)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.otherRecords).toBe(30);
    expect(result.summary.birthDate).toBe('1948-03-12');
    expect(result.summary.clinicalRecords.map((record) => record.resourceFilePath)).toEqual(CLINICAL_FILES.map((file) => `/clinical-records/${file.id}.json`));
    expect(result.summary.clinicalRecords[0]).toMatchObject({ sourceName: 'Lakeside Health', fhirVersion: '1.0.2', type: 'HKClinicalTypeIdentifierMedicationRecord' });
  });

  it('gives the same answer however the text is cut into chunks', () => {
    const xml = exportXml(12);
    const whole = scan([xml]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 40 }), (cuts) => {
        const sorted = [...new Set(cuts)].sort((a, b) => a - b);
        const pieces = [0, ...sorted].map((start, i) => xml.slice(start, sorted[i] ?? xml.length));
        expect(scan(pieces)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an ENTITY declaration in the DTD (billion laughs), external ones included', () => {
    const laughs = EXPORT_XML_HEADER.replace('<!ELEMENT ExportDate EMPTY>', '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ELEMENT ExportDate EMPTY>');
    const external = EXPORT_XML_HEADER.replace('<!ELEMENT ExportDate EMPTY>', '<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ELEMENT ExportDate EMPTY>');
    for (const header of [laughs, external]) {
      const result = scan([`${header}</HealthData>`]);
      expect(result.ok ? 'read' : result.error.code).toBe('xml-entity');
    }
  });

  it('names a cut-off file, an undefined entity, a wrong root and deep nesting', () => {
    const xml = exportXml(5);
    const cut = scan([xml.slice(0, Math.floor(xml.length * 0.7))]);
    expect(cut.ok ? 'read' : cut.error.code).toBe('truncated');
    const entity = scan([`${EXPORT_XML_HEADER} <Record type="&lol;" sourceName="x" startDate="a" endDate="b"/></HealthData>`]);
    expect(entity.ok ? 'read' : entity.error.code).toBe('malformed-xml');
    const wrongRoot = scan(['<?xml version="1.0"?><html><body/></html>']);
    expect(wrongRoot.ok ? 'read' : wrongRoot.error.code).toBe('unsupported-format');
    const deep = scan([`<HealthData>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</HealthData>`]);
    expect(deep.ok ? 'read' : deep.error.code).toBe('too-deep');
  });
});
