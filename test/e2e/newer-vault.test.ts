// A vault written by a newer version of the app is refused with a plain message and left as it was.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] newer-vault.test.ts skipped: ${skipReason}`);

/** Runs in the page: bumps the vault database to a future schema version with an extra store. */
const UPGRADE_TO_FUTURE = `new Promise((resolve, reject) => {
  const request = indexedDB.open('carebinder-vault', 990);
  request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture', { keyPath: 'id' });
  request.onsuccess = () => { request.result.close(); resolve(true); };
  request.onerror = () => reject(request.error);
  request.onblocked = () => reject(new Error('blocked'));
})`;

const READ_VERSION = `new Promise((resolve) => {
  const request = indexedDB.open('carebinder-vault');
  request.onsuccess = () => { const db = request.result; resolve({ version: db.version, stores: [...db.objectStoreNames] }); db.close(); };
})`;

describe.skipIf(skipReason)('a vault from a newer version', () => {
  const suite = browserSuite();

  it('is refused with a clear message and never modified', async () => {
    const { page } = await suite.launch();
    const ui = screens(page);
    await createVaultThroughUi(page, 'orange bicycle under rain');

    // Leave the app (closing its connection), then let "a newer version" upgrade the database.
    await page.goto('/__blank');
    await page.evaluate(UPGRADE_TO_FUTURE);
    await page.goto('/');

    await visible(page.getByRole('alert').filter({ hasText: 'saved by a newer version of CareBinder' }));
    expect(await ui.locked.unlock.count()).toBe(0);
    expect(await ui.firstRun.create.count()).toBe(0);
    await expectNoAxeViolations(page, 'newer vault refused');
    expect(await page.evaluate(READ_VERSION)).toEqual({ version: 990, stores: ['blocks', 'fromTheFuture', 'items', 'keyring', 'people', 'settings'] });
  });
});
