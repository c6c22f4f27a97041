import { todayIso } from '../model/dates';
import { stampFooters } from './blocks/footer';
import { PrintDocument } from './layout/print-document';
import { TYPE_SCALES } from './layout/page-setup';
import type { PrintoutKind, PrintRequest } from './print-request';
import { drawCareTeamDirectory } from './printouts/care-team-directory';
import { drawEmergencySheet } from './printouts/emergency-sheet';
import { drawMedicationList } from './printouts/medication-list';
import { drawMonthCalendar } from './printouts/month-calendar';
import { drawVisitSheet } from './printouts/visit-sheet';
import { drawWalletCard } from './printouts/wallet-card';
import { drawWeeklySchedule } from './printouts/weekly-schedule';
import { PRINT_WORDS, Wording } from './words';

type Draw = (doc: PrintDocument, wording: Wording, request: PrintRequest) => void;

const DRAW: Readonly<Record<PrintoutKind, Draw>> = {
  medicationList: drawMedicationList,
  visitSheet: drawVisitSheet,
  walletCard: drawWalletCard,
  emergencySheet: drawEmergencySheet,
  monthCalendar: drawMonthCalendar,
  weeklySchedule: drawWeeklySchedule,
  careTeamDirectory: drawCareTeamDirectory,
};

/** Lays a printout out and returns it as PDF bytes; also the drawn strings' boxes, for tests. */
export async function layOutPrintout(request: PrintRequest): Promise<{ doc: PrintDocument; bytes: Uint8Array }> {
  const { options, record } = request;
  const doc = await PrintDocument.create(request.fonts, options.paper, TYPE_SCALES[options.size]);
  const wording = new Wording(options);
  DRAW[request.kind](doc, wording, request);
  stampFooters(doc, wording, record.person.fullName, todayIso(options.today));

  // Metadata: a screen reader announces the title; the language picks its voice.
  const title = `${PRINT_WORDS[options.language].titles[request.kind]} — ${record.person.fullName}`;
  doc.pdf.setTitle(title, { showInWindowTitleBar: true });
  doc.pdf.setLanguage(options.language === 'es' ? 'es' : 'en-US');
  doc.pdf.setSubject(PRINT_WORDS[options.language].titles[request.kind]);
  doc.pdf.setCreator('CareBinder');
  doc.pdf.setProducer('CareBinder');
  // The day it was made, not the second: the same record prints the same bytes.
  doc.pdf.setCreationDate(options.today);
  doc.pdf.setModificationDate(options.today);
  const bytes = await doc.pdf.save();
  return { doc, bytes };
}

/** The PDF of one printout for one person (PRODUCT.md "Printouts"). */
export async function buildPrintout(request: PrintRequest): Promise<Uint8Array> {
  return (await layOutPrintout(request)).bytes;
}
