// The rest of the foundation's screens, driven as a person would: the person page, editing,
// removing (with the confirmation that names what goes), switching people, settings (idle lock,
// change passphrase, language), the lock shortcut, idle lock and the recovery key. axe on each.
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  chromiumSkipReason,
  createVaultThroughUi,
  describeRequests,
  expectNoAxeViolations,
  gone,
  randomHex,
  screens,
  visible,
  visibleText,
} from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] people-and-settings.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('people and settings in the web build', () => {
  const suite = browserSuite();

  it('edits, switches and removes people; changes settings; locks by shortcut and when idle', async () => {
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
    const passphrase = `river ${randomHex(3)} candle autumn`;
    const newPassphrase = `meadow ${randomHex(3)} violin winter`;
    // A fake clock lets the idle lock be tested without waiting minutes.
    await page.clock.install();

    const recoveryKey = await createVaultThroughUi(page, passphrase);

    // The empty home screen tells a new user what to do first.
    await visible(page.getByRole('heading', { name: 'No one here yet' }));

    for (const name of ['Rosa Delgado', 'Henry Okafor']) {
      await ui.home.addPerson.click();
      await ui.personForm.fullName.fill(name);
      await ui.personForm.save.click();
      await visible(page.getByRole('heading', { name, exact: true }));
    }

    // A form error is specific and announced.
    await ui.home.addPerson.click();
    await ui.personForm.save.click();
    await visible(page.getByText("Type the person's full name."));
    await expectNoAxeViolations(page, 'person form with an error');
    await button('Cancel').click();

    // The person page, then edit from there.
    await page.getByRole('link', { name: 'Rosa Delgado', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Rosa Delgado' }));
    await expectNoAxeViolations(page, 'person page');
    await button('Edit details').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Edit details for Rosa Delgado' }));
    await page.getByLabel('Preferred name').fill('Abuela Rosa');
    await page.getByLabel('Who is this to you?').selectOption('grandparent');
    await expectNoAxeViolations(page, 'edit person');
    await ui.personForm.save.click();
    await visible(page.getByRole('heading', { level: 1, name: 'Abuela Rosa' }));
    await visible(page.getByRole('definition').filter({ hasText: 'My grandparent' }));

    // Switch to the other person from the header.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Henry Okafor' });
    await visible(page.getByRole('heading', { level: 1, name: 'Henry Okafor' }));

    // Remove: the confirmation names who goes; "Keep" keeps, "Remove" removes.
    await button('Remove Henry Okafor').click();
    const dialog = page.getByRole('dialog', { name: 'Remove Henry Okafor?' });
    await visible(dialog);
    await visible(dialog.getByText('This deletes Henry Okafor and everything recorded for them'));
    await expectNoAxeViolations(page, 'remove confirmation');
    await dialog.getByRole('button', { name: 'Keep Henry Okafor' }).click();
    await gone(dialog);
    await button('Remove Henry Okafor').click();
    await dialog.getByRole('button', { name: 'Remove Henry Okafor', exact: true }).click();
    await visible(ui.home.addPerson);
    expect(await page.getByRole('heading', { name: 'Henry Okafor' }).count()).toBe(0);
    await visible(page.getByRole('heading', { name: 'Abuela Rosa' }));

    // Settings: idle lock minutes, validated; change passphrase.
    await page.getByRole('link', { name: 'Settings' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));
    await expectNoAxeViolations(page, 'settings');
    const minutes = page.getByLabel('Lock after this many minutes without use');
    await minutes.fill('61');
    await button('Save minutes').click();
    await visible(page.getByText('Choose a number from 1 to 60.'));
    await minutes.fill('1');
    await button('Save minutes').click();
    await visible(page.getByText('Saved. CareBinder will lock after 1 minute without use.'));

    await page.getByLabel('Current passphrase').fill('not my passphrase');
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Confirm new passphrase').fill(newPassphrase);
    await button('Change passphrase').click();
    await visible(page.getByRole('alert').filter({ hasText: 'That passphrase is not right' }), 60_000);
    await page.getByLabel('Current passphrase').fill(passphrase);
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Confirm new passphrase').fill(newPassphrase);
    await button('Change passphrase').click();
    await visible(page.getByText('Your passphrase has been changed.'), 60_000);

    // Idle: one minute without activity locks, and says why.
    await page.clock.runFor(80_000);
    await visible(ui.locked.unlock);
    await visible(page.getByText('CareBinder locked itself after 1 minute without use.'));
    expect(await page.getByText('Abuela Rosa').count()).toBe(0);

    // The old passphrase no longer opens; the new one does.
    await ui.locked.passphrase.fill(passphrase);
    await ui.locked.unlock.click();
    await visible(ui.locked.wrongPassphraseAlert, 60_000);
    await ui.locked.passphrase.fill(newPassphrase);
    await ui.locked.unlock.click();
    await visible(page.getByRole('heading', { name: 'Abuela Rosa' }), 60_000);

    // Spanish, everywhere at once; then the keyboard shortcut locks.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language of the screens').selectOption('es');
    await visible(page.getByRole('heading', { level: 1, name: 'Ajustes' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectNoAxeViolations(page, 'settings in Spanish');
    await page.keyboard.press('Control+Shift+L');
    await visible(page.getByRole('button', { name: 'Desbloquear', exact: true }));

    // Forgotten passphrase: the recovery key opens, then asks for a new passphrase.
    await button('Usar la clave de recuperación').click();
    await page.getByLabel('Clave de recuperación').fill(recoveryKey.toLowerCase());
    await expectNoAxeViolations(page, 'unlock with recovery key (Spanish)');
    await button('Desbloquear').click();
    await visible(page.getByRole('heading', { name: 'Elija una nueva frase de acceso' }), 60_000);
    await expectNoAxeViolations(page, 'choose a new passphrase (Spanish)');
    const third = `lantern ${randomHex(3)} harbor spring`;
    await page.getByLabel('Nueva frase de acceso', { exact: true }).fill(third);
    await page.getByLabel('Confirme la nueva frase de acceso').fill(third);
    await button('Guardar la nueva frase').click();
    await visible(page.getByRole('heading', { name: 'Abuela Rosa' }), 60_000);
    await visible(page.getByRole('heading', { level: 1, name: 'Resumen' }));
    await expectNoAxeViolations(page, 'home in Spanish');

    await page.getByRole('button', { name: 'Bloquear', exact: true }).click();
    await page.getByLabel('Frase de acceso', { exact: true }).fill(third);
    await page.getByRole('button', { name: 'Desbloquear', exact: true }).click();
    await visible(visibleText(page, 'Abuela Rosa'), 60_000);

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
