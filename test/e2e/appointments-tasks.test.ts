// Appointments, tasks and questions driven as a caregiver would: plan a visit with its questions
// and ride, write what happened and the follow-ups, see them as tasks (overdue ones said in words),
// tick tasks done. axe on each screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, describeRequests, expectNoAxeViolations, gone, randomHex, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
/** Each test walks many screens (with axe on each); on a busy two-core machine that takes a while. */
const LONG_FLOW_MS = 240_000;
if (skipReason) console.warn(`[e2e] appointments-tasks.test.ts skipped: ${skipReason}`);

/** YYYY-MM-DD on this computer's calendar, `days` from today (the browser shares the machine's zone). */
function localDay(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
const shortDate = (day: string): string => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
const longDate = (day: string): string => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

async function startWithPerson(page: Page, name: string): Promise<void> {
  const ui = screens(page);
  await createVaultThroughUi(page, `harbor ${randomHex(3)} lantern ${randomHex(3)}`);
  await ui.home.addPerson.click();
  await ui.personForm.fullName.fill(name);
  await ui.personForm.save.click();
  await visible(page.getByRole('heading', { name }).first());
  // Show this person's record only: lists are headed with the name and grouped by time, not by person.
  await page.getByLabel('Showing the record of').selectOption({ label: name });
}

describe.skipIf(skipReason)('appointments, tasks and questions in the web build', () => {
  const suite = browserSuite();

  it('plans a visit with questions and a ride; edits and removes appointments and questions', async () => {
    const session = await suite.launch();
    const { page } = session;
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
    await startWithPerson(page, 'Rosa Delgado');

    // A question written down before the visit.
    await page.getByRole('link', { name: 'Questions' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Questions: Rosa Delgado' }));
    await expectNoAxeViolations(page, 'questions, empty');
    await button('Add question').click();
    await button('Save').click();
    await visible(page.getByText('Type the question.'));
    await expectNoAxeViolations(page, 'question form with an error');
    const ibuprofen = 'Can she take ibuprofen with her blood pressure pills?';
    await page.getByLabel('Question', { exact: true }).fill(ibuprofen);
    await button('Save').click();
    await visible(page.getByRole('article', { name: ibuprofen }));
    await visible(page.getByRole('heading', { level: 2, name: 'To ask' }));

    // The visit: with someone not in the care team, a question from the list and one written here.
    await page.getByRole('link', { name: 'Appointments' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Appointments: Rosa Delgado' }));
    await expectNoAxeViolations(page, 'appointments, empty');
    await button('Add appointment').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Add an appointment' }));
    await button('Save').click();
    await visible(page.getByText('Choose a date and a time.'));
    const visitDay = localDay(20);
    await page.getByLabel('Date and time').fill(`${visitDay}T09:30`);
    await page.getByLabel('Who is the visit with?').fill('Dr. Ana Ruiz');
    await page.getByLabel('Where', { exact: true }).fill('Clinic on 5th Street, room 12');
    await page.getByLabel('Why is the visit?').fill('Check-up');
    await page.getByLabel(ibuprofen).check();
    await page.getByLabel('New question').fill('Should she still walk every day?');
    await page.getByLabel('New question').press('Enter');
    await visible(page.getByLabel('Should she still walk every day?'));
    expect(await page.getByLabel('Should she still walk every day?').isChecked()).toBe(true);
    await page.getByLabel('Who goes along?').fill('Maria, her daughter');
    await page.getByLabel('Needs a ride or other transport').check();
    await page.getByLabel('Video visit link').fill('not a link');
    await button('Save').click();
    await visible(page.getByText('Write the full web address, starting with https://'));
    await page.getByLabel('Video visit link').fill('');
    await expectNoAxeViolations(page, 'appointment form');
    await button('Save').click();

    const visitName = `Dr. Ana Ruiz, ${shortDate(visitDay)}`;
    const card = page.getByRole('article', { name: visitName });
    await visible(card);
    await visible(page.getByRole('heading', { level: 2, name: 'Upcoming' }));
    // The date and time in words, and the ride nobody has arranged yet, impossible to miss.
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${visitDay}T12:00:00Z`));
    await visible(card.getByText(new RegExp(`^${weekday}, ${longDate(visitDay)} at 9:30\\s?AM$`)));
    await visible(card.getByText('Transport needed, not arranged yet'));
    await visible(card.getByText('Maria, her daughter'));
    await expectNoAxeViolations(page, 'appointments list');

    // The details page lists both questions.
    await card.getByRole('link', { name: visitName }).click();
    await visible(page.getByRole('heading', { level: 1, name: visitName }));
    await visible(page.getByRole('listitem').filter({ hasText: ibuprofen }));
    await visible(page.getByRole('listitem').filter({ hasText: 'Should she still walk every day?' }));
    await expectNoAxeViolations(page, 'appointment details');

    // Edit: Maria drives; the warning goes.
    await button('Edit appointment').click();
    await visible(page.getByRole('heading', { level: 1, name: `Edit appointment: ${visitName}` }));
    await page.getByLabel('Arranged by').fill('Maria');
    await page.getByLabel('Status').selectOption('confirmed');
    await button('Save').click();
    await visible(card.getByText('Ride arranged by Maria'));
    await visible(card.getByText('Confirmed'));
    expect(await card.getByText('Transport needed, not arranged yet').count()).toBe(0);

    // Both questions now point to the visit.
    await page.getByRole('link', { name: 'Questions' }).click();
    const walking = page.getByRole('article', { name: 'Should she still walk every day?' });
    await visible(walking.getByRole('link', { name: `At the visit: ${visitName}` }));
    await visible(page.getByRole('article', { name: ibuprofen }).getByRole('link', { name: `At the visit: ${visitName}` }));
    await expectNoAxeViolations(page, 'questions list');

    // Answered after the visit: it moves under "Answered" with the answer.
    await button(`Edit ${ibuprofen}`).click();
    await page.getByLabel('Status').selectOption('answered');
    await page.getByLabel('The answer').fill('Only for a few days, with food.');
    await expectNoAxeViolations(page, 'question form');
    await button('Save').click();
    const answered = page.locator('section', { has: page.getByRole('heading', { name: 'Answered' }) });
    await visible(answered.getByRole('article', { name: ibuprofen }));
    await visible(answered.getByText('Answer: Only for a few days, with food.'));

    // Remove a question: the confirmation names it; the visit no longer lists it.
    await button('Remove Should she still walk every day?').click();
    const dialog = page.getByRole('dialog', { name: 'Remove Should she still walk every day??' });
    await visible(dialog);
    await expectNoAxeViolations(page, 'remove question');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(walking);
    await page.getByRole('link', { name: 'Appointments' }).click();
    await card.getByRole('link', { name: visitName }).click();
    await visible(page.getByRole('heading', { level: 1, name: visitName }));
    expect(await page.getByText('Should she still walk every day?').count()).toBe(0);

    // Everyone at once: one list in time order, each visit naming the person.
    await page.getByLabel('Showing the record of').selectOption({ label: 'Everyone' });
    await page.getByRole('link', { name: 'Appointments' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Appointments', exact: true }));
    await visible(card.getByText('For Rosa Delgado'));
    await expectNoAxeViolations(page, 'appointments for everyone');

    // Remove the appointment.
    await button(`Remove ${visitName}`).click();
    await page.getByRole('dialog', { name: `Remove ${visitName}?` }).getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(card);
    await visible(page.getByText('No appointments yet.', { exact: false }));

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, LONG_FLOW_MS);

  it('turns follow-ups into tasks, shows overdue ones, and moves done ones away', async () => {
    const session = await suite.launch();
    const { page } = session;
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
    await startWithPerson(page, 'Henry Okafor');

    // A visit three days ago: the form offers "After the visit" with follow-ups.
    await page.getByRole('link', { name: 'Appointments' }).click();
    await button('Add appointment').click();
    const visitDay = localDay(-3);
    await page.getByLabel('Date and time').fill(`${visitDay}T10:00`);
    await page.getByLabel('Who is the visit with?').fill('Dr. Lee');
    await page.getByLabel('What happened at the visit').fill('Blood pressure is better. Keep the same dose.');
    await button('Add a follow-up').click();
    await page.getByLabel('What needs to be done').fill('Book blood test');
    await page.getByLabel('Who will do it', { exact: true }).fill('Maria');
    const dueDay = localDay(4);
    await page.getByLabel('Due date').fill(dueDay);
    await button('Add a follow-up').click();
    await page.getByLabel('Who will do it', { exact: true }).nth(1).fill('me');
    await button('Save').click();
    await visible(page.getByText('Type what needs to be done, or remove this follow-up.'));
    await expectNoAxeViolations(page, 'appointment form with follow-ups');
    await button('Remove follow-up 2').click();
    await button('Save').click();

    const visitName = `Dr. Lee, ${shortDate(visitDay)}`;
    const card = page.getByRole('article', { name: visitName });
    await visible(page.getByRole('heading', { level: 2, name: 'Past' }));
    await visible(card);
    // Marking it done is one click.
    await button(`Mark ${visitName} as done`).click();
    await visible(card.getByText('Done', { exact: true }));
    await card.getByRole('link', { name: visitName }).click();
    await visible(page.getByRole('link', { name: 'Book blood test' }));
    await visible(page.getByText('Blood pressure is better. Keep the same dose.'));
    await expectNoAxeViolations(page, 'appointment details after the visit');

    // The follow-up is on the Tasks list, with its owner, due date and visit.
    await page.getByRole('link', { name: 'Tasks' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tasks: Henry Okafor' }));
    const followUp = page.getByRole('article', { name: 'Book blood test' });
    await visible(followUp);
    await visible(followUp.getByText('Who will do it: Maria'));
    await visible(followUp.getByText(`Due ${longDate(dueDay)}`));
    await visible(followUp.getByRole('link', { name: `Visit: ${visitName}` }));
    const soon = page.locator('section', { has: page.getByRole('heading', { name: 'Due in the next 7 days' }) });
    await visible(soon.getByRole('article', { name: 'Book blood test' }));

    // A task that is late says so in words, first on the list.
    await button('Add task').click();
    await button('Save').click();
    await visible(page.getByText('Type what needs to be done.'));
    await expectNoAxeViolations(page, 'task form with an error');
    await page.getByLabel('What needs to be done?').fill('Call the pharmacy');
    await page.getByLabel('Who will do it?').fill('me');
    const lateDay = localDay(-2);
    await page.getByLabel('Due date').fill(lateDay);
    await button('Save').click();
    const late = page.getByRole('article', { name: 'Call the pharmacy' });
    const overdue = page.locator('section', { has: page.getByRole('heading', { name: 'Overdue', exact: true }) });
    await visible(overdue.getByRole('article', { name: 'Call the pharmacy' }));
    await visible(late.getByText(`Overdue by 2 days. It was due ${longDate(lateDay)}.`));
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Overdue')).toBeLessThan(headings.indexOf('Due in the next 7 days'));
    await expectNoAxeViolations(page, 'tasks list');

    // Edit a task.
    await button('Edit Book blood test').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Edit task: Book blood test' }));
    await expectNoAxeViolations(page, 'task form');
    await page.getByLabel('What needs to be done?').fill('Book fasting blood test');
    await button('Save').click();
    await visible(page.getByRole('article', { name: 'Book fasting blood test' }));

    // Ticking it done moves it to the folded "Done" section.
    // A click, not check(): the card leaves its section, so the clicked element is replaced.
    await page.getByRole('checkbox', { name: 'Mark Call the pharmacy done' }).click();
    await visible(page.getByText('Call the pharmacy is done.'));
    await gone(overdue);
    const doneSection = page.locator('section', { has: page.getByRole('heading', { name: 'Done (1 task)' }) });
    await doneSection.getByText('Done (1 task)').click();
    await visible(doneSection.getByRole('article', { name: 'Call the pharmacy' }));
    expect(await doneSection.getByRole('checkbox', { name: 'Mark Call the pharmacy done' }).isChecked()).toBe(true);
    expect(await doneSection.getByText('Overdue', { exact: false }).count()).toBe(0);
    await expectNoAxeViolations(page, 'tasks list with done ones open');

    // Remove a task.
    await button('Remove Call the pharmacy').click();
    await page.getByRole('dialog', { name: 'Remove Call the pharmacy?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(page.getByRole('article', { name: 'Call the pharmacy' }));
    await visible(page.getByRole('article', { name: 'Book fasting blood test' }));

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, LONG_FLOW_MS);
});
