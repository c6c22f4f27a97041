// `npm run screenshots`: builds nothing, serves out/web, fills a realistic binder through the
// screens as a person would, then saves a picture of every screen in English and Spanish to
// docs/screenshots/<language>/. Run `npm run build:web` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createVaultThroughUi, fillBinder, launchBrowser, screens, startWebServer, walkScreens } from '../test/e2e/harness';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

const server = await startWebServer();
for (const language of ['en', 'es'] as const) {
  const session = await launchBrowser({ baseUrl: server.url });
  const { page } = session;
  page.setDefaultTimeout(60_000);
  mkdirSync(join(OUT, language), { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(OUT, language, `${name}.png`), fullPage: true });
  if (language === 'en') {
    // The screens before the record: first run and the recovery key (shown once).
    const ui = screens(page);
    await page.goto('/');
    await ui.firstRun.passphrase.fill('seven quiet harbors at dawn');
    await shot('00-first-run');
    await ui.firstRun.confirm.fill('seven quiet harbors at dawn');
    await ui.firstRun.create.click();
    await ui.recoveryKey.continue.waitFor();
    await shot('00-recovery-key');
    await ui.recoveryKey.continue.click();
  } else {
    await createVaultThroughUi(page, 'seven quiet harbors at dawn');
  }
  await fillBinder(page);
  if (language === 'es') {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Language of the screens').selectOption('es');
  }
  let n = 0;
  await walkScreens(page, {
    language,
    visit: async (screen) => {
      n += 1;
      await page.screenshot({ path: join(OUT, language, `${String(n).padStart(2, '0')}-${screen}.png`), fullPage: true });
    },
  });
  await page.getByRole('button', { name: language === 'es' ? 'Bloquear' : 'Lock', exact: true }).click();
  await page.getByRole('button', { name: language === 'es' ? 'Desbloquear' : 'Unlock', exact: true }).waitFor();
  await shot('99-locked');
  await session.dispose();
}
await server.close();
console.log(`Screenshots written to ${OUT}`);
