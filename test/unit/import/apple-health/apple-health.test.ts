import { strToU8 } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { appleHealthExportZip, EXPORT_XML_HEADER, exportXml } from '../../../fixtures/import/apple-health/apple-export';
import { FIXTURES, readBytes } from '../fixture-paths';

describe('Apple Health export.zip', () => {
  it('imports the clinical records (DSTU2 and R4) end to end, with Apple’s source as provenance', async () => {
    const result = await readImportFile(readBytes(join(FIXTURES, 'apple-health/export.zip')), 'export.zip');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { bundle } = result;
    expect(bundle.format).toBe('apple-health');
    expect(bundle.documents).toHaveLength(5);
    expect(bundle.counts).toMatchObject({ medications: 2, allergies: 1, problems: 1, vitals: 1 });
    expect(bundle.person.birthDate).toBe('1948-03-12');
    expect(bundle.items.map((item) => item.sourceIds[0]).sort()).toEqual(
      ['AllergyIntolerance/Pq9', 'Condition/eX3', 'MedicationOrder/T2v8kQ1', 'MedicationRequest/mR7', 'Observation/wT1'].sort(),
    );
    for (const item of bundle.items) {
      expect(item.provenance.organization).toBe('Lakeside Health');
      expect(item.provenance.documentPath).toMatch(/^apple_health_export\/clinical-records\/.+\.json$/);
      expect(() => CARE_SCHEMAS[item.kind].input.parse(item.input)).not.toThrow();
    }
    expect(bundle.warnings.map((warning) => warning.code)).toContain('apple-health-samples-skipped');
  });

  it('says so when an export holds no clinical records at all', async () => {
    const { zipSync } = await import('fflate');
    const result = await readImportFile(zipSync({ 'apple_health_export/export.xml': strToU8(exportXml(0).replace(/ <ClinicalRecord [^\n]*\n/g, '')) }), 'export.zip');
    expect(result.ok ? 'read' : result.error.code).toBe('no-documents');
  });

  it('finds a localized export.xml (the file name follows the phone’s language, the folder does not)', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(readBytes(join(FIXTURES, 'apple-health/export.zip')));
    const localized = Object.fromEntries(Object.entries(files).map(([name, data]) => [name.replace(/\/export\.xml$/, '/导出.xml').replace('/export_cda.xml', '/导出_cda.xml'), data]));
    const result = await readImportFile(zipSync(localized), 'export.zip');
    expect(result.ok ? [result.bundle.format, result.bundle.documents.length] : result.error.code).toEqual(['apple-health', 5]);
  });

  it('refuses an export whose DTD declares entities', async () => {
    const hostile = EXPORT_XML_HEADER.replace('<!ELEMENT ExportDate EMPTY>', '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;"><!ELEMENT ExportDate EMPTY>');
    const body = exportXml(15_000).slice(EXPORT_XML_HEADER.length);
    const zip = appleHealthExportZip(0, `${hostile}${body}`);
    const started = performance.now();
    const result = await readImportFile(zip, 'export.zip');
    expect(result.ok ? 'read' : result.error.code).toBe('xml-entity');
    // Refused from the DTD at the top: the megabytes of samples after it are never inflated.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('asks for the whole export.zip when export.xml is picked alone', async () => {
    const result = await readImportFile(strToU8(exportXml(10)), 'export.xml');
    expect(result.ok ? 'read' : result.error.code).toBe('apple-xml-alone');
    expect(result.ok ? '' : result.error.message).toMatch(/export\.zip/);
  });

  it('reads clinical-record files that export.xml does not list: the folder is the truth', async () => {
    const onlySamples = exportXml(20).replace(/ <ClinicalRecord [^\n]*\n/g, '');
    const result = await readImportFile(appleHealthExportZip(20, onlySamples).slice(), 'export.zip');
    expect(result.ok ? result.bundle.documents.length : result.error.code).toBe(5);
  });

  it('reports progress while streaming export.xml and can be cancelled part way', async () => {
    const zip = appleHealthExportZip(20_000);
    const seen: [number, number][] = [];
    const controller = new AbortController();
    const result = await readImportFile(zip, 'export.zip', {
      signal: controller.signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        if (done / total > 0.3) controller.abort();
      },
    });
    expect(result.ok ? 'read' : result.error.code).toBe('cancelled');
    // Whole steps people can read: megabytes of export.xml, then clinical-record files.
    expect(seen.every(([done, total]) => Number.isInteger(done) && Number.isInteger(total) && done <= total)).toBe(true);
    expect(seen.some(([done, total]) => done > 0 && done < total)).toBe(true);
  });
});
