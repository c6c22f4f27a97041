// axe-core on every screen of the app, in the light theme at standard size and in the dark
// theme with extra-large text, and in Spanish: 0 violations anywhere.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, screens, visible, walkScreens } from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] every-screen.test.ts skipped: ${skipReason}`);

const DISPLAYS = [
  { name: 'light, standard text', textSize: 'standard', theme: 'light', language: 'en' },
  { name: 'dark, extra-large text', textSize: 'extraLarge', theme: 'dark', language: 'en' },
  { name: 'Spanish, large text', textSize: 'large', theme: 'system', language: 'es' },
] as const;

describe.skipIf(skipReason)('every screen is accessible', () => {
  const suite = browserSuite();

  for (const display of DISPLAYS) {
    it(`has no axe violations: ${display.name}`, { timeout: 400_000 }, async () => {
      const session = await suite.launch({ locale: display.language === 'es' ? 'es-ES' : 'en-US' });
      const { page } = session;
      await page.addInitScript((prefs) => localStorage.setItem('carebinder.display', JSON.stringify(prefs)), {
        textSize: display.textSize,
        theme: display.theme,
      });
      const ui = screens(page);
      if (display.language === 'en') {
        await page.goto('/');
        await visible(ui.firstRun.create);
        await expectNoAxeViolations(page, `first run (${display.name})`);
        await createVaultThroughUi(page, 'violet harbor seven lanterns');
        await ui.home.addPerson.click();
        await ui.personForm.fullName.fill('Walter Screens');
      } else {
        await page.goto('/');
        await page.getByLabel('Frase de acceso', { exact: true }).fill('violeta puerto siete faroles');
        await page.getByLabel('Confirme la frase de acceso').fill('violeta puerto siete faroles');
        await page.getByRole('button', { name: 'Crear la bóveda' }).click();
        await visible(page.getByRole('button', { name: 'Continuar' }), 60_000);
        await expectNoAxeViolations(page, `recovery key (${display.name})`);
        await page.getByRole('button', { name: 'Continuar' }).click();
        await page.getByRole('button', { name: 'Agregar persona' }).click();
        await page.getByLabel('Nombre completo').fill('Walter Screens');
      }
      await page.locator('main form button[type=submit]').click();
      await page.getByLabel(display.language === 'es' ? 'Mostrando el registro de' : 'Showing the record of').selectOption({ label: 'Walter Screens' });
      const visited: string[] = [];
      await walkScreens(page, {
        language: display.language,
        visit: async (screen) => {
          await expectNoAxeViolations(page, `${screen} (${display.name})`);
          visited.push(screen);
        },
      });
      expect(visited.length).toBe(23);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(display.theme);
      expect(session.pageErrors).toEqual([]);
    });
  }
});
