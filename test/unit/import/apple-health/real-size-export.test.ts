import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ImportResult, type ReadLimits } from '../../../../shared/import/bundle';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { EXPORT_XML_HEADER, exportXmlOfSize, realSizeExportZip, workoutRoute } from '../../../fixtures/import/apple-health/apple-export';
import { lyingSizeZip } from '../../../fixtures/import/zip/hostile-zips';

const MB = 1024 * 1024;
const code = (result: ImportResult): string => (result.ok ? 'read' : result.error.code);
const withApple = (apple: Partial<ReadLimits['appleHealth']>): ReadLimits => ({ ...DEFAULT_LIMITS, appleHealth: { ...DEFAULT_LIMITS.appleHealth, ...apple } });

/** The clinical records the fixture holds, whatever else the zip carries. */
function expectFiveRecords(result: ImportResult): void {
  expect(code(result)).toBe('read');
  if (!result.ok) return;
  expect(result.bundle.format).toBe('apple-health');
  expect(result.bundle.documents).toHaveLength(5);
  expect(result.bundle.counts).toMatchObject({ medications: 2, allergies: 1, problems: 1, vitals: 1 });
}

/** `megabytes` MB of one byte under `name`, deflated hard: a ratio near 1000:1 if anyone inflated it. */
const bombEntry = (megabytes: number, fill = 0x20): Zippable[string] => [new Uint8Array(megabytes * MB).fill(fill), { level: 9 }];

describe('Apple Health export.zip of real size', () => {
  // One > 50 MB export.xml, stored, with 5,000 workout routes: over the ordinary size and entry limits.
  const bigXml = exportXmlOfSize(56 * MB);
  const stored = realSizeExportZip({ xml: bigXml, xmlLevel: 0 });

  it('imports an archive over 50 MB with 5,000 workout routes and a stored export.xml over 50 MB', async () => {
    expect(bigXml.length).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
    expect(stored.length).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
    const result = await readImportFile(stored, 'export.zip');
    expectFiveRecords(result);
    if (result.ok) expect(result.bundle.warnings.find((warning) => warning.code === 'apple-health-samples-skipped')?.message).toMatch(/^\d{6} /);
  });

  it('imports the same export deflated (a small archive whose export.xml streams past 50 MB)', async () => {
    const deflated = realSizeExportZip({ xml: bigXml, xmlLevel: 6 });
    expect(deflated.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    expectFiveRecords(await readImportFile(deflated, 'export.zip'));
  });

  it('never inflates the entries it does not need: a bomb among the workout routes is not even opened', async () => {
    const zip = realSizeExportZip({ routes: 50, extra: { 'apple_health_export/workout-routes/route_bomb.gpx': bombEntry(40) } });
    const started = performance.now();
    expectFiveRecords(await readImportFile(zip, 'export.zip'));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps the ordinary limits for a zip that is not an Apple export, however it is named', async () => {
    const routes: Zippable = {};
    for (let i = 0; i < 1001; i += 1) routes[`workout-routes/route_${i}.gpx`] = workoutRoute(i);
    expect(code(await readImportFile(zipSync(routes), 'export.zip'))).toBe('zip-too-many-entries');
    // export.xml outside apple_health_export/ is still read, but only under the ordinary limits.
    const loose = { ...routes, 'export.xml': strToU8(`${EXPORT_XML_HEADER}</HealthData>\n`) };
    expect(code(await readImportFile(zipSync(loose), 'export.zip'))).toBe('zip-too-many-entries');
    const large = zipSync({ 'big/DOC0001.XML': [new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1), { level: 0 }] });
    expect(code(await readImportFile(large, 'export.zip'))).toBe('too-large');
    // A file that is not a zip never gets Apple's larger size.
    expect(code(await readImportFile(bigXml, 'export.xml'))).toBe('too-large');
  });

  it('refuses a bomb disguised as an Apple export: export.xml inflating past the ratio', async () => {
    const zip = realSizeExportZip({ extra: { 'apple_health_export/export.xml': bombEntry(120) } });
    const started = performance.now();
    expect(code(await readImportFile(zip, 'export.zip'))).toBe('zip-bomb');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a disguised export whose export.xml lies about its size', async () => {
    const lying = lyingSizeZip(new Uint8Array(30 * MB).fill(0x20), 100, 'apple_health_export/export.xml');
    expect(code(await readImportFile(lying, 'export.zip'))).toBe('zip-bomb');
  });

  it('refuses a clinical-record file that is a bomb, and one over the ordinary per-file size', async () => {
    const bomb = realSizeExportZip({ extra: { 'apple_health_export/clinical-records/Observation-x.json': bombEntry(60) } });
    expect(code(await readImportFile(bomb, 'export.zip'))).toBe('zip-bomb');
    const bigJson = strToU8(`{"resourceType":"Observation","note":"${'a'.repeat(DEFAULT_LIMITS.maxFileBytes)}"}`);
    const tooLarge = realSizeExportZip({ routes: 10, extra: { 'apple_health_export/clinical-records/Observation-x.json': [bigJson, { level: 0 }] } });
    expect(code(await readImportFile(tooLarge, 'export.zip'))).toBe('too-large');
  });

  it('still refuses unsafe names anywhere in a large export', async () => {
    for (const name of ['apple_health_export/workout-routes/../../../evil.gpx', '/apple_health_export/x.gpx', 'apple_health_export\\workout-routes\\r.gpx']) {
      const zip = realSizeExportZip({ routes: 2000, extra: { [name]: workoutRoute(0) } });
      expect(code(await readImportFile(zip, 'export.zip')), name).toBe('zip-unsafe-path');
    }
  });

  it('holds an Apple export to its own entry limit and streamed export.xml limit', async () => {
    const zip = realSizeExportZip({ routes: 1200 });
    expect(code(await readImportFile(zip, 'export.zip', { limits: withApple({ maxZipEntries: 1200 }) }))).toBe('zip-too-many-entries');
    expectFiveRecords(await readImportFile(zip, 'export.zip', { limits: withApple({ maxZipEntries: 1300 }) }));
    const big = realSizeExportZip({ xml: exportXmlOfSize(12 * MB), routes: 10 });
    expect(code(await readImportFile(big, 'export.zip', { limits: withApple({ maxStreamedXmlBytes: 8 * MB }) }))).toBe('too-large');
    expect(code(await readImportFile(stored, 'export.zip', { limits: withApple({ maxArchiveBytes: 40 * MB }) }))).toBe('too-large');
  });
});
