// Fills a binder through the screens as a caregiver would: one person with a little of every
// section, so lists, the overview and search have something to show. English labels.
import type { Page } from 'playwright-core';
import { screens, visible } from './app';

function dayOffset(days: number, time = '10:30'): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)}T${time}`;
}

/** Saves the form and waits until the app has left it (for the list, or a details page). */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => !url.hash.endsWith('/new'));
  await visible(page.locator('main h1').first());
}

async function add(page: Page, section: string, button: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: section, exact: true }).click();
  await page.getByRole('button', { name: button }).click();
  await fill(page);
  await save(page);
}

/** A binder like a caregiver's: one person with a little of everything. */
export async function fillBinder(page: Page): Promise<void> {
  const ui = screens(page);
  await ui.home.addPerson.click();
  await ui.personForm.fullName.fill('María Elena Rodríguez');
  await page.getByLabel('Preferred name').fill('Mamá');
  await ui.personForm.dateOfBirth.fill('1941-03-07');
  await ui.personForm.save.click();
  await page.getByLabel('Showing the record of').selectOption({ label: 'Mamá' });
  await add(page, 'Care team', 'Add care team member', async (p) => {
    await p.getByLabel('Name', { exact: true }).fill('Dr. Ana Ruiz');
    await p.getByLabel('Phone').fill('555-0142');
  });
  await add(page, 'Medicines', 'Add medicine', async (p) => {
    await p.getByLabel('Medicine name').fill('Metformin');
    await p.getByLabel('Strength').fill('500 mg');
    await p.getByLabel('How much each time').fill('1');
    await p.getByLabel('A number of times each day').check();
    await p.getByLabel('How many times a day').fill('2');
    await p.getByLabel('Food or bedtime').selectOption('withFood');
    await p.getByLabel("What it's for").fill('For blood sugar');
  });
  await add(page, 'Allergies', 'Add allergy', async (p) => {
    await p.getByLabel('What causes it').fill('Penicillin');
    await p.getByLabel('What happens').fill('Hives and swelling');
    await p.getByLabel('How bad is it?').selectOption('severe');
  });
  await add(page, 'Conditions', 'Add condition', async (p) => {
    await p.getByLabel('Name on the papers').fill('Type 2 diabetes mellitus');
  });
  await add(page, 'Appointments', 'Add appointment', async (p) => {
    await p.getByLabel('Date and time').fill(dayOffset(4));
    await p.getByLabel('Why is the visit?').fill('Diabetes check-up');
  });
  await add(page, 'Tasks', 'Add task', async (p) => {
    await p.getByLabel('What needs to be done?').fill('Book the eye exam');
    await p.getByLabel('Due date').fill(dayOffset(-1).slice(0, 10));
  });
  await add(page, 'Questions', 'Add question', async (p) => {
    await p.getByLabel('Question', { exact: true }).fill('Can she take the pill at night instead?');
  });
  await add(page, 'Goals', 'Add goal', async (p) => {
    await p.getByLabel('The goal, in your own words').fill('Walk to church without stopping');
  });
  await add(page, 'Measurements', 'Add measurement', async (p) => {
    await p.getByLabel('Top number (systolic) (mmHg)').fill('128');
    await p.getByLabel('Bottom number (diastolic) (mmHg)').fill('82');
  });
  await add(page, 'Hospital stays', 'Add hospital stay', async (p) => {
    await p.getByLabel('Where').fill('St. Mary Hospital');
    await p.getByLabel('Went in on').fill(dayOffset(-40).slice(0, 10));
  });
}

