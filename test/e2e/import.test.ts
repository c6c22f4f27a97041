// Import from a patient portal, as a person would do it: a Synthea FHIR bundle reviewed and
// accepted (each medicine once, with its history), the same file again (nothing new), a newer
// C-CDA of the same person (only what is new), a hostile zip (the message, vault unchanged), and
// an imported medicine edited like any other.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, dumpIndexedDb, expectNoAxeViolations, randomHex, visible } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLES = join(ROOT, '..', 'shared', 'corpus', 'fhir', 'synthea-r4-bundles');
const CCDA = join(ROOT, 'test', 'fixtures', 'import', 'ccda', 'eura-treutel-newer-ccd.xml');
const HOSTILE_ZIP = join(ROOT, 'test', 'fixtures', 'import', 'zip', 'dot-dot-path.zip');

const skipReason = chromiumSkipReason() ?? (existsSync(BUNDLES) ? null : `the corpus folder ${BUNDLES} is absent`);
if (skipReason) console.warn(`[e2e] import.test.ts skipped: ${skipReason}`);

/** Screenshots for a person to look at, when asked for (IMPORT_SCREENSHOTS=folder). */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.IMPORT_SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Import from a patient portal' }));
  await page.getByLabel('Choose file', { exact: true }).setInputFiles(path);
}

/** Every encrypted row of the vault's record tables, by table: what "unchanged" is checked against. */
async function vaultRows(page: Page): Promise<string> {
  const dumps = await dumpIndexedDb(page);
  return JSON.stringify(dumps.map((db) => db.stores.filter((store) => store.name !== 'keyring').map((store) => [store.name, store.rows])));
}

describe.skipIf(skipReason)('import from a patient portal', () => {
  const suite = browserSuite();

  it('imports a Synthea bundle once, then nothing new, then only what a newer C-CDA adds; refuses a hostile file', { timeout: 420_000 }, async () => {
    const bundle = join(BUNDLES, readdirSync(BUNDLES).find((name) => name.startsWith('Eura_Treutel')) ?? '');
    const { page } = await suite.launch();
    page.setDefaultTimeout(60_000);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    await createVaultThroughUi(page, `harbor ${randomHex(3)} lantern meadow`);

    // The import screen before a file is chosen.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Import from a patient portal' }));
    await expectNoAxeViolations(page, 'import screen');

    // First import: the file's person is new to the vault, so "Someone new" is offered with her name.
    await chooseFile(page, bundle);
    await visible(page.getByRole('heading', { level: 1, name: 'Review what the file holds' }));
    await expect.poll(() => page.getByLabel('Full name of the new person').inputValue()).toMatch(/Eura\s+Treutel/);
    await visible(page.getByText(/vaccinations were read but not kept/));
    const medicines = page.getByRole('region', { name: 'Medicines' });
    await visible(medicines.getByRole('article', { name: 'Simvistatin 10 MG' }));
    await visible(medicines.getByRole('article', { name: 'Simvistatin 10 MG' }).getByText('Listed 10 times in the file: kept as one, with its history'));
    await expectNoAxeViolations(page, 'import review');
    await shoot(page, 'review-top');
    await medicines.getByRole('article', { name: 'Simvistatin 10 MG' }).scrollIntoViewIfNeeded();
    await shoot(page, 'review-medicines');
    await button('Accept all').click();
    await button('Import selected').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Import finished' }));
    await expectNoAxeViolations(page, 'import finished');
    await shoot(page, 'finished');

    // Each medicine once, the repeated order with its history.
    await page.getByRole('link', { name: 'Medicines', exact: true }).click();
    const simvastatin = page.getByRole('article', { name: 'Simvistatin 10 MG' });
    await visible(simvastatin);
    await expect.poll(() => simvastatin.count()).toBe(1);
    await button('Show 2 medicines stopped longer ago').click();
    const names = await page.getByRole('article').evaluateAll((cards) => cards.map((card) => document.getElementById(card.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    expect(names.length).toBe(7);
    expect(new Set(names).size).toBe(names.length);
    await simvastatin.getByRole('link').first().click();
    await visible(page.getByRole('heading', { name: 'History' }));
    await expect.poll(() => page.getByText('Added from an imported file').count()).toBe(10);

    // Readings keep the codes the file gave them (LOINC), shown for clinicians.
    await page.getByRole('link', { name: 'Measurements', exact: true }).click();
    const kinds = page.getByLabel('Kind of measurement', { exact: true });
    const height = await kinds.locator('option', { hasText: /^Body Height \(/ }).getAttribute('value');
    await kinds.selectOption(height ?? '');
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'Codes: 8302-2' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'imported readings');
    await shoot(page, 'readings');

    // The same file again: nothing new.
    const before = await vaultRows(page);
    await chooseFile(page, bundle);
    await visible(page.getByText(/Nothing new/));
    await button('Choose another file').click();

    // A newer C-CDA of the same person: she is suggested, and only what is new is proposed.
    await chooseFile(page, CCDA);
    await visible(page.getByRole('heading', { level: 1, name: 'Review what the file holds' }));
    await expect.poll(() => page.getByRole('radio', { name: /Treutel \(matches the file\)/ }).isChecked()).toBe(true);
    const proposed = await page.getByRole('article').evaluateAll((cards) => cards.map((card) => document.getElementById(card.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    expect(proposed).toHaveLength(3);
    expect(proposed[0]).toMatch(/^Metformin hydrochloride 500 MG/);
    expect(proposed[1]).toMatch(/^Lisinopril 10 MG/);
    expect(proposed[2]).toBe('Penicillin V');
    await visible(page.getByText('3 to look at. 2 already in the record.'));
    await shoot(page, 'review-ccda');
    expect(await vaultRows(page)).toBe(before);

    // A hostile file: the message naming the problem, and the vault exactly as it was.
    await button('Cancel the import').click();
    await page.getByLabel('Choose file', { exact: true }).setInputFiles(HOSTILE_ZIP);
    const alert = page.getByRole('alert');
    await visible(alert.getByText(/file names that point outside the download/));
    await visible(alert.getByText('Nothing was added to the record.'));
    await expectNoAxeViolations(page, 'import refused');
    await shoot(page, 'refused');
    expect(await vaultRows(page)).toBe(before);

    // An imported medicine is edited like any other: its new dose is saved and added to its history.
    await page.getByRole('link', { name: 'Medicines', exact: true }).click();
    await button('Edit Simvistatin 10 MG').click();
    await page.getByLabel('Strength', { exact: true }).fill('20 MG');
    await button('Save').click();
    await page.getByRole('link', { name: 'Simvistatin 20 MG' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Simvistatin 20 MG' }));
    const history = page.getByRole('region', { name: 'History' });
    await visible(history.getByText('Dose changed from 10 MG to 20 MG'));
    await expect.poll(() => history.getByText('Added from an imported file').count()).toBe(10);
  });
});
