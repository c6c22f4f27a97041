// Goals and measurements, driven as a person would: a goal that follows A1C, two A1C readings,
// the goal's chart and latest value against the target, a check-in, editing; a blood-pressure
// reading added, corrected and removed; the goal removed after a confirmation. axe on each screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, gone, randomHex, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] goals-measurements.test.ts skipped: ${skipReason}`);

/** A wall-clock time `daysAgo` days before now, as a datetime-local field takes it. */
function daysAgo(days: number, time: string): string {
  const date = new Date(Date.now() - days * 86_400_000);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return `${local.toISOString().slice(0, 10)}T${time}`;
}

async function addMeasurement(page: Page, type: string, fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Add measurement', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Add a measurement' }));
  await page.getByLabel('What did you measure?').selectOption(type);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Measurements' }));
}

describe.skipIf(skipReason)('goals and measurements in the web build', () => {
  const suite = browserSuite();

  it('follows an A1C goal with a chart and check-ins, and keeps blood-pressure readings', async () => {
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
    const link = (name: string) => page.getByRole('link', { name, exact: true });

    await createVaultThroughUi(page, `willow ${randomHex(3)} copper lantern`);
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Rosa Delgado');
    await ui.personForm.save.click();
    await visible(page.getByRole('heading', { name: 'Rosa Delgado' }));

    // Goals: empty, then a goal that follows A1C with a target below 7.
    await link('Goals').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Goals' }));
    await visible(page.getByText('No goals yet.', { exact: false }));
    await expectNoAxeViolations(page, 'goals, empty');
    await button('Add goal').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Add a goal' }));
    await button('Save').click();
    await visible(page.getByText('Type the goal in your own words.'));
    await page.getByLabel('The goal, in your own words').fill('Keep my A1C below 7');
    await page.getByLabel('Why does it matter to you?').fill('So I can keep my eyes healthy.');
    await page.getByLabel('What will you measure?').selectOption('a1c');
    await page.getByLabel('Target', { exact: true }).selectOption('below');
    await page.getByLabel('Target number').fill('7');
    await expectNoAxeViolations(page, 'add goal');
    await button('Save').click();

    // The goal's page: no readings yet.
    await visible(page.getByRole('heading', { level: 1, name: 'Keep my A1C below 7' }));
    await visible(page.getByText('No A1C readings yet.'));
    await visible(page.getByRole('definition').filter({ hasText: 'A1C below 7%' }));
    await expectNoAxeViolations(page, 'goal details without readings');

    // Two A1C readings.
    await link('Measurements').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Measurements' }));
    await expectNoAxeViolations(page, 'measurements, empty');
    await addMeasurement(page, 'a1c', { 'Date and time': daysAgo(90, '09:00'), 'A1C result (%)': '7.9' });
    await addMeasurement(page, 'a1c', { 'Date and time': daysAgo(5, '09:30'), 'A1C result (%)': '7.4' });
    const a1cChart = page.getByRole('figure', { name: /A1C/ });
    await visible(a1cChart.locator('svg').first());
    await visible(page.getByRole('img', { name: /A1C: 2 readings .* Going down\./ }));
    await visible(page.getByRole('heading', { name: /^A1C: 7\.4%, / }));
    await expectNoAxeViolations(page, 'measurements with an A1C chart');

    // Back on the goal: the chart with its target line, and the latest value against the target.
    await link('Goals').click();
    await page.getByRole('link', { name: 'Keep my A1C below 7' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Keep my A1C below 7' }));
    const figure = page.getByRole('figure');
    await visible(figure.locator('svg').first());
    expect(await figure.locator('svg .recharts-reference-line').count()).toBeGreaterThan(0);
    await visible(page.getByText(/^Last A1C 7\.4% on .+ — target below 7%$/));
    await visible(page.getByText('This does not meet the target yet.'));
    await visible(page.getByRole('img', { name: /0 of 2 met the target \(below 7%\)/ }));
    await button('Show as a table').click();
    const table = figure.getByRole('table');
    await visible(table);
    expect(await table.getByRole('row').count()).toBe(3);
    await visible(table.getByRole('cell', { name: '7.4%' }));
    expect(await button('Hide the table').getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'goal details with chart and table');

    // A check-in from the goal's page.
    await button('Add check-in').click();
    await visible(page.getByRole('heading', { name: 'New check-in' }));
    await page.getByLabel('Better').check();
    await page.getByLabel('Note').fill('Walked after dinner most days.');
    await expectNoAxeViolations(page, 'add check-in');
    await button('Save check-in').click();
    await visible(page.getByRole('status').filter({ hasText: 'Check-in saved.' }));
    await visible(page.getByText('Walked after dinner most days.'));
    await visible(page.locator('.checkin-list').getByText('Better'));
    await expectNoAxeViolations(page, 'goal with a check-in');

    // Edit the goal.
    await button('Edit goal').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Edit goal: Keep my A1C below 7' }));
    await page.getByLabel('Who helps').fill('My daughter Ana');
    await expectNoAxeViolations(page, 'edit goal');
    await button('Save').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Keep my A1C below 7' }));
    await visible(page.getByRole('definition').filter({ hasText: 'My daughter Ana' }));
    await visible(page.getByText('Walked after dinner most days.'));

    // A blood-pressure reading needs both numbers; then it is corrected and removed.
    await link('Measurements').click();
    await button('Add measurement').click();
    await page.getByLabel('What did you measure?').selectOption('bloodPressure');
    await page.getByLabel('Top number (systolic) (mmHg)').fill('128');
    await button('Save').click();
    await visible(page.getByText('Type the lower number too.'));
    await expectNoAxeViolations(page, 'add blood pressure with an error');
    await page.getByLabel('Bottom number (diastolic) (mmHg)').fill('82');
    await button('Save').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Measurements' }));
    await visible(page.getByRole('heading', { name: /^Blood pressure: 128\/82 mmHg, / }));
    await visible(page.getByRole('figure', { name: /Blood pressure/ }).locator('svg').first());
    await expectNoAxeViolations(page, 'measurements with a blood-pressure chart');

    await button(/^Edit Blood pressure: 128\/82 mmHg, /).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Edit measurement: Blood pressure' }));
    await page.getByLabel('Bottom number (diastolic) (mmHg)').fill('80');
    await expectNoAxeViolations(page, 'edit blood pressure');
    await button('Save').click();
    await visible(page.getByRole('heading', { name: /^Blood pressure: 128\/80 mmHg, / }));

    await button(/^Remove Blood pressure: 128\/80 mmHg, /).click();
    const removeReading = page.getByRole('dialog', { name: /^Remove Blood pressure: 128\/80 mmHg, .*\?$/ });
    await visible(removeReading);
    await expectNoAxeViolations(page, 'remove a reading');
    await removeReading.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(removeReading);
    expect(await page.getByRole('heading', { name: /^Blood pressure: / }).count()).toBe(0);
    await visible(page.getByRole('figure', { name: /A1C/ }).locator('svg').first());
    await page.getByLabel('Kind of measurement').selectOption({ label: 'All measurements (2)' });
    await visible(page.getByText('Choose one kind of measurement above to see a chart.'));

    // Remove the goal: the confirmation names it; Keep keeps it, Remove removes it.
    await link('Goals').click();
    await page.getByRole('link', { name: 'Keep my A1C below 7' }).click();
    await button('Remove goal').click();
    const removeGoal = page.getByRole('dialog', { name: 'Remove Keep my A1C below 7?' });
    await visible(removeGoal);
    await removeGoal.getByRole('button', { name: 'Keep', exact: true }).click();
    await gone(removeGoal);
    await button('Remove goal').click();
    await removeGoal.getByRole('button', { name: 'Remove', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: /^Goals/ }));
    await visible(page.getByText('No goals yet.', { exact: false }));

    expect(session.pageErrors).toEqual([]);
    expect(session.consoleText()).not.toMatch(/Content Security Policy|Refused to/i);
    // Many screens, each checked with axe: more time than one screen's test needs on a busy machine.
  }, 300_000);
});
