// The Medicines area driven as a person would: structured entry with the sentence written
// live, the list in its groups, the same medicine in Spanish, a dose change and a stop kept
// in the history, removal with a confirmation. axe on the list, form, details and stop dialog.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, describeRequests, expectNoAxeViolations, gone, randomHex, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] medicines.test.ts skipped: ${skipReason}`);

const LISINOPRIL_EN = 'Take 1 tablet by mouth 2 times a day, with food.';
const LISINOPRIL_ES = 'Tome 1 tableta por la boca 2 veces al día, con comida.';
const IBUPROFEN_EN = 'Take 1-2 tablets by mouth every 6 hours if needed for pain.';

async function chooseLanguage(page: Page, settings: string, label: string, language: string): Promise<void> {
  await page.getByRole('link', { name: settings, exact: true }).click();
  await page.getByLabel(label).selectOption(language);
}

describe.skipIf(skipReason)('medicines in the web build', () => {
  const suite = browserSuite();

  it('adds, translates, edits, stops and removes a medicine, keeping its history', async () => {
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const field = (name: string) => page.getByLabel(name, { exact: true });
    await createVaultThroughUi(page, `willow ${randomHex(3)} granite ocean`);

    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Rosa Delgado');
    await ui.personForm.save.click();
    await visible(page.getByRole('heading', { name: 'Rosa Delgado' }));

    // An empty list says what to do.
    await page.getByRole('link', { name: 'Medicines', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Medicines' }));
    await visible(page.getByText('No medicines recorded yet.'));
    await expectNoAxeViolations(page, 'empty medicines list');

    // Structured entry; the sentence is written as the fields are filled in.
    await button('Add medicine').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Add a medicine' }));
    const instructions = field('Instructions');
    await field('Medicine name').fill('Lisinopril');
    await field('Strength').fill('10 mg');
    await field('How much each time').fill('1');
    expect(await instructions.inputValue()).toBe('Take 1 tablet by mouth.');
    await page.getByLabel('A number of times each day').check();
    await field('How many times a day').fill('2');
    await field('Food or bedtime').selectOption('withFood');
    await field("What it's for").fill('high blood pressure');
    await expect.poll(() => instructions.inputValue()).toBe(LISINOPRIL_EN);

    // Edited words are kept; the fields no longer change them until asked to.
    await instructions.fill('Take one with breakfast and one with supper.');
    await visible(page.getByText('You changed these words'));
    await field('How many times a day').fill('3');
    expect(await instructions.inputValue()).toBe('Take one with breakfast and one with supper.');
    await field('How many times a day').fill('2');
    await button('Write them again from the choices above').click();
    await expect.poll(() => instructions.inputValue()).toBe(LISINOPRIL_EN);

    // The next refill date is worked out as the refill fields are filled in.
    await field('Last filled on').fill('2025-01-01');
    await field('How many days it lasts').fill('30');
    await field('Refills left').fill('0');
    await visible(page.getByText('Next refill: January 31, 2025'));
    await visible(page.getByText('No refills left — ask the prescriber').first());
    await expectNoAxeViolations(page, 'medicine form');
    await button('Save').click();

    const card = page.getByRole('article', { name: 'Lisinopril 10 mg' });
    await visible(card);
    await visible(card.getByText(LISINOPRIL_EN, { exact: true }));
    await visible(card.getByText('For: high blood pressure'));
    await visible(card.getByText('Next refill: January 31, 2025'));
    await visible(card.getByText('No refills left — ask the prescriber'));

    // A second one, taken only when needed: it goes in its own group, after the daily ones.
    await button('Add medicine').click();
    await field('Medicine name').fill('Ibuprofen');
    await field('How much each time').fill('1-2');
    // Every timing shape has its own questions; the sentence follows each.
    await page.getByLabel('At set times of day').check();
    await field('Time 1').fill('08:00');
    await button('Add a time').click();
    await field('Time 2').fill('20:00');
    await expect.poll(() => instructions.inputValue()).toBe('Take 1-2 tablets by mouth at 8:00 AM and 8:00 PM.');
    await button('Remove time 1').click();
    await expect.poll(() => instructions.inputValue()).toBe('Take 1-2 tablets by mouth at 8:00 PM.');
    await page.getByLabel('On some days of the week').check();
    await page.getByLabel('Monday', { exact: true }).check();
    await page.getByLabel('Friday', { exact: true }).check();
    await expect.poll(() => instructions.inputValue()).toBe('Take 1-2 tablets by mouth on Monday and Friday.');
    await page.getByLabel('Every few hours').check();
    expect(await instructions.inputValue()).toBe('Take 1-2 tablets by mouth.');
    // A missing number is asked for, not guessed.
    await button('Save').click();
    await visible(page.getByText('Type a number.'));
    await field('Every how many hours').fill('6');
    await page.getByLabel('Only when needed').check();
    await field('Needed for what?').fill('pain');
    await expect.poll(() => instructions.inputValue()).toBe(IBUPROFEN_EN);
    await button('Save').click();
    await visible(page.getByRole('article', { name: 'Ibuprofen' }).getByText(IBUPROFEN_EN, { exact: true }));
    const groupTitles = await page.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(groupTitles.filter((title) => ['Taking', 'Taken only when needed'].includes(title))).toEqual(['Taking', 'Taken only when needed']);
    await expectNoAxeViolations(page, 'medicines list');

    // The same medicine in Spanish: the sentence follows the language of the screens.
    await chooseLanguage(page, 'Settings', 'Language of the screens', 'es');
    await page.getByRole('link', { name: 'Medicinas', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Medicinas' }));
    const tarjeta = page.getByRole('article', { name: 'Lisinopril 10 mg' });
    await visible(tarjeta.getByText(LISINOPRIL_ES, { exact: true }));
    await visible(tarjeta.getByText('Para: high blood pressure'));
    await tarjeta.getByRole('link', { name: 'Lisinopril 10 mg' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Lisinopril 10 mg' }));
    await visible(page.getByText(LISINOPRIL_ES, { exact: true }).first());
    await expectNoAxeViolations(page, 'medicine details (Spanish)');
    await chooseLanguage(page, 'Ajustes', 'Idioma de las pantallas', 'en');
    await page.getByRole('link', { name: 'Medicines', exact: true }).click();

    // Edit: a new strength is recorded as a dose change.
    await button('Edit Lisinopril 10 mg').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Edit medicine: Lisinopril 10 mg' }));
    expect(await instructions.inputValue()).toBe(LISINOPRIL_EN);
    await field('Strength').fill('20 mg');
    await button('Save').click();
    await page.getByRole('link', { name: 'Lisinopril 20 mg' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Lisinopril 20 mg' }));
    const history = page.getByRole('region', { name: 'History' });
    await visible(history.getByText('Dose changed from 10 mg to 20 mg'));
    await visible(history.getByText('Started'));

    // Stop, saying why: the status, the date and the reason go into the history.
    await button('Stop').click();
    const dialog = page.getByRole('dialog', { name: 'Stop Lisinopril 20 mg?' });
    await visible(dialog);
    await dialog.getByLabel('Why is it stopped?').fill('made her dizzy');
    await expectNoAxeViolations(page, 'stop dialog');
    await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
    await gone(dialog);
    await visible(page.getByText('Lisinopril 20 mg is stopped.'));
    await visible(history.getByText('Stopped: made her dizzy'));
    const entries = await history.getByRole('listitem').allInnerTexts();
    expect(entries.map((entry) => entry.split('\n').at(-1))).toEqual(['Stopped: made her dizzy', 'Dose changed from 10 mg to 20 mg', 'Started']);
    await visible(button('Start again'));
    await expectNoAxeViolations(page, 'medicine details');

    // On the list it is now among the recently stopped.
    await page.getByRole('link', { name: 'Back to medicines' }).click();
    await visible(page.getByRole('heading', { name: 'Stopped in the last 90 days' }));
    await visible(page.getByRole('article', { name: 'Lisinopril 20 mg' }).getByText(/^Stopped on .*: made her dizzy$/));

    // Pause and resume from the card.
    await button('Pause Ibuprofen').click();
    await visible(page.getByText('Ibuprofen is paused.'));
    await visible(page.getByRole('heading', { name: 'Paused', exact: true }));
    await button('Resume Ibuprofen').click();
    await visible(page.getByText('Ibuprofen is being taken again.'));

    // Remove, after a confirmation that names it.
    await button('Remove Lisinopril 20 mg').click();
    const confirm = page.getByRole('dialog', { name: 'Remove Lisinopril 20 mg?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(confirm);
    await gone(page.getByRole('article', { name: 'Lisinopril 20 mg' }));
    expect(await page.getByText('Lisinopril').count()).toBe(0);
    await visible(page.getByRole('article', { name: 'Ibuprofen' }));

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
