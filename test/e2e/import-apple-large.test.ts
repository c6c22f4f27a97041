// A real-size Apple Health export.zip through the import screen: over the ordinary 50 MB limit,
// thousands of workout routes, a stored export.xml over 50 MB — read in the Worker and reviewed.
// A large file that is not a zip is refused before it is read; Cancel stops a read part way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../shared/import/bundle';
import { exportXmlOfSize, realSizeExportZip } from '../fixtures/import/apple-health/apple-export';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, randomHex, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] import-apple-large.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('import of a real-size Apple Health export', () => {
  const suite = browserSuite();
  const folder = mkdtempSync(join(tmpdir(), 'apple-large-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a 56 MB export.zip with 5,000 workout routes, refuses a large non-zip file at once, asks for export.zip when export.xml is picked, and cancels a read', { timeout: 300_000 }, async () => {
    const exportZip = join(folder, 'export.zip');
    const zip = realSizeExportZip({ xml: exportXmlOfSize(56 * 1024 * 1024), xmlLevel: 0 });
    expect(zip.length).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
    writeFileSync(exportZip, zip);
    const bigText = join(folder, 'notes.xml');
    writeFileSync(bigText, new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1).fill(0x20));
    const exportXml = join(folder, 'export.xml');
    writeFileSync(exportXml, exportXmlOfSize(DEFAULT_LIMITS.maxFileBytes + 1024 * 1024));

    const { page } = await suite.launch();
    page.setDefaultTimeout(120_000);
    await createVaultThroughUi(page, `harbor ${randomHex(3)} lantern meadow`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Import from a patient portal' }));

    await page.getByLabel('Choose file', { exact: true }).setInputFiles(bigText);
    await visible(page.getByRole('alert').getByText('The file is too large to import.'));
    // The export.xml from inside the export, picked on its own: the person is told to pick export.zip.
    await page.getByLabel('Choose file', { exact: true }).setInputFiles(exportXml);
    await visible(page.getByRole('alert').getByText(/Choose the whole export\.zip file instead/));

    // Cancel while the Worker is still reading: the Worker stops, nothing is added, the file can be chosen again.
    await page.getByLabel('Choose file', { exact: true }).setInputFiles(exportZip);
    await visible(page.getByRole('heading', { level: 2, name: 'Reading export.zip' }));
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await visible(page.getByRole('alert').getByText('Reading the file was cancelled.'));
    await visible(page.getByText('Nothing was added to the record.'));
    await expectNoAxeViolations(page, 'a cancelled read');

    await page.getByLabel('Choose file', { exact: true }).setInputFiles(exportZip);
    await visible(page.getByRole('heading', { level: 1, name: 'Review what the file holds' }));
    const medicines = page.getByRole('region', { name: 'Medicines' });
    await visible(medicines.getByText(/lisinopril/i).first());
    await visible(medicines.getByText(/atorvastatin/i).first());
    await expectNoAxeViolations(page, 'review of a large Apple Health export');
  });
});
