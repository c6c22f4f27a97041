// Backups as a caregiver uses them, in the web build: Settings → "Export backup" (a download),
// "Hand over to another caregiver" (one person, printable instructions), then a new browser
// profile — a new computer — where the first run offers "Restore backup". axe on every dialog.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserSuite,
  chromiumSkipReason,
  createVaultThroughUi,
  describeRequests,
  expectNoAxeViolations,
  fillBinder,
  gone,
  randomHex,
  screens,
  visible,
} from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] backup.test.ts skipped: ${skipReason}`);

interface SavedFile {
  name: string;
  buffer: Buffer;
}

/**
 * The web build saves a file as a download of a Blob. Downloads are off in the test browser,
 * so the Blob and its file name are caught where the app hands them over, and read back.
 */
async function catchNextSave(page: Page): Promise<() => Promise<SavedFile>> {
  await page.evaluate(() => {
    const w = window as unknown as { __saved?: { blob?: Blob; name?: string } };
    w.__saved = {};
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) w.__saved!.blob = object;
      return create(object);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.__saved!.name = this.download;
      return click.call(this);
    };
  });
  return async () => {
    await page.waitForFunction(() => Boolean((window as unknown as { __saved?: { name?: string } }).__saved?.name));
    const { name, bytes } = await page.evaluate(async () => {
      const saved = (window as unknown as { __saved: { blob: Blob; name: string } }).__saved;
      const data = new Uint8Array(await saved.blob.arrayBuffer());
      let binary = '';
      for (const byte of data) binary += String.fromCharCode(byte);
      return { name: saved.name, bytes: btoa(binary) };
    });
    return { name, buffer: Buffer.from(bytes, 'base64') };
  };
}

describe.skipIf(skipReason)('backup and hand-over in the web build', () => {
  const suite = browserSuite();

  it('exports a backup and a hand-over, and restores both on a new computer', async () => {
    const passphrase = `harbour ${randomHex(3)} lantern maple`;
    const backupPassphrase = `orchard ${randomHex(3)} pebble tuesday`;
    const handOverPassphrase = `violet ${randomHex(3)} ferry morning`;

    // ── The first computer: a binder with two people. ──
    const first = await suite.launch();
    let page = first.page;
    let ui = screens(page);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    await createVaultThroughUi(page, passphrase);
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Henry Okafor');
    await ui.personForm.save.click();
    await visible(page.getByRole('heading', { name: 'Henry Okafor', exact: true }));
    await fillBinder(page);

    await page.getByRole('link', { name: 'Settings' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));

    // Export backup: a passphrase of its own, typed twice; a file named by date only.
    await button('Export backup').click();
    let dialog = page.getByRole('dialog', { name: 'Export a backup' });
    await visible(dialog);
    await expectNoAxeViolations(page, 'export backup dialog');
    await dialog.getByRole('button', { name: 'Save the backup file' }).click();
    await visible(dialog.getByText('Use at least 10 characters.').first());
    await dialog.getByLabel('Passphrase for this file', { exact: true }).fill(backupPassphrase);
    await dialog.getByLabel('Type the passphrase for this file again', { exact: true }).fill(backupPassphrase);
    const backupSaved = await catchNextSave(page);
    await dialog.getByRole('button', { name: 'Save the backup file' }).click();
    const backup = await backupSaved();
    expect(backup.name).toMatch(/^carebinder-backup-\d{4}-\d{2}-\d{2}\.carebinder$/);
    await visible(dialog.getByText(`The backup was saved as ${backup.name}.`));
    expect(backup.buffer.subarray(0, 16).toString('latin1')).toBe('CAREBINDERBACKUP');
    for (const canary of ['Rodr', 'Metformin', 'Henry', 'Penicillin']) expect(backup.buffer.toString('latin1')).not.toContain(canary);
    await expectNoAxeViolations(page, 'export backup done');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await gone(dialog);

    // Hand over Henry only, then the printable instructions for the receiver.
    await button('Hand over to another caregiver').click();
    dialog = page.getByRole('dialog', { name: 'Hand over to another caregiver' });
    await visible(dialog);
    await dialog.getByRole('checkbox', { name: 'Henry Okafor' }).check();
    await expectNoAxeViolations(page, 'hand-over dialog');
    await dialog.getByLabel('Passphrase for this file', { exact: true }).fill(handOverPassphrase);
    await dialog.getByLabel('Type the passphrase for this file again', { exact: true }).fill(handOverPassphrase);
    const handOverSaved = await catchNextSave(page);
    await dialog.getByRole('button', { name: 'Save the hand-over file' }).click();
    const handOver = await handOverSaved();
    expect(handOver.name).toMatch(/^carebinder-hand-over-\d{4}-\d{2}-\d{2}\.carebinder$/);
    const sheet = page.getByRole('dialog', { name: 'For the caregiver receiving this binder' });
    await visible(sheet);
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('Henry Okafor');
    expect(sheetText).not.toContain('Mamá');
    expect(sheetText).toContain(handOver.name);
    expect(sheetText).toContain('Restore backup');
    expect(sheetText).not.toContain(handOverPassphrase);
    await expectNoAxeViolations(page, 'hand-over instructions');
    await sheet.getByRole('button', { name: 'Done' }).click();
    await gone(sheet);
    expect(first.foreignRequests(), describeRequests(first.foreignRequests())).toEqual([]);
    await first.close();

    // ── A new computer: first run, "Restore backup". ──
    const second = await suite.launch();
    page = second.page;
    ui = screens(page);
    await page.goto('/');
    await button('Restore backup').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Restore a backup' }));
    await expectNoAxeViolations(page, 'first-run restore');
    await page.getByLabel('Backup file').setInputFiles({ name: handOver.name, mimeType: 'application/octet-stream', buffer: handOver.buffer });
    // The wrong passphrase is refused in plain words, and nothing is created.
    await page.getByLabel('The backup’s passphrase').fill('not the passphrase at all');
    await button('Open the backup').click();
    await visible(page.getByRole('alert').filter({ hasText: 'That passphrase does not open this backup' }), 60_000);
    await expectNoAxeViolations(page, 'first-run restore, wrong passphrase');
    await page.getByLabel('The backup’s passphrase').fill(handOverPassphrase);
    await button('Open the backup').click();
    await visible(page.getByText('The backup opened. It holds 1 person and 0 records.'), 60_000);
    await expectNoAxeViolations(page, 'first-run restore, choose passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await button('Restore and open my binder').click();
    await visible(ui.recoveryKey.continue, 60_000);
    await ui.recoveryKey.continue.click();
    await visible(page.getByRole('link', { name: 'Henry Okafor', exact: true }));
    await expect(page.getByRole('link', { name: 'Mamá', exact: true }).count()).resolves.toBe(0);

    // Then the full backup, restored additively from Settings: Mamá and her records arrive,
    // Henry (already here) is left as he is and counted.
    await page.getByRole('link', { name: 'Settings' }).click();
    await button('Restore backup').click();
    dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await visible(dialog);
    await expectNoAxeViolations(page, 'restore backup dialog');
    await dialog.getByLabel('Backup file').setInputFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.buffer });
    await dialog.getByLabel('The backup’s passphrase').fill(backupPassphrase);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await visible(dialog.getByText(/Added from the backup: 1 person and \d+ records\./), 60_000);
    await visible(dialog.getByText('1 record was already in your binder and was left as it is.'));
    await expectNoAxeViolations(page, 'restore backup done');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Every section of Mamá's record came through.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Mamá' });
    for (const [section, text] of [
      ['Medicines', 'Metformin'],
      ['Allergies', 'Penicillin'],
      ['Care team', 'Dr. Ana Ruiz'],
      ['Hospital stays', 'St. Mary Hospital'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: section, exact: true }).click();
      await visible(page.getByRole('main').getByText(text).first());
    }
    expect(second.foreignRequests(), describeRequests(second.foreignRequests())).toEqual([]);
    expect(second.pageErrors).toEqual([]);
    // Two browsers, a full binder typed in and four Argon2id derivations on a shared machine.
  }, 360_000);
});
