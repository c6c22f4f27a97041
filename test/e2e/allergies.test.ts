// Allergies: added, edited and removed through the screens; the most severe listed first.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, gone, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] allergies.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('allergies', () => {
  const suite = browserSuite();

  it('adds, edits, orders and removes allergies', { timeout: 240_000 }, async () => {
    const { page } = await suite.launch();
    const ui = screens(page);
    await createVaultThroughUi(page, 'paper lantern over the river');
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Rosa Delgado');
    await ui.personForm.save.click();
    await page.getByLabel('Showing the record of').selectOption({ label: 'Rosa Delgado' });
    await page.getByRole('link', { name: 'Allergies', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Allergies: Rosa Delgado' }));
    await expectNoAxeViolations(page, 'allergies, empty');

    await page.getByRole('button', { name: 'Add allergy' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Type what causes the reaction.'));
    await expectNoAxeViolations(page, 'allergy form with an error');
    await page.getByLabel('What causes it').fill('Latex');
    await page.getByLabel('How bad is it?').selectOption('mild');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.getByRole('button', { name: 'Add allergy' }).click();
    await page.getByLabel('What causes it').fill('Penicillin');
    await page.getByLabel('What happens').fill('Hives and swelling');
    await page.getByLabel('How bad is it?').selectOption('lifeThreatening');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByRole('article', { name: 'Penicillin' }));
    expect(await page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')))).toEqual(['Penicillin', 'Latex']);
    await visible(page.getByRole('article', { name: 'Penicillin' }).getByText('Life-threatening'));
    await expectNoAxeViolations(page, 'allergies list');

    await page.getByRole('button', { name: 'Edit Latex' }).click();
    await page.getByLabel('What happens').fill('Itchy rash');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByRole('article', { name: 'Latex' }).getByText('Itchy rash'));

    await page.getByRole('button', { name: 'Remove Latex' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Latex?' });
    await visible(dialog);
    await expectNoAxeViolations(page, 'remove allergy');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(page.getByRole('article', { name: 'Latex' }));
    await visible(page.getByRole('article', { name: 'Penicillin' }));
  });
});
