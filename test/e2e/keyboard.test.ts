// The foundation works with the keyboard only: Tab to each control, type, Enter to submit or press;
// the lock shortcut locks; focus moves to each new screen's heading.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, describeRequests, isFocused, randomHex, screens, tabTo, visible, visibleText } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] keyboard.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('keyboard only', () => {
  const suite = browserSuite();

  it('creates the vault, adds a person, locks and unlocks without a mouse', async () => {
    const passphrase = `keyboard ${randomHex(3)} Meadow river ${randomHex(3)}`;
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);

    await page.goto('/');
    await visible(ui.firstRun.passphrase);
    await visible(ui.firstRun.create);

    // Tab (forward only) to the passphrase, type it; Tab on to the confirmation, type it.
    await tabTo(page, ui.firstRun.passphrase);
    await page.keyboard.type(passphrase);
    await tabTo(page, ui.firstRun.confirm);
    await page.keyboard.type(passphrase);
    expect(await ui.firstRun.passphrase.inputValue()).toBe(passphrase);
    expect(await ui.firstRun.confirm.inputValue()).toBe(passphrase);

    // Enter in the field submits the form.
    expect(await isFocused(ui.firstRun.confirm)).toBe(true);
    await page.keyboard.press('Enter');
    await visible(ui.recoveryKey.continue, 60_000);

    // The recovery-key screen is left with the keyboard as well.
    await tabTo(page, ui.recoveryKey.continue);
    await page.keyboard.press('Enter');
    await visible(ui.home.addPerson);

    // Add a person: Enter on the button, type, Enter submits; focus lands on each screen's heading.
    await tabTo(page, ui.home.addPerson);
    await page.keyboard.press('Enter');
    await visible(ui.personForm.fullName);
    expect(await isFocused(page.getByRole('heading', { level: 1, name: 'Add a person' }))).toBe(true);
    await tabTo(page, ui.personForm.fullName);
    await page.keyboard.type('Keyboard Person');
    await page.keyboard.press('Enter');
    await visible(visibleText(page, 'Keyboard Person'));

    // The shortcut locks from anywhere; the locked screen's field has focus, so typing + Enter unlocks.
    await page.keyboard.press('Control+Shift+L');
    await visible(ui.locked.unlock);
    expect(await isFocused(ui.locked.passphrase)).toBe(true);
    await page.keyboard.type(passphrase);
    await page.keyboard.press('Enter');
    await visible(visibleText(page, 'Keyboard Person'), 60_000);

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
