// The care team, conditions and hospital stays, driven as a caregiver would: add, edit and
// remove in each; the everyday name offered for a clinical one; the removal warning that
// names what refers to a care-team member; and "coming home from the hospital": saving a
// stay's discharge day proposes the checklist, which is adjusted before the tasks are made.
// axe runs on every screen of these areas.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, gone, randomHex, screens, visible } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] team-conditions-stays.test.ts skipped: ${skipReason}`);

/** Set CAREBINDER_SCREENSHOTS=/some/dir to keep light and dark pictures of each screen for review. */
const SHOTS = process.env.CAREBINDER_SCREENSHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(SHOTS, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** A calendar day relative to today, as a date input takes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe.skipIf(skipReason)('care team, conditions and hospital stays in the web build', () => {
  const suite = browserSuite();

  it('keeps a care team, conditions and hospital stays, and plans coming home from the hospital', async () => {
    const session = await suite.launch();
    const { page } = session;
    const ui = screens(page);
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
    const link = (name: string) => page.getByRole('link', { name, exact: true });
    const heading = (name: string | RegExp, level?: number) => page.getByRole('heading', { name, exact: typeof name === 'string', ...(level ? { level } : {}) });
    const card = (name: string) => page.getByRole('article', { name, exact: true });

    await createVaultThroughUi(page, `harbor ${randomHex(3)} lantern moss`);
    await ui.home.addPerson.click();
    await ui.personForm.fullName.fill('Rosa Delgado');
    await ui.personForm.save.click();
    await visible(heading('Rosa Delgado'));

    // ---- Care team ----
    await link('Care team').click();
    await visible(heading('Care team', 1));
    await visible(page.getByText('No one in the care team yet.'));
    await expectNoAxeViolations(page, 'care team, empty');

    await button('Add care team member').click();
    await visible(heading('Add someone to the care team', 1));
    await button('Save').click();
    await visible(page.getByText('Type the name of this person or place.'));
    await page.getByLabel('Name', { exact: true }).fill('Dr Ana Lee');
    await page.getByLabel('Role').selectOption({ label: 'Primary care' });
    await page.getByLabel('Clinic, hospital or company').fill('Eastside Family Clinic');
    await page.getByLabel('Phone').fill('(555) 123-4567');
    await page.getByLabel('Email').fill('not an email');
    await page.getByLabel('Patient portal link').fill('https://mychart.example.org/');
    await page.getByLabel('Schedules visits').check();
    await button('Save').click();
    await visible(page.getByText('This does not look like an email address.'));
    await expectNoAxeViolations(page, 'care team form with an error');
    await shot(page, 'care-team-form');
    await page.getByLabel('Email').fill('lee@clinic.example');
    await button('Save').click();
    await visible(card('Dr Ana Lee'));

    await button('Add care team member').click();
    await page.getByLabel('Name', { exact: true }).fill('Kim Park, RN');
    await page.getByLabel('Role').selectOption({ label: 'Nurse case manager' });
    await page.getByLabel('Coordinates care (the quarterback)').check();
    await button('Save').click();
    await visible(card('Kim Park, RN'));

    await button('Add care team member').click();
    await page.getByLabel('Name', { exact: true }).fill('Dr Omar Haddad');
    await page.getByLabel('Role').selectOption({ label: 'Specialist' });
    await page.getByLabel('Specialty').fill('Cardiology');
    await button('Save').click();
    await visible(card('Dr Omar Haddad'));

    // The coordinator first, then by role; each card says the role and the parts they play in words.
    expect(await page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')))).toEqual([
      'Kim Park, RN',
      'Dr Ana Lee',
      'Dr Omar Haddad',
    ]);
    const lee = card('Dr Ana Lee');
    await visible(lee.getByText('Primary care'));
    await visible(lee.getByText('Schedules visits'));
    expect(await lee.getByRole('link', { name: '(555) 123-4567' }).getAttribute('href')).toBe('tel:5551234567');
    expect(await lee.getByRole('link', { name: 'lee@clinic.example' }).getAttribute('href')).toBe('mailto:lee@clinic.example');
    expect(await lee.getByRole('link', { name: 'https://mychart.example.org/' }).getAttribute('href')).toBe('https://mychart.example.org/');
    await visible(card('Kim Park, RN').getByText('Coordinates care (the quarterback)'));
    await visible(card('Dr Omar Haddad').getByText('Specialist: Cardiology'));
    await expectNoAxeViolations(page, 'care team list');
    await shot(page, 'care-team-list');

    await button('Edit Dr Omar Haddad').click();
    await visible(heading('Edit care team member: Dr Omar Haddad', 1));
    await page.getByLabel('Phone').fill('555 987 6543 ext. 12');
    await expectNoAxeViolations(page, 'edit care team member');
    await button('Save').click();
    expect(await card('Dr Omar Haddad').getByRole('link', { name: '555 987 6543 ext. 12' }).getAttribute('href')).toBe('tel:5559876543;ext=12');

    await button('Remove Dr Omar Haddad').click();
    const removeHaddad = page.getByRole('dialog', { name: 'Remove Dr Omar Haddad?' });
    await visible(removeHaddad);
    await removeHaddad.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(card('Dr Omar Haddad'));

    // ---- Conditions (for one person: active and resolved get their own headings) ----
    await page.getByLabel('Showing the record of').selectOption({ label: 'Rosa Delgado' });
    await link('Conditions').click();
    await visible(heading('Conditions: Rosa Delgado', 1));
    await expectNoAxeViolations(page, 'conditions, empty');
    await button('Add condition').click();
    await visible(heading('Add a condition', 1));
    const clinical = page.getByLabel('Name on the papers');
    await clinical.pressSequentially('Essential hypertension');
    const useSuggestion = button('Use “High blood pressure”');
    await visible(useSuggestion);
    await expectNoAxeViolations(page, 'add condition with a suggestion');
    await shot(page, 'condition-form');
    await useSuggestion.click();
    expect(await page.getByLabel('Everyday name').inputValue()).toBe('High blood pressure');
    await gone(useSuggestion);
    await page.getByLabel('Since when').fill('2019-04');
    await page.getByLabel('ICD-10 code').fill('I10');
    await button('Save').click();
    const hypertension = card('High blood pressure (Essential hypertension)');
    await visible(hypertension);
    await visible(hypertension.getByText('Since April 2019'));
    await visible(hypertension.getByText('Codes: I10'));

    await button('Add condition').click();
    await clinical.fill('Pneumonia');
    await page.getByLabel('Does the person still have it?').selectOption({ label: 'No, it is resolved (in the past)' });
    await page.getByLabel('Since when').fill('2999');
    await button('Save').click();
    await visible(page.getByText('This is later than today. Write when it started.'));
    await page.getByLabel('Since when').fill('2024-01-15');
    await button('Save').click();
    await visible(heading('Resolved (in the past)', 2));
    await visible(heading('Active', 2));
    // Saved without an everyday name: the glossary's is shown.
    const pneumonia = page.getByRole('region', { name: 'Resolved (in the past)' }).getByRole('article', { name: 'Lung infection (pneumonia)' });
    await visible(pneumonia);
    await expectNoAxeViolations(page, 'conditions list');
    await shot(page, 'conditions-list');

    await button('Edit Lung infection (pneumonia)').click();
    await visible(heading('Edit condition: Pneumonia', 1));
    await page.getByLabel('Everyday name').fill('Lung infection');
    await button('Save').click();
    await visible(card('Lung infection (Pneumonia)'));
    await button('Remove Lung infection (Pneumonia)').click();
    await page.getByRole('dialog', { name: 'Remove Lung infection (Pneumonia)?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(card('Lung infection (Pneumonia)'));
    await gone(heading('Resolved (in the past)', 2));
    await visible(hypertension);

    // ---- Hospital stays and coming home ----
    const admitted = dayFromToday(-3);
    const discharged = dayFromToday(-1);
    await link('Hospital stays').click();
    await visible(heading('Hospital stays: Rosa Delgado', 1));
    await expectNoAxeViolations(page, 'hospital stays, empty');
    await button('Add hospital stay').click();
    await visible(heading('Add a hospital stay', 1));
    await button('Save').click();
    await visible(page.getByText('Write the day they went into the hospital.'));
    await page.getByLabel('Where').fill('Mercy Hospital');
    await page.getByLabel('Why they went in').fill('Pneumonia');
    await page.getByLabel('Went in on').fill(admitted);
    await expectNoAxeViolations(page, 'add hospital stay');
    await shot(page, 'stay-form');
    await button('Save').click();

    // Still in the hospital: the details page says so, and no checklist yet.
    const stayHeading = heading(/^Hospital stay: Mercy Hospital, /, 1);
    await visible(stayHeading);
    await visible(page.getByText('When you know the day they come home'));
    await expectNoAxeViolations(page, 'hospital stay details, still in the hospital');

    // The discharge day, added for the first time, brings the checklist (after a date slip is caught).
    await button('Edit this stay').click();
    await page.getByLabel('Came home on').fill(dayFromToday(-10));
    await button('Save').click();
    await visible(page.getByText('This is before the day they went in. Check both dates.'));
    await page.getByLabel('Came home on').fill(discharged);
    await page.getByLabel('Who to call').fill('Dr Lee (555) 123-4567; nurse line after 5 pm');
    await button('Save').click();

    await visible(heading('Coming home from the hospital', 1));
    const item = (title: string | RegExp) => page.getByRole('group', { name: title });
    const followUp = item(/^Book a follow-up visit with the doctor for no later than /);
    const medicines = item('Check the medicine list against the list from the hospital');
    const prescriptions = item('Pick up the new prescriptions');
    const ride = item('Arrange a ride to the follow-up visit');
    for (const group of [followUp, medicines, prescriptions, ride, item('Write down the warning signs to watch for')]) {
      expect(await group.getByRole('checkbox').isChecked()).toBe(true);
    }
    // "Who to call" is already written on the stay, so it is proposed unticked.
    expect(await item('Write down who to call with questions or problems').getByRole('checkbox').isChecked()).toBe(false);
    expect(await followUp.getByLabel('Who will do it?').inputValue()).toBe('me');
    expect(await prescriptions.getByLabel('Do it by').inputValue()).toBe(discharged);
    expect(await ride.getByLabel('Do it by').inputValue()).toBe(dayFromToday(4));
    await expectNoAxeViolations(page, 'coming home checklist');
    await shot(page, 'coming-home-review');

    await prescriptions.getByRole('checkbox').uncheck();
    await medicines.getByLabel('Who will do it?').selectOption({ label: 'Dr Ana Lee (Primary care)' });
    await ride.getByLabel('Who will do it?').selectOption({ label: 'Someone else' });
    await button('Add 4 tasks').click();
    await visible(page.getByText('Type the name of who will do it.'));
    await expectNoAxeViolations(page, 'coming home checklist with an error');
    await ride.getByLabel('Their name').fill('Maria (daughter)');
    await followUp.getByLabel('Do it by').fill(dayFromToday(0));
    await button('Add 4 tasks').click();

    // The stay's page lists the new tasks with who, by when, and done or not.
    await visible(stayHeading);
    const tasks = page.getByRole('region', { name: 'Coming home: tasks' }).getByRole('listitem');
    await visible(tasks.first());
    expect(await tasks.count()).toBe(4);
    await visible(tasks.filter({ hasText: 'Arrange a ride to the follow-up visit' }).getByText('Who: Maria (daughter)'));
    await visible(tasks.filter({ hasText: 'Check the medicine list' }).getByText('Who: Dr Ana Lee'));
    await visible(tasks.filter({ hasText: 'Book a follow-up visit' }).getByText('Who: Me'));
    expect(await tasks.filter({ hasText: 'Not done yet' }).count()).toBe(4);
    expect(await tasks.filter({ hasText: 'Pick up the new prescriptions' }).count()).toBe(0);
    await visible(page.getByRole('link', { name: 'See all tasks' }));
    await expectNoAxeViolations(page, 'hospital stay details with tasks');
    await shot(page, 'stay-details');

    // The same tasks in the Tasks list (another area), linked back to the stay.
    await link('Tasks').click();
    await visible(heading(/^Tasks/, 1));
    for (const title of [/^Book a follow-up visit with the doctor/, /^Check the medicine list/, /^Arrange a ride/, /^Write down the warning signs/]) {
      await visible(page.getByRole('article', { name: title }));
    }
    expect(await page.getByRole('article', { name: 'Pick up the new prescriptions' }).count()).toBe(0);

    await link('Hospital stays').click();
    await visible(card(`Mercy Hospital, ${await page.evaluate((d) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), admitted)}`));
    await visible(page.getByText('0 of 4 coming-home tasks done'));
    await expectNoAxeViolations(page, 'hospital stays list');

    // Removing a care-team member who owns a task says so; the task then says they are gone.
    await link('Care team').click();
    await button('Remove Dr Ana Lee').click();
    const removeLee = page.getByRole('dialog', { name: 'Remove Dr Ana Lee?' });
    await visible(removeLee.getByText('Dr Ana Lee is in charge of 1 task. After this, it will show “Not in the care team any more”.'));
    await expectNoAxeViolations(page, 'remove care team member with references');
    await shot(page, 'care-team-remove');
    await removeLee.getByRole('button', { name: 'Remove', exact: true }).click();
    await gone(card('Dr Ana Lee'));
    await link('Hospital stays').click();
    await page.getByRole('link', { name: /^Mercy Hospital, / }).click();
    await visible(tasks.filter({ hasText: 'Check the medicine list' }).getByText('Who: Not in the care team any more'));

    // Removing the stay keeps its tasks, and says so.
    await button(/^Remove Mercy Hospital, /).click();
    const removeStay = page.getByRole('dialog', { name: /^Remove Mercy Hospital, / });
    await visible(removeStay.getByText('Its 4 tasks stay in the task list.'));
    await removeStay.getByRole('button', { name: 'Remove', exact: true }).click();
    await visible(heading('Hospital stays: Rosa Delgado', 1));
    await visible(page.getByText('No hospital stays recorded.'));

    // Spanish: the same screens, in Spanish, still pass axe.
    await link('Settings').click();
    await page.getByLabel('Language of the screens').selectOption('es');
    await link('Equipo de cuidado').click();
    await visible(heading('Equipo de cuidado', 1));
    await visible(card('Kim Park, RN').getByText('Coordina el cuidado (lleva el mando)'));
    await expectNoAxeViolations(page, 'care team (Spanish)');
    await shot(page, 'care-team-list-es');
    await link('Enfermedades').click();
    await visible(page.getByText('Activas', { exact: true }));
    await button('Agregar enfermedad').click();
    await page.getByLabel('Nombre en los papeles').fill('Hiperlipidemia');
    await visible(button('Usar «Colesterol alto»'));
    await expectNoAxeViolations(page, 'add condition (Spanish)');
    await shot(page, 'condition-form-es');
    await button('Cancelar').click();
    await link('Estancias en el hospital').click();
    await button('Agregar estancia en el hospital').click();
    await page.getByLabel('Ingresó el').fill(admitted);
    await page.getByLabel('Volvió a casa el').fill(discharged);
    await button('Guardar').click();
    await visible(heading('La vuelta a casa desde el hospital', 1));
    await visible(page.getByRole('group', { name: 'Recoger las recetas nuevas en la farmacia' }));
    await expectNoAxeViolations(page, 'coming home checklist (Spanish)');
    await shot(page, 'coming-home-review-es');
    await button('Ahora no').click();
    await visible(heading(/^Estancia en el hospital: /, 1));
    await visible(page.getByText('Todavía no hay tareas para esta estancia.'));

    expect(session.foreignRequests()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    // One long walk through three areas and two languages, on a shared two-core machine.
  }, 300_000);
});
