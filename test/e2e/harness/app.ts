// The app's screens as the tests see them: accessible names of the English UI, in one place.
import type { Locator, Page } from 'playwright-core';

export const UI = {
  passphrase: 'Passphrase',
  confirmPassphrase: 'Confirm passphrase',
  createVault: 'Create vault',
  continue: 'Continue',
  addPerson: 'Add person',
  fullName: 'Full name',
  dateOfBirth: 'Date of birth',
  save: 'Save',
  lock: 'Lock',
  unlock: 'Unlock',
} as const;

/** The alert of a refused passphrase ("That passphrase is not right…", "Wrong passphrase"…). */
export const WRONG_PASSPHRASE = /passphrase.*(wrong|not right|incorrect|does ?n[o']t match)|(wrong|incorrect) passphrase/i;

export const screens = (page: Page) => ({
  firstRun: {
    passphrase: page.getByLabel(UI.passphrase, { exact: true }),
    confirm: page.getByLabel(UI.confirmPassphrase, { exact: true }),
    create: page.getByRole('button', { name: UI.createVault, exact: true }),
  },
  recoveryKey: {
    continue: page.getByRole('button', { name: UI.continue, exact: true }),
  },
  home: {
    addPerson: page.getByRole('button', { name: UI.addPerson, exact: true }),
    lock: page.getByRole('button', { name: UI.lock, exact: true }),
  },
  personForm: {
    fullName: page.getByLabel(UI.fullName, { exact: true }),
    dateOfBirth: page.getByLabel(UI.dateOfBirth, { exact: true }),
    save: page.getByRole('button', { name: UI.save, exact: true }),
  },
  locked: {
    passphrase: page.getByLabel(UI.passphrase, { exact: true }),
    unlock: page.getByRole('button', { name: UI.unlock, exact: true }),
    wrongPassphraseAlert: page.getByRole('alert').filter({ hasText: WRONG_PASSPHRASE }),
  },
});

/** The visible element showing exactly this text (hidden copies, e.g. <option>s, are ignored). */
export function visibleText(page: Page, text: string): Locator {
  return page.getByText(text, { exact: true }).filter({ visible: true }).first();
}

/** What the page shows now, for failure messages: URL, focused element and visible text. */
export async function describePage(page: Page): Promise<string> {
  if (page.isClosed()) return '(page closed)';
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch((error: unknown) => `(no text: ${String(error)})`);
  return `URL: ${page.url()}
--- visible text ---
${text.trim().slice(0, 3_000)}
---`;
}

/** Waits until the locator is visible (Playwright's auto-wait; no sleeps). */
export async function visible(locator: Locator, timeout?: number): Promise<Locator> {
  await locator.waitFor({ state: 'visible', ...(timeout ? { timeout } : {}) });
  return locator;
}

/** Waits until the locator is gone (detached or hidden). */
export async function gone(locator: Locator, timeout?: number): Promise<void> {
  await locator.waitFor({ state: 'hidden', ...(timeout ? { timeout } : {}) });
}

/** True when the element is the page's focused element. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

/**
 * Presses Tab until `target` has focus (or fails after `max` presses), like a keyboard user.
 * Returns how many times Tab was pressed.
 */
export async function tabTo(page: Page, target: Locator, max = 25): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    if (presses < max) await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
  throw new Error(`Tab did not reach ${target} within ${max} presses (focus is on ${focused})`);
}

/** A random ISO date (YYYY-MM-DD) between 1925 and 1964, for a date-of-birth canary. */
export function randomBirthDate(random: () => number = Math.random): string {
  const year = 1925 + Math.floor(random() * 40);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First run through the UI: choose the passphrase, read the recovery key, continue home. */
export async function createVaultThroughUi(page: Page, passphrase: string): Promise<string> {
  const ui = screens(page);
  await page.goto('/');
  await ui.firstRun.passphrase.fill(passphrase);
  await ui.firstRun.confirm.fill(passphrase);
  await ui.firstRun.create.click();
  await visible(ui.recoveryKey.continue, 60_000);
  const recoveryKey = (await page.locator('output').innerText()).replace(/\s+/g, ' ').trim();
  await ui.recoveryKey.continue.click();
  await visible(ui.home.addPerson);
  return recoveryKey;
}
