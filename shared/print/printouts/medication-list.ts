import type { Medication } from '../../model/medication';
import { todayIso } from '../../model/dates';
import { groupMedications, stoppedOn } from '../../record/medication/list-groups';
import { drawAllergyBox } from '../blocks/allergy-box';
import { drawContactStrip } from '../blocks/contact-strip';
import { keyContacts } from '../blocks/contacts';
import { drawNote, drawTitleBlock } from '../blocks/headings';
import { drawTableSection, tableHeader } from '../blocks/table-section';
import { formatDate } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import { tableLeadHeight, type TableColumn } from '../layout/table';
import { medicineInstructions, medicinePurposeText, medicineTitle, prescriberName, type TwoLanguages } from '../medicine-text';
import type { PrintRecord, PrintRequest } from '../print-request';
import { PRINT_WORDS, type PrintWords, type Wording } from '../words';

type Pick = (w: PrintWords) => string;

/** The text of a cell: the printout's language, and the English under it in grey when there is one. */
function twoLanguageParas(doc: PrintDocument, text: TwoLanguages): Para[] {
  const paras: Para[] = [{ text: text.first, size: doc.scale.body }];
  if (text.english) paras.push({ text: text.english, size: doc.scale.small, ink: 'muted', spaceBefore: 1 });
  return paras;
}

/** Columns sized for what they hold: the instruction sentence gets the most room. */
function medicineColumns(doc: PrintDocument, wording: Wording): TableColumn[] {
  return [
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.medicine), share: 24 },
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.howToTake), share: 29 },
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.purpose), share: 29 },
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.prescriber), share: 18 },
  ];
}

export function medicineRow(doc: PrintDocument, wording: Wording, med: Medication, record: PrintRecord): Para[][] {
  const { scale } = doc;
  const name: Para[] = [{ text: medicineTitle(med), size: scale.body, bold: true }];
  if (med.brandName.trim() && med.brandName.trim().toLowerCase() !== med.name.trim().toLowerCase()) {
    name.push({ text: wording.say((w) => w.medicines.brand, { brand: med.brandName.trim() }), size: scale.small, ink: 'muted' });
  }
  const usuallyFor = (lang: 'en' | 'es', purpose: string): string => PRINT_WORDS[lang].medicines.usuallyFor.replace('{{purpose}}', purpose);
  const purpose = medicinePurposeText(med, wording.language, wording.bilingual, usuallyFor);
  const who: Para[] = [];
  const prescriber = prescriberName(med, record.items.careTeamMember);
  if (prescriber) who.push({ text: prescriber, size: scale.small });
  if (med.startDate) who.push({ text: wording.say((w) => w.medicines.since, { date: formatDate(med.startDate, wording.language) }), size: scale.small, ink: 'muted' });
  return [name, twoLanguageParas(doc, medicineInstructions(med, wording.language, wording.bilingual)), purpose.first ? twoLanguageParas(doc, purpose) : [], who];
}

function drawMedicineSection(doc: PrintDocument, wording: Wording, title: Pick, meds: readonly Medication[], record: PrintRecord): void {
  if (meds.length === 0) return;
  drawTableSection(doc, wording, title, medicineColumns(doc, wording), meds.map((med) => medicineRow(doc, wording, med, record)), { zebra: true });
}

function drawStoppedSection(doc: PrintDocument, wording: Wording, meds: readonly Medication[]): void {
  if (meds.length === 0) return;
  const columns: TableColumn[] = [
    { header: tableHeader(doc, wording, (w) => w.medicines.stoppedColumns.medicine), share: 40 },
    { header: tableHeader(doc, wording, (w) => w.medicines.stoppedColumns.stoppedOn), share: 18 },
    { header: tableHeader(doc, wording, (w) => w.medicines.stoppedColumns.reason), share: 42 },
  ];
  const rows = meds.map((med) => [
    [{ text: medicineTitle(med), size: doc.scale.body, bold: true }],
    [{ text: formatDate(stoppedOn(med), wording.language), size: doc.scale.body }],
    [{ text: med.statusReason, size: doc.scale.body }],
  ]);
  drawTableSection(doc, wording, (w) => w.medicines.stopped, columns, rows);
}

/**
 * Empty rows to write changes in at the visit, tall enough for handwriting: up to `most`,
 * fewer when that keeps the list from spilling onto a page of its own (never fewer than two).
 */
export function drawChangeRows(doc: PrintDocument, wording: Wording, most: number): void {
  const columns: TableColumn[] = [
    { header: tableHeader(doc, wording, (w) => w.medicines.changeColumns.medicine), share: 30 },
    { header: tableHeader(doc, wording, (w) => w.medicines.changeColumns.change), share: 50 },
    { header: tableHeader(doc, wording, (w) => w.medicines.changeColumns.by), share: 20 },
  ];
  const minRowHeight = doc.scale.body * 2.4;
  const blank = (count: number): Para[][][] => Array.from({ length: count }, () => [[], [], []]);
  const lead = tableLeadHeight(doc, columns, blank(1), { minRowHeight }) + doc.lineHeight(doc.scale.heading) * (wording.bilingual ? 2 : 1) + 8;
  const fit = Math.floor((doc.room() - lead) / minRowHeight) + 1;
  const count = fit >= 2 ? Math.min(most, fit) : most;
  drawTableSection(doc, wording, (w) => w.medicines.changes, columns, blank(count), { minRowHeight });
}

/**
 * The list people bring to visits (PRODUCT.md "Printouts" 1): who, allergies in a box,
 * contacts, then the medicines taken regularly, as needed, paused and recently stopped, and
 * rows for what changes at the visit.
 */
export function drawMedicationList(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  const today = todayIso(options.today);
  drawTitleBlock(doc, wording, (w) => w.titles.medicationList, record.person, today);
  drawAllergyBox(doc, wording, record.items.allergy);
  drawContactStrip(doc, wording, keyContacts(record.items.careTeamMember, record.items.medication));
  const groups = groupMedications(record.items.medication, today, wording.locale);
  const none = groups.taking.length + groups.asNeeded.length + groups.paused.length + groups.recentlyStopped.length === 0;
  if (none) drawNote(doc, wording, (w) => w.medicines.none);
  drawMedicineSection(doc, wording, (w) => w.medicines.daily, groups.taking, record);
  drawMedicineSection(doc, wording, (w) => w.medicines.asNeeded, groups.asNeeded, record);
  drawMedicineSection(doc, wording, (w) => w.medicines.paused, groups.paused, record);
  drawStoppedSection(doc, wording, groups.recentlyStopped);
  drawChangeRows(doc, wording, 4);
}
