// The desktop app itself, driven through Playwright's Electron support: first run, a person,
// lock and unlock; every window sandboxed and context-isolated; no request leaves the app.
// Runs where the Electron binary is installed (and `npm run build` has run); skips otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { electronSkipReason, launchDesktopApp, removeProfile, type DesktopSession } from './harness/electron';
import { randomHex, screens, visible, visibleText } from './harness';

const skipReason = electronSkipReason();
if (skipReason) console.warn(`[e2e] electron.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('the desktop app', () => {
  let session: DesktopSession | null = null;
  afterEach(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session.userData);
    session = null;
  });

  it('opens sandboxed, creates a vault, adds a person, locks and unlocks, and never reaches the network', async () => {
    session = await launchDesktopApp();
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

    const foreign = requests.filter((url) => !/^(app|blob|data|devtools):/.test(url));
    expect(foreign, 'requests that left the app').toEqual([]);
  });
});
