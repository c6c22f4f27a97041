// axe-core on every screen of the app, with a filled binder: in the light theme at standard size,
// in the dark theme with extra-large text, and in Spanish with large text. 0 violations anywhere.
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, expectNoAxeViolations, fillBinder, screens, visible, walkScreens } from './harness';

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
      const session = await suite.launch();
      const { page } = session;
      await page.addInitScript((prefs) => localStorage.setItem('carebinder.display', JSON.stringify(prefs)), {
        textSize: display.textSize,
        theme: display.theme,
      });
      const ui = screens(page);
      await page.goto('/');
      await visible(ui.firstRun.create);
      await expectNoAxeViolations(page, `first run (${display.name})`);
      await createVaultThroughUi(page, 'violet harbor seven lanterns');
      await fillBinder(page);
      if (display.language === 'es') {
        await page.getByRole('link', { name: 'Settings', exact: true }).click();
        await page.getByLabel('Language of the screens').selectOption('es');
        await visible(page.getByRole('heading', { level: 1, name: 'Ajustes' }));
      }
      const visited: string[] = [];
      await walkScreens(page, {
        language: display.language,
        visit: async (screen) => {
          await expectNoAxeViolations(page, `${screen} (${display.name})`);
          visited.push(screen);
        },
      });
      // 23 lists, forms and pages, plus a details page for each section whose items have one.
      expect(visited.length).toBeGreaterThanOrEqual(26);
      await page.getByRole('button', { name: display.language === 'es' ? 'Bloquear' : 'Lock', exact: true }).click();
      await visible(page.getByRole('button', { name: display.language === 'es' ? 'Desbloquear' : 'Unlock', exact: true }));
      await expectNoAxeViolations(page, `locked (${display.name})`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(display.theme);
      expect(await page.locator('html').getAttribute('data-text-size')).toBe(display.textSize);
      expect(session.pageErrors).toEqual([]);
    });
  }
});
