// The print center and calendar export driven as a caregiver would: the "Print" link, the
// medication list saved as a real PDF (its text read back with pdftotext), a visit sheet for
// an appointment, one-click visit sheet and "Add to calendar" from the appointment (the .ics
// read back with ical.js), the medicines screen's "Print medication list". axe and keyboard.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumSkipReason, createVaultThroughUi, describeRequests, expectNoAxeViolations, fillBinder, randomHex, tabTo, visible } from './harness';

const skipReason = chromiumSkipReason();
const LONG_FLOW_MS = 300_000;
if (skipReason) console.warn(`[e2e] print-center.test.ts skipped: ${skipReason}`);
/** Where screenshots go for a person to look at (not committed). */
const SHOTS = process.env.E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'carebinder-print-shots-'));

declare global {
  interface Window {
    __savedFiles: { name: string; blob: Blob }[];
  }
}

/**
 * The web platform saves a file as a download (an <a download> clicked on a blob: URL). The test
 * browser accepts no downloads, so this keeps each saved file's name and Blob for the test to read.
 */
function captureSavedFiles(): void {
  window.__savedFiles = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement): void {
    const blob = blobs.get(this.href);
    if (this.download && blob) window.__savedFiles.push({ name: this.download, blob });
    else click.call(this);
  };
}

/** Waits for the next saved file and returns its name and bytes. */
async function nextSavedFile(page: Page, index: number): Promise<{ name: string; bytes: Buffer }> {
  await page.waitForFunction((i) => window.__savedFiles.length > i, index);
  const { name, base64 } = await page.evaluate(async (i) => {
    const file = window.__savedFiles[i];
    if (!file) throw new Error('no saved file');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return { name: file.name, base64: btoa(binary) };
  }, index);
  return { name, bytes: Buffer.from(base64, 'base64') };
}

function pdfFile(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'carebinder-pdf-')), 'printout.pdf');
  writeFileSync(file, bytes);
  return file;
}
/** Chromium's own PDF viewer and the resources it is built from (parts of the browser, not the network): it draws the preview frame. */
const PDF_VIEWER = ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', 'chrome://resources/'];
const isPdfViewer = (url: string): boolean => PDF_VIEWER.some((prefix) => url.startsWith(prefix));

const pdfText = (bytes: Buffer): string => execFileSync('pdftotext', ['-layout', pdfFile(bytes), '-'], { encoding: 'utf8' });
/** The document's title (pdfinfo): says which printout was made, whatever its layout. */
const pdfTitle = (bytes: Buffer): string => /^Title:\s*(.*)$/m.exec(execFileSync('pdfinfo', [pdfFile(bytes)], { encoding: 'utf8' }))?.[1]?.trim() ?? '';

describe.skipIf(skipReason)('the print center in the web build', () => {
  const suite = browserSuite();

  it(
    'saves the medication list and a visit sheet as real PDFs, and an appointment as a calendar file',
    async () => {
      const session = await suite.launch();
      const { page } = session;
      await page.addInitScript(captureSavedFiles);
      // The harness refuses every non-local URL; the browser's built-in PDF viewer is let through so the preview shows.
      for (const prefix of PDF_VIEWER) await session.context.route(`${prefix}**`, (route) => route.continue());
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      await createVaultThroughUi(page, `meadow ${randomHex(3)} copper ${randomHex(3)}`);
      await fillBinder(page);
      let saved = 0;

      // The sidebar's "Print" link opens the print center.
      await page.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: 'Print', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Print' }));
      const medicationList = page.getByRole('radio', { name: 'Medication list', exact: true });
      await medicationList.check();
      const preview = page.getByTitle('Preview: Medication list for Mamá');
      await visible(preview);
      expect(await preview.getAttribute('src')).toMatch(/^blob:/);
      await expectNoAxeViolations(page, 'print center');
      await page.screenshot({ path: join(SHOTS, 'print-center.png'), fullPage: true });

      // Keyboard: the printout choices move with the arrow keys; Tab reaches "Save PDF".
      await medicationList.focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Visit sheet', exact: true }).isChecked()).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await medicationList.isChecked()).toBe(true);
      await visible(page.getByTitle('Preview: Medication list for Mamá'));
      await tabTo(page, button('Save PDF'), 40);
      await page.keyboard.press('Enter');
      const list = await nextSavedFile(page, saved++);
      expect(list.name).toMatch(/\.pdf$/);
      expect(list.name).not.toMatch(/mam|mar[ií]a|rodr/i);
      expect(list.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const listText = pdfText(list.bytes);
      expect(listText).toContain('Metformin');
      expect(listText).toContain('Penicillin');
      expect(pdfTitle(list.bytes)).toMatch(/^Medication list/);
      await visible(page.getByText('The PDF is saved.'));

      // A visit sheet for the appointment: its picker appears, and the PDF is about that visit.
      await page.getByRole('radio', { name: 'Visit sheet', exact: true }).check();
      await visible(page.getByLabel('Which appointment'));
      await visible(page.getByTitle('Preview: Visit sheet for Mamá'));
      await expectNoAxeViolations(page, 'print center, visit sheet');
      await button('Save PDF').click();
      const sheet = await nextSavedFile(page, saved++);
      expect(sheet.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfTitle(sheet.bytes)).toMatch(/^Visit sheet/);
      expect(pdfText(sheet.bytes)).toContain('Diabetes check-up');

      // Large print in Spanish with English underneath: the options reach the PDF.
      await page.getByRole('radio', { name: 'Medication list', exact: true }).check();
      await page.getByRole('radio', { name: 'Large print', exact: true }).check();
      await page.getByRole('radio', { name: 'Español (Spanish)', exact: true }).check();
      await page.getByLabel('Add English under each line, for the doctor or nurse').check();
      await visible(page.getByTitle('Preview: Medication list for Mamá'));
      await expectNoAxeViolations(page, 'print center, Spanish options');
      await page.screenshot({ path: join(SHOTS, 'print-center-options.png'), fullPage: true });

      // The calendar file for this person, from the print center.
      await button('Save calendar file').click();
      const everything = await nextSavedFile(page, saved++);
      expect(everything.name).toBe('carebinder-calendar.ics');
      const all = new ICAL.Component(ICAL.parse(everything.bytes.toString('utf8')));
      const summaries = all.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
      expect(summaries).toEqual(expect.arrayContaining(['Diabetes check-up', 'To do: Book the eye exam']));

      // From the appointment: "Add to calendar" saves just this visit, with its two reminders.
      await page.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: 'Appointments', exact: true }).click();
      await page.getByRole('link', { name: /Diabetes check-up/ }).first().click();
      await visible(button('Add to calendar'));
      await expectNoAxeViolations(page, 'appointment with print and calendar buttons');
      await page.screenshot({ path: join(SHOTS, 'appointment-details.png'), fullPage: true });
      await button('Add to calendar').click();
      const visit = await nextSavedFile(page, saved++);
      expect(visit.name).toBe('carebinder-calendar.ics');
      const calendar = new ICAL.Component(ICAL.parse(visit.bytes.toString('utf8')));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event?.getFirstPropertyValue('summary')).toBe('Diabetes check-up');
      expect(String(event?.getFirstPropertyValue('uid'))).toMatch(/^appointment-.+@carebinder\.invalid$/);
      expect(event?.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')))).toEqual(['-P1D', '-PT2H']);
      await visible(page.getByText('The calendar file is saved.', { exact: false }));

      // "Print visit sheet" opens the print center on this appointment's visit sheet.
      await button('Print visit sheet').click();
      await visible(page.getByRole('heading', { level: 1, name: 'Print' }));
      expect(await page.getByRole('radio', { name: 'Visit sheet', exact: true }).isChecked()).toBe(true);
      await visible(page.getByTitle('Preview: Visit sheet for Mamá'));

      // "Print medication list" on the medicines screen: one click to its preview.
      await page.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: 'Medicines', exact: true }).click();
      await page.screenshot({ path: join(SHOTS, 'medicines.png'), fullPage: true });
      await button('Print medication list').click();
      expect(await page.getByRole('radio', { name: 'Medication list', exact: true }).isChecked()).toBe(true);
      await visible(page.getByTitle('Preview: Medication list for Mamá'));
      await button('Save PDF').click();
      const again = await nextSavedFile(page, saved++);
      expect(pdfText(again.bytes)).toContain('Metformin');

      const foreign = session.foreignRequests().filter((request) => !isPdfViewer(request.url));
      expect(foreign, describeRequests(foreign)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
      console.info(`[e2e] print center screenshots in ${SHOTS}`);
    },
    LONG_FLOW_MS,
  );
  it(
    'works in Spanish for two people, and saves one calendar with everyone',
    async () => {
      const session = await suite.launch();
      const { page } = session;
      await page.addInitScript(captureSavedFiles);
      for (const prefix of PDF_VIEWER) await session.context.route(`${prefix}**`, (route) => route.continue());
      await createVaultThroughUi(page, `river ${randomHex(3)} pebble ${randomHex(3)}`);
      const nav = page.getByRole('navigation');
      for (const [name, task] of [
        ['Rosa Delgado', 'Call the pharmacy'],
        ['Tomás Delgado', 'Book the dentist'],
      ] as const) {
        await page.getByRole('button', { name: 'Add person', exact: true }).first().click();
        await page.getByLabel('Full name', { exact: true }).fill(name);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByLabel('Showing the record of').selectOption({ label: name });
        await nav.getByRole('link', { name: 'Tasks', exact: true }).click();
        await page.getByRole('button', { name: 'Add task' }).click();
        await page.getByLabel('What needs to be done?').fill(task);
        await page.getByLabel('Due date').fill('2026-12-20');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.waitForURL((url) => !url.hash.endsWith('/new'));
        await page.getByLabel('Showing the record of').selectOption({ index: 0 });
        await nav.getByRole('link', { name: 'Overview', exact: true }).click();
      }
      await nav.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Language of the screens').selectOption('es');

      await nav.getByRole('link', { name: 'Imprimir', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Imprimir' }));
      await page.getByLabel('De quién es el registro').selectOption({ label: 'Tomás Delgado' });
      await page.getByRole('radio', { name: 'Lista de medicamentos', exact: true }).check();
      await visible(page.getByTitle('Vista previa: Lista de medicamentos de Tomás Delgado'));
      await expectNoAxeViolations(page, 'print center in Spanish');
      await page.screenshot({ path: join(SHOTS, 'print-center-es.png'), fullPage: true });
      await page.getByRole('button', { name: 'Guardar PDF', exact: true }).click();
      const list = await nextSavedFile(page, 0);
      expect(list.name).toMatch(/^lista-de-medicamentos.*\.pdf$/);
      expect(pdfTitle(list.bytes)).toMatch(/^Lista de medicamentos/);
      expect(pdfText(list.bytes)).toContain('Tomás Delgado');

      // One calendar with both people's tasks, each saying whose it is.
      await page.getByRole('radio', { name: 'Todos (2 personas)', exact: true }).check();
      await page.getByRole('button', { name: 'Guardar archivo de calendario', exact: true }).click();
      const calendar = await nextSavedFile(page, 1);
      expect(calendar.name).toBe('carebinder-calendar.ics');
      const events = new ICAL.Component(ICAL.parse(calendar.bytes.toString('utf8'))).getAllSubcomponents('vevent');
      expect(events.map((event) => String(event.getFirstPropertyValue('summary'))).sort()).toEqual([
        'Rosa Delgado: Pendiente: Call the pharmacy',
        'Tomás Delgado: Pendiente: Book the dentist',
      ]);
      await visible(page.getByText('El archivo de calendario está guardado.', { exact: false }));
      const foreign = session.foreignRequests().filter((request) => !isPdfViewer(request.url));
      expect(foreign, describeRequests(foreign)).toEqual([]);
    },
    LONG_FLOW_MS,
  );
});
