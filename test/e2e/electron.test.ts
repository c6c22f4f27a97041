// The desktop app itself, driven through Playwright's Electron support: first run, a person,
// lock and unlock, a backup exported through the save dialog and restored on a fresh profile;
// every window sandboxed and context-isolated; no request leaves the app.
// Runs where the Electron binary is installed (and `npm run build` has run); skips otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronSkipReason, launchDesktopApp, removeProfile, type DesktopSession } from './harness/electron';
import { randomHex, screens, visible, visibleText } from './harness';

const skipReason = electronSkipReason();
if (skipReason) console.warn(`[e2e] electron.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('the desktop app', () => {
  let sessions: DesktopSession[] = [];
  afterEach(async () => {
    for (const session of sessions) {
      await session.close().catch(() => undefined);
      removeProfile(session.userData);
    }
    sessions = [];
  });

  it('opens sandboxed, creates a vault, adds a person, locks and unlocks, and never reaches the network', async () => {
    const session = await launchDesktopApp();
    sessions.push(session);
    const { app, page, requests } = session;
    const ui = screens(page);
    const passphrase = `harbor ${randomHex(3)} willow ${randomHex(3)} lantern`;
    const name = `Desktop-${randomHex(6)}`;

    // Sandboxed renderers, as the OS reports them (macOS and Windows say; Linux leaves it out).
    const rendererSandboxes = await app.evaluate(({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab').map((metric) => metric.sandboxed),
    );
    expect(rendererSandboxes.length).toBeGreaterThan(0);
    for (const sandboxed of rendererSandboxes) if (sandboxed !== undefined) expect(sandboxed).toBe(true);
    // The page has no Node, and its bridge was exposed by contextBridge (which copies and freezes
    // it — only possible with context isolation on).
    const page_ = await page.evaluate(() => ({
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
      bridgeFrozen: Object.isFrozen((globalThis as { carebinder?: object }).carebinder),
    }));
    expect(page_).toEqual({ process: 'undefined', require: 'undefined', bridgeFrozen: true });

    await visible(ui.firstRun.passphrase, 30_000);
    await ui.firstRun.passphrase.fill(passphrase);
    await ui.firstRun.confirm.fill(passphrase);
    await ui.firstRun.create.click();
    await visible(ui.recoveryKey.continue, 60_000);
    await ui.recoveryKey.continue.click();

    await visible(ui.home.addPerson);
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill(name);
    await ui.personForm.save.click();
    await visible(visibleText(page, name));

    await ui.home.lock.click();
    await visible(ui.locked.unlock);
    expect(await page.getByText(name).count()).toBe(0);
    await ui.locked.passphrase.fill(passphrase);
    await ui.locked.unlock.click();
    await visible(visibleText(page, name), 60_000);

    // Export a backup: the native save dialog answers a path in the profile folder.
    const backupPath = join(session.userData, 'binder.carebinder');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, backupPath);
    const backupPassphrase = `copper ${randomHex(3)} meadow ${randomHex(3)} signal`;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Export backup', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a backup' });
    await dialog.getByLabel('Passphrase for this file', { exact: true }).fill(backupPassphrase);
    await dialog.getByLabel('Type the passphrase for this file again', { exact: true }).fill(backupPassphrase);
    await dialog.getByRole('button', { name: 'Save the backup file' }).click();
    await visible(dialog.getByText(/The backup was saved/), 60_000);
    expect(existsSync(backupPath)).toBe(true);
    const backup = readFileSync(backupPath);
    expect(backup.subarray(0, 16).toString('latin1')).toBe('CAREBINDERBACKUP');
    expect(backup.toString('latin1')).not.toContain(name);

    const foreign = requests.filter((url) => !/^(app|blob|data|devtools):/.test(url));
    expect(foreign, 'requests that left the app').toEqual([]);
    await session.close();

    // A fresh profile restores it at first run.
    const fresh = await launchDesktopApp();
    sessions.push(fresh);
    const restorePage = fresh.page;
    await restorePage.getByRole('button', { name: 'Restore backup', exact: true }).click();
    await restorePage.getByLabel('Backup file').setInputFiles(backupPath);
    await restorePage.getByLabel('The backup’s passphrase').fill(backupPassphrase);
    await restorePage.getByRole('button', { name: 'Open the backup', exact: true }).click();
    await visible(restorePage.getByText(/The backup opened/), 60_000);
    await restorePage.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await restorePage.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await restorePage.getByRole('button', { name: 'Restore and open my binder', exact: true }).click();
    const freshUi = screens(restorePage);
    await visible(freshUi.recoveryKey.continue, 60_000);
    await freshUi.recoveryKey.continue.click();
    await visible(visibleText(restorePage, name));
  });
});
