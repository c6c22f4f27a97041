// Acceptance test of the foundation, in the web build driven by Debian's Chromium:
// first run → recovery key → add a person → reload (locked) → wrong passphrase refused →
// right passphrase opens → Lock locks. axe on every screen; no request leaves the local server; the
// person's name never reaches the console, IndexedDB in clear, or any file of the profile.
// A control string written in clear to IndexedDB must be found by the same scan.
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  chromiumSkipReason,
  describeHits,
  describeRequests,
  dumpIndexedDb,
  expectNoAxeViolations,
  gone,
  randomBirthDate,
  randomHex,
  scanForString,
  screens,
  visible,
  visibleText,
  writeControlString,
} from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] vault.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('vault in the web build', () => {
  const suite = browserSuite();

  it('creates, locks and unlocks a vault, leaving nothing readable on disk', async () => {
    // Similar lengths (23/24 characters), plain ASCII: what one is stored as, so is the other.
    const canary = `Canary-${randomHex(8)}`;
    const control = `Control-${randomHex(8)}`;
    const birthDate = randomBirthDate();
    const passphrase = `tidal ${randomHex(3)} Lantern quiet ${randomHex(3)} orchard`;
    const wrongPassphrase = `${passphrase}x`;

    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const axeScreens: string[] = [];
    const axe = async (screen: string) => {
      await expectNoAxeViolations(page, screen);
      axeScreens.push(screen);
    };

    // First run.
    await page.goto('/');
    await visible(ui.firstRun.passphrase);
    await visible(ui.firstRun.create);
    await axe('first run');
    await ui.firstRun.passphrase.fill(passphrase);
    await ui.firstRun.confirm.fill(passphrase);
    await ui.firstRun.create.click();

    // Recovery key, shown once. Remember it to check it is not stored in clear either.
    await visible(ui.recoveryKey.continue, 60_000);
    await axe('recovery key');
    const recoveryKey = (await page.locator('output').allTextContents())
      .map((text) => text.trim())
      .find((text) => text.replace(/[^0-9a-z]/gi, '').length >= 16);
    await ui.recoveryKey.continue.click();

    // Home.
    await visible(ui.home.addPerson);
    await axe('home');
    await ui.home.addPerson.click();

    // Person form.
    await visible(ui.personForm.fullName);
    await visible(ui.personForm.dateOfBirth);
    expect(await ui.personForm.dateOfBirth.getAttribute('type'), 'Date of birth is an <input type="date">').toBe('date');
    await axe('person form');
    await ui.personForm.fullName.fill(canary);
    await ui.personForm.dateOfBirth.fill(birthDate);
    await ui.personForm.save.click();

    // Back home, with the person.
    await visible(ui.home.addPerson);
    await visible(visibleText(page, canary));
    await visible(ui.home.lock);

    // A reload drops every key: the vault is locked.
    await page.reload();
    await visible(ui.locked.unlock);
    await visible(ui.locked.passphrase);
    expect(await page.getByText(canary).count(), 'the person is hidden while locked').toBe(0);
    await axe('locked');

    // Wrong passphrase: an alert, still locked.
    await ui.locked.passphrase.fill(wrongPassphrase);
    await ui.locked.unlock.click();
    await visible(ui.locked.wrongPassphraseAlert, 60_000);
    expect(await ui.locked.unlock.isVisible(), 'still on the locked screen').toBe(true);
    expect(await ui.home.addPerson.count(), 'home is not shown').toBe(0);
    expect(await page.getByText(canary).count(), 'the person is hidden while locked').toBe(0);
    await axe('locked, wrong passphrase');

    // Right passphrase: home with the person.
    await visible(ui.locked.unlock);
    await ui.locked.passphrase.fill(passphrase);
    await ui.locked.unlock.click();
    await visible(visibleText(page, canary), 60_000);
    await visible(ui.home.addPerson);
    await gone(ui.locked.unlock);
    await axe('home after unlock');

    // The Lock button locks: back to the locked screen, the person gone from the page.
    await ui.home.lock.click();
    await visible(ui.locked.unlock);
    await gone(visibleText(page, canary));
    expect(await page.getByText(canary).count(), 'the person is gone from the page once locked').toBe(0);
    expect(await ui.home.addPerson.count(), 'home is not shown').toBe(0);

    expect(axeScreens).toEqual([
      'first run',
      'recovery key',
      'home',
      'person form',
      'locked',
      'locked, wrong passphrase',
      'home after unlock',
    ]);

    // What IndexedDB holds, read back through the browser: nothing readable.
    const secrets: Record<string, string> = { canary, 'date of birth': birthDate, passphrase };
    if (recoveryKey) secrets['recovery key'] = recoveryKey;
    const dump = await dumpIndexedDb(page);
    const storedRows = dump.flatMap((db) => db.stores).reduce((n, store) => n + store.rows.length, 0);
    expect(storedRows, 'the vault stored rows in IndexedDB').toBeGreaterThan(0);
    const dumpText = JSON.stringify(dump);
    for (const [what, secret] of Object.entries(secrets)) {
      expect(dumpText.includes(secret), `${what} readable in IndexedDB: ${dumpText.slice(0, 2000)}`).toBe(false);
    }

    // The control: a short plain string in a separate database of the same origin.
    await writeControlString(page, control);

    // Closing the browser flushes IndexedDB (LevelDB) and everything else to the profile.
    await session.close();

    const controlScan = await scanForString(session.userDataDir, control);
    expect(controlScan.filesScanned.length, 'files in the profile').toBeGreaterThan(10);
    expect(
      controlScan.hits.length,
      `the control string was not found in any of ${controlScan.filesScanned.length} profile files: the scan does not see the database`,
    ).toBeGreaterThan(0);
    expect(controlScan.hits.some((hit) => hit.file.includes('IndexedDB'))).toBe(true);

    for (const [what, secret] of Object.entries(secrets)) {
      const scan = await scanForString(session.userDataDir, secret);
      expect(scan.hits, `${what} found in clear in profile files:\n${describeHits(scan.hits)}`).toEqual([]);
    }

    // Zero network: nothing but the local server, from pages and workers.
    expect(session.foreignRequests(), `requests left the local server:\n${describeRequests(session.foreignRequests())}`).toEqual([]);
    expect(session.blocked).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);

    // No health data or secrets in the console; no uncaught errors; no CSP violations.
    const consoleText = session.consoleText();
    for (const [what, secret] of Object.entries(secrets)) {
      expect(consoleText.includes(secret), `${what} written to the console:\n${consoleText}`).toBe(false);
    }
    expect(session.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(
      session.console.filter((entry) => /Content Security Policy/i.test(entry.text)),
      'Content-Security-Policy violations',
    ).toEqual([]);
  });
});
