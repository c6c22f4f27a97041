import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../shared/model/dates';
import { groupMedications } from '../../../shared/record/medication/list-groups';
import { layOutPrintout, PRINTOUT_KINDS, printoutFileName, type PrintOptions, type PrintoutKind, type PrintRecord } from '../../../shared/print';
import { MARGIN } from '../../../shared/print/layout/page-setup';
import { medicineInstructions, medicineTitle } from '../../../shared/print/medicine-text';
import { HEART_VISIT_ID, realisticRecord, TODAY } from '../../fixtures/print/realistic-person';
import { twentyFiveMedicinesRecord } from '../../fixtures/print/twenty-five-medicines';
import { readPrintFonts } from './fonts';
import { firstOutOfOrder, pdfText } from './pdf-text';

const fonts = readPrintFonts();
const LANGUAGES = [
  { language: 'en', bilingual: false },
  { language: 'es', bilingual: false },
  { language: 'es', bilingual: true },
] as const;
const PAPERS = ['letter', 'a4'] as const;
const SIZES = ['normal', 'large'] as const;

function options(overrides: Partial<PrintOptions>): PrintOptions {
  return { paper: 'letter', size: 'normal', language: 'en', bilingual: false, today: TODAY, appointmentId: HEART_VISIT_ID, month: '2026-12', weekStart: '2026-11-30', ...overrides };
}

async function build(kind: PrintoutKind, opts: Partial<PrintOptions> = {}, record: PrintRecord = realisticRecord) {
  return layOutPrintout({ kind, record, fonts, options: options(opts) });
}

const VARIANTS = LANGUAGES.flatMap((lang) => PAPERS.flatMap((paper) => SIZES.map((size) => ({ ...lang, paper, size }))));

describe('every printout, in every language, paper and size', () => {
  const CASES = PRINTOUT_KINDS.flatMap((kind) => VARIANTS.map((variant) => ({ kind, ...variant })));
  it.each(CASES)('$kind $language bilingual=$bilingual $paper $size: no string runs outside its column or the page', async ({ kind, ...variant }) => {
    const { doc } = await build(kind, variant);
    expect(doc.drawn.length).toBeGreaterThan(10);
    for (const text of doc.drawn) {
      const where = `page ${text.page}: "${text.text}"`;
      expect(text.x, where).toBeGreaterThanOrEqual(text.column.left - 0.01);
      expect(text.x + text.width, where).toBeLessThanOrEqual(text.column.left + text.column.width + 0.01);
      expect(text.x, where).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(text.x + text.width, where).toBeLessThanOrEqual(doc.width - MARGIN + 0.01);
      expect(text.top, where).toBeLessThanOrEqual(doc.height - MARGIN + 0.01);
      expect(text.bottom, where).toBeGreaterThanOrEqual(MARGIN - 0.01);
    }
  }, 120_000);

  it('large print sets the body at 14 pt or more', async () => {
    const { doc } = await build('medicationList', { size: 'large' });
    expect(doc.scale.body).toBeGreaterThanOrEqual(14);
  });
});

describe('the medication list', () => {
  const meds = realisticRecord.items.medication;
  const groups = groupMedications(meds, todayIso(TODAY), 'en');
  const listed = [...groups.taking, ...groups.asNeeded, ...groups.paused];

  it.each(LANGUAGES)('names every medicine, instruction, allergy and contact, in order ($language, bilingual $bilingual)', async ({ language, bilingual }) => {
    const { bytes } = await build('medicationList', { language, bilingual });
    const text = pdfText(bytes);
    const ordered = groupMedications(meds, todayIso(TODAY), language === 'es' ? 'es' : 'en-US');
    const pieces = [...ordered.taking, ...ordered.asNeeded, ...ordered.paused].flatMap((med) => {
      const instructions = medicineInstructions(med, language, bilingual);
      return [medicineTitle(med), instructions.first, ...(instructions.english ? [instructions.english] : [])];
    });
    expect(firstOutOfOrder(text, pieces)).toBeNull();
    expect(firstOutOfOrder(text, ordered.recentlyStopped.map(medicineTitle))).toBeNull();
    for (const allergy of realisticRecord.items.allergy) {
      expect(text).toContain(allergy.substance);
      expect(text).toContain(allergy.reaction);
    }
    for (const contact of ['Lucía Hernández (daughter)', '(602) 555-0123', 'Tomás Hernández (son)', 'Walgreens #4471 on Indian School Rd', '(602) 555-0177', 'Dr. Adaeze Okafor', '(602) 555-0142']) {
      expect(text).toContain(contact);
    }
  });

  it('keeps a medicine stopped long ago off the list, and one stopped lately in its own section', async () => {
    const text = pdfText((await build('medicationList')).bytes);
    expect(text).not.toContain('Warfarin');
    expect(firstOutOfOrder(text, ['Stopped in the last 90 days', 'Glipizide 5 mg', 'Amlodipine 5 mg', 'Changes made at this visit'])).toBeNull();
    expect(firstOutOfOrder(text, ['Medicines taken regularly', listed[0]!.name, 'Medicines taken only when needed', 'Acetaminophen', 'Medicines on hold (paused)', 'Alendronate'])).toBeNull();
  });

  it('says "updated on" and "page X of Y" on every page', async () => {
    const { bytes, doc } = await build('medicationList');
    const pages = doc.pages.length;
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(bytes);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Updated on Dec 1, 2026 · Page ${page} of ${pages}`);
    const spanish = pdfText((await build('medicationList', { language: 'es' })).bytes);
    expect(spanish).toContain('Actualizado el 1 dic 2026 · Página 1 de');
  });

  it('puts the English under the Spanish when bilingual', async () => {
    const text = pdfText((await build('medicationList', { language: 'es', bilingual: true })).bytes);
    expect(firstOutOfOrder(text, ['ALERGIAS', 'ALLERGIES', 'Medicamentos de uso regular', 'Medicines taken regularly', 'Tome 1 tableta por la boca a las 8:00 de la mañana', 'Take 1 tablet by mouth at 8:00 AM'])).toBeNull();
    const plain = pdfText((await build('medicationList', { language: 'es', bilingual: false })).bytes);
    expect(plain).not.toContain('Medicines taken regularly');
  });

  it('fits 25 medicines on two letter pages at normal size', async () => {
    const { doc, bytes } = await build('medicationList', {}, twentyFiveMedicinesRecord);
    expect(doc.pages.length).toBeLessThanOrEqual(2);
    const text = pdfText(bytes);
    for (const med of twentyFiveMedicinesRecord.items.medication) expect(text).toContain(medicineTitle(med));
  });

  it('sets the title and language of the document', async () => {
    const { bytes } = await build('medicationList', { language: 'es' });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Lista de medicamentos — Rosa María Hernández de la Cruz');
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toContain('es');
  });
});

describe('the other printouts', () => {
  it('the visit sheet has the visit, its questions, allergies and notes lines', async () => {
    const text = pdfText((await build('visitSheet')).bytes);
    const questions = realisticRecord.items.question.map((q) => q.text);
    expect(firstOutOfOrder(text, ['Visit sheet', 'Tuesday, December 8, 2026, 9:30 AM', 'Dr. Erik Lindqvist', 'Valley Heart Institute, 1300 N 12th St', ...questions, 'ALLERGIES', 'Penicillin', 'Medicines', 'Notes from the visit'])).toBeNull();
  });

  it('the visit sheet writes measured numbers with at most two decimals, in the language’s own way', async () => {
    const [weight, ...rest] = realisticRecord.items.measurement.filter((m) => m.type === 'weight');
    const precise = { ...realisticRecord, items: { ...realisticRecord.items, measurement: [{ ...weight!, value: 74.3985 }, ...rest] } };
    expect(pdfText((await build('visitSheet', {}, precise)).bytes)).toContain('74.4 kg');
    const spanish = pdfText((await build('visitSheet', { language: 'es' }, precise)).bytes);
    expect(spanish).toContain('74,4 kg');
    expect(spanish).not.toContain('74.3985');
  });

  it('the emergency sheet has the hospital, the advance directive, contacts, conditions and medicines', async () => {
    const text = pdfText((await build('emergencySheet')).bytes);
    expect(firstOutOfOrder(text, ['ALLERGIES', 'Penicillin', 'Preferred hospital', 'St. Luke’s Medical Center', 'Blue folder in the top drawer', 'Who to call', 'Lucía Hernández (daughter)', '(602) 555-0123', 'Irregular heartbeat', 'Apixaban 5 mg'])).toBeNull();
  });

  it('the care team directory lists everyone with their phone', async () => {
    const text = pdfText((await build('careTeamDirectory', { language: 'es' })).bytes);
    for (const member of realisticRecord.items.careTeamMember) {
      expect(text).toContain(member.name);
      expect(text).toContain(member.phone);
    }
    expect(text).toContain('Contacto de emergencia');
  });

  it('the wallet card keeps every allergy and counts the medicines it could not fit', async () => {
    const text = pdfText((await build('walletCard')).bytes);
    for (const allergy of realisticRecord.items.allergy) expect(text).toContain(allergy.substance);
    expect(text).toMatch(/and \d+ more: see the full medication list/);
  });

  it('the month calendar shows appointments, tasks and the days of the month', async () => {
    const text = pdfText((await build('monthCalendar')).bytes);
    expect(firstOutOfOrder(text, ['December 2026', '9:30 AM Dr. Erik Lindqvist', '2:00 PM Dr. Keiko Nakamura', '10:15 AM Dr. Adaeze Okafor'])).toBeNull();
    expect(text).toContain('To do: Pick up Eliquis refill');
    expect(text).toContain('31');
  });

  it('the weekly schedule has a row for each daily medicine and part of the day', async () => {
    const { bytes } = await build('weeklySchedule');
    const text = pdfText(bytes);
    expect(firstOutOfOrder(text, ['Mon 30', 'Sun 6', 'Apixaban 5 mg', 'Morning', 'Bedtime'])).toBeNull();
    expect(text).not.toContain('Nitroglycerin');
  });
});

describe('hostile text', () => {
  it('wraps an unbreakable word and replaces characters the font lacks, without failing', async () => {
    const record: PrintRecord = {
      ...realisticRecord,
      person: { ...realisticRecord.person, fullName: 'Zoë Łukasiewicz-Ōtani 王' },
      items: {
        ...realisticRecord.items,
        medication: [{ ...realisticRecord.items.medication[0]!, name: 'Supercalifragilisticexpialidociousmedicinewithnospaces'.repeat(3), instructions: 'Take ≥ 2 tablets\r\nthen → rest\ttoday', instructionsEdited: true }],
      },
    };
    const { doc, bytes } = await build('medicationList', { size: 'large' }, record);
    for (const text of doc.drawn) expect(text.x + text.width).toBeLessThanOrEqual(text.column.left + text.column.width + 0.01);
    const text = pdfText(bytes);
    expect(text).toContain('Take >= 2 tablets');
    expect(text).toContain('then -> rest today');
    expect(text).toContain('Zoë Lukasiewicz-Otani ?');
    expect(text).not.toContain('≥');
  });
});

describe('file names', () => {
  it('say what and when, never whose', () => {
    expect(printoutFileName('medicationList', { language: 'en', today: TODAY })).toBe('medication-list-2026-12-01.pdf');
    expect(printoutFileName('visitSheet', { language: 'es', today: TODAY })).toBe('hoja-para-la-consulta-2026-12-01.pdf');
    for (const kind of PRINTOUT_KINDS) expect(printoutFileName(kind, { language: 'es', today: TODAY })).toMatch(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});

describe('fonts bundled as data URLs', () => {
  it('decode to the same bytes as the file', async () => {
    const { bytesFromDataUrl } = await import('../../../shared/print');
    const url = `data:font/woff;base64,${Buffer.from(fonts.regular).toString('base64')}`;
    expect(bytesFromDataUrl(url)).toEqual(fonts.regular);
    expect(() => bytesFromDataUrl('https://example.com/font.woff')).toThrow();
  });
});
