// Shorthand pasted into a medicine's instructions is offered in plain words, in the screen's language.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] shorthand.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('shorthand in the medicine form', () => {
  const suite = browserSuite();

  it('offers "1 tab po bid prn pain" in plain words and uses them on request', { timeout: 240_000 }, async () => {
    const { page } = await suite.launch();
    const ui = screens(page);
    await createVaultThroughUi(page, 'copper kettle under snow');
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Rosa Delgado');
    await ui.personForm.save.click();
    await page.getByLabel('Showing the record of').selectOption({ label: 'Rosa Delgado' });
    await page.getByRole('link', { name: 'Medicines', exact: true }).click();
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.getByLabel('Medicine name').fill('Ibuprofen');
    const instructions = page.getByLabel('Instructions', { exact: true });
    await instructions.fill('1 tab po bid prn pain');
    const suggestion = page.locator('.shorthand-suggestion');
    await visible(suggestion);
    const offered = (await suggestion.locator('.shorthand-text').innerText()).trim();
    expect(offered).toMatch(/^Take 1 tablet by mouth 2 times a day/);
    expect(offered).toMatch(/pain/);
    expect(offered).not.toMatch(/\b(po|bid|prn|tab)\b/);
    await expectNoAxeViolations(page, 'medicine form with a plain-words suggestion');
    await page.getByRole('button', { name: 'Use these words' }).click();
    expect(await instructions.inputValue()).toBe(offered);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText(offered));
  });
});
