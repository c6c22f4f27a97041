// Visits every screen of the unlocked app for one person — overview, each section's list and
// its add form, print, search, import, settings — and calls `visit` on each once its heading shows. Used by
// the every-screen accessibility test and by the screenshot script.
import type { Page } from 'playwright-core';
import { visible } from './app';

/** Sidebar link and Add button of each section (English accessible names). */
export const SECTIONS = [
  { link: 'Medicines', add: 'Add medicine', slug: 'medicines' },
  { link: 'Appointments', add: 'Add appointment', slug: 'appointments' },
  { link: 'Care team', add: 'Add care team member', slug: 'care-team' },
  { link: 'Goals', add: 'Add goal', slug: 'goals' },
  { link: 'Tasks', add: 'Add task', slug: 'tasks' },
  { link: 'Allergies', add: 'Add allergy', slug: 'allergies' },
  { link: 'Conditions', add: 'Add condition', slug: 'conditions' },
  { link: 'Measurements', add: 'Add measurement', slug: 'measurements' },
  { link: 'Questions', add: 'Add question', slug: 'questions' },
  { link: 'Hospital stays', add: 'Add hospital stay', slug: 'hospital-stays' },
] as const;

/** The sidebar's links in Spanish, in the same order, for walking the Spanish interface. */
export const SECTIONS_ES = ['Medicinas', 'Citas', 'Equipo de cuidado', 'Metas', 'Tareas', 'Alergias', 'Enfermedades', 'Mediciones', 'Preguntas', 'Estancias en el hospital'] as const;

export interface WalkOptions {
  language: 'en' | 'es';
  visit: (screen: string) => Promise<void>;
}

async function settled(page: Page): Promise<void> {
  await visible(page.locator('main h1').first());
}

/** Walks the screens by their sidebar links and Add buttons (the Add button is the first primary button of a list). */
export async function walkScreens(page: Page, { language, visit }: WalkOptions): Promise<void> {
  const nav = page.getByRole('navigation', { name: language === 'es' ? 'Secciones del registro' : 'Sections of the record' });
  await nav.getByRole('link', { name: language === 'es' ? 'Resumen' : 'Overview', exact: true }).click();
  await settled(page);
  await visit('overview');
  for (const [index, section] of SECTIONS.entries()) {
    const linkName = language === 'es' ? SECTIONS_ES[index]! : section.link;
    const openList = async (): Promise<void> => {
      await nav.getByRole('link', { name: linkName, exact: true }).click();
      await settled(page);
    };
    await openList();
    await visit(`${section.slug}`);
    // Sections whose items have a details page link the item's name to it.
    const details = page.locator('main a.item-link').first();
    if ((await details.count()) > 0) {
      await details.click();
      await settled(page);
      await visit(`${section.slug}-details`);
      await openList();
    }
    await page.locator('main .screen-title button.button-primary').first().click();
    await visible(page.locator('main form'));
    await visit(`${section.slug}-form`);
  }
  await nav.getByRole('link', { name: language === 'es' ? 'Imprimir' : 'Print', exact: true }).click();
  await settled(page);
  await visit('print');
  await nav.getByRole('link', { name: language === 'es' ? 'Buscar' : 'Search', exact: true }).click();
  await settled(page);
  await visit('search');
  await nav.getByRole('link', { name: language === 'es' ? 'Importar' : 'Import', exact: true }).click();
  await settled(page);
  await visit('import');
  await nav.getByRole('link', { name: language === 'es' ? 'Ajustes' : 'Settings', exact: true }).click();
  await settled(page);
  await visit('settings');
}
