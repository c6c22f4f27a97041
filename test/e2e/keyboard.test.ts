// The first-run form works with the keyboard only: Tab to each field, type, Enter to submit;
// then the recovery-key screen is left with the keyboard too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumSkipReason,
  describePage,
  describeRequests,
  isFocused,
  launchBrowser,
  randomHex,
  screens,
  startWebServer,
  tabTo,
  visible,
  type BrowserSession,
  type WebServer,
} from './harness';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(`[e2e] keyboard.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason)('keyboard only', () => {
  let server: WebServer;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startWebServer();
  });

  afterAll(async () => {
    await session?.dispose();
    await server?.close();
  });

  it('completes and submits the first-run form with Tab, typing and Enter', async ({ onTestFailed }) => {
    onTestFailed(async () => {
      if (session) console.error(`[e2e] page at failure:\n${await describePage(session.page)}`);
    });
    const passphrase = `keyboard ${randomHex(3)} Meadow river ${randomHex(3)}`;
    session = await launchBrowser({ baseUrl: server.url });
    const { page } = session;
    page.setDefaultTimeout(30_000);
    const ui = screens(page);

    await page.goto(server.url);
    await visible(ui.firstRun.passphrase);
    await visible(ui.firstRun.create);

    // Tab (forward only) to the passphrase, type it; Tab on to the confirmation, type it.
    await tabTo(page, ui.firstRun.passphrase);
    await page.keyboard.type(passphrase);
    await tabTo(page, ui.firstRun.confirm);
    await page.keyboard.type(passphrase);
    expect(await ui.firstRun.passphrase.inputValue()).toBe(passphrase);
    expect(await ui.firstRun.confirm.inputValue()).toBe(passphrase);

    // Enter in the field submits the form.
    expect(await isFocused(ui.firstRun.confirm)).toBe(true);
    await page.keyboard.press('Enter');
    await visible(ui.recoveryKey.continue, 60_000);

    // The recovery-key screen is left with the keyboard as well.
    await tabTo(page, ui.recoveryKey.continue);
    await page.keyboard.press('Enter');
    await visible(ui.home.addPerson);

    expect(session.foreignRequests(), describeRequests(session.foreignRequests())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
