// The overview for everyone shows what needs attention across people (an upcoming visit for one,
// an overdue task for another), and nothing typed into the record is readable on disk.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, describeHits, expectNoAxeViolations, randomHex, scanForString, screens, visible, writeControlString } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] overview.test.ts skipped: ${skipReason}`);

/** A local date-time string some days from now, for a datetime-local field. */
function daysFromNow(days: number, hour = 10): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return `${local}T${String(hour).padStart(2, '0')}:30`;
}

describe.skipIf(skipReason)('overview', () => {
  const suite = browserSuite();

  it('shows an appointment and an overdue task for everyone, and keeps the record unreadable on disk', { timeout: 300_000 }, async () => {
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const canary = {
      medicine: `Canarymed${randomHex(6)}`,
      visit: `Canaryvisit ${randomHex(6)}`,
      task: `Canarytask ${randomHex(6)}`,
    };
    await createVaultThroughUi(page, 'seven quiet harbors at dawn');
    for (const name of ['Rosa Delgado', 'Henry Okafor']) {
      await ui.home.addPerson.click();
      await ui.personForm.fullName.fill(name);
      await ui.personForm.save.click();
      await visible(page.getByRole('link', { name, exact: true }));
    }
    const nav = page.getByRole('navigation', { name: 'Sections of the record' });

    // An appointment for Rosa, added while showing everyone: the form asks whose record it is for.
    await nav.getByRole('link', { name: 'Appointments', exact: true }).click();
    await page.getByRole('button', { name: 'Add appointment' }).click();
    await page.getByLabel('Whose record is this for?').selectOption({ label: 'Rosa Delgado' });
    await page.getByLabel('Date and time').fill(daysFromNow(3));
    await page.getByLabel('Who is the visit with?').fill('Dr. Ana Ruiz');
    await page.getByLabel('Why is the visit?').fill(canary.visit);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText(canary.visit).first());

    // An overdue task for Henry.
    await nav.getByRole('link', { name: 'Tasks', exact: true }).click();
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByLabel('Whose record is this for?').selectOption({ label: 'Henry Okafor' });
    await page.getByLabel('What needs to be done?').fill(canary.task);
    await page.getByLabel('Due date').fill(daysFromNow(-2).slice(0, 10));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText(canary.task).first());

    // A medicine for Rosa, so its name can be looked for on disk too.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Rosa Delgado' });
    await nav.getByRole('link', { name: 'Medicines', exact: true }).click();
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.getByLabel('Medicine name').fill(canary.medicine);
    await page.getByLabel('Strength').fill('500 mg');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText(canary.medicine).first());

    // The overview for everyone: both, each with whose it is.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Everyone' });
    await nav.getByRole('link', { name: 'Overview', exact: true }).click();
    const appointments = page.getByRole('region', { name: 'Next appointments' });
    const tasks = page.getByRole('region', { name: 'Tasks due this week' });
    await visible(appointments.getByRole('link', { name: canary.visit }));
    await visible(appointments.getByText('Rosa Delgado'));
    await visible(tasks.getByRole('link', { name: canary.task }));
    await visible(tasks.getByText('Henry Okafor'));
    await visible(tasks.getByText('Overdue:'));
    await expectNoAxeViolations(page, 'overview for everyone, with items');

    // One person's overview shows only theirs.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Henry Okafor' });
    await visible(page.getByRole('heading', { level: 1, name: 'Henry Okafor' }));
    await visible(page.getByRole('region', { name: 'Tasks due this week' }).getByRole('link', { name: canary.task }));
    expect(await page.getByRole('region', { name: 'Next appointments' }).getByRole('link', { name: canary.visit }).count()).toBe(0);

    // Search finds the medicine by part of its name.
    await nav.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search for').fill(canary.medicine.slice(0, 12).toLowerCase());
    expect(await page.getByRole('link', { name: new RegExp(canary.medicine) }).count()).toBe(0);
    await page.getByLabel('Showing the record of').selectOption({ label: 'Rosa Delgado' });
    await page.getByLabel('Search for').fill(canary.medicine.slice(0, 12).toLowerCase());
    await visible(page.getByRole('link', { name: new RegExp(canary.medicine) }));

    const control = `Control-${randomHex(8)}`;
    await writeControlString(page, control);
    await session.close();
    expect((await scanForString(session.userDataDir, control)).hits.length, 'the scan sees the database').toBeGreaterThan(0);
    for (const [what, secret] of Object.entries(canary)) {
      const scan = await scanForString(session.userDataDir, secret);
      expect(scan.hits, `${what} found in clear on disk:\n${describeHits(scan.hits)}`).toEqual([]);
    }
    expect(session.foreignRequests()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
