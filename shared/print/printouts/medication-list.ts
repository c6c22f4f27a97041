import type { Medication } from '../../model/medication';
import { todayIso } from '../../model/dates';
import { groupMedications, stoppedOn } from '../../record/medication/list-groups';
import { drawAllergyBox } from '../blocks/allergy-box';
import { drawContactStrip } from '../blocks/contact-strip';
import { keyContacts } from '../blocks/contacts';
import { bilingualParas, drawNote, drawSectionHeading, drawTitleBlock } from '../blocks/headings';
import { formatDate } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import { drawTable, type TableColumn } from '../layout/table';
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

function header(doc: PrintDocument, wording: Wording, pick: Pick): Para[] {
  return bilingualParas(doc, wording, pick, { size: doc.scale.small, bold: true });
}

/** Columns sized for what they hold: the instruction sentence gets the most room. */
function medicineColumns(doc: PrintDocument, wording: Wording): TableColumn[] {
  return [
    { header: header(doc, wording, (w) => w.medicines.columns.medicine), share: 27 },
    { header: header(doc, wording, (w) => w.medicines.columns.howToTake), share: 37 },
    { header: header(doc, wording, (w) => w.medicines.columns.purpose), share: 20 },
    { header: header(doc, wording, (w) => w.medicines.columns.prescriber), share: 16 },
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
  drawSectionHeading(doc, wording, title, 60);
  drawTable(doc, medicineColumns(doc, wording), meds.map((med) => medicineRow(doc, wording, med, record)), { zebra: true });
  doc.gap(8);
}

function drawStoppedSection(doc: PrintDocument, wording: Wording, meds: readonly Medication[]): void {
  if (meds.length === 0) return;
  drawSectionHeading(doc, wording, (w) => w.medicines.stopped, 60);
  const columns: TableColumn[] = [
    { header: header(doc, wording, (w) => w.medicines.stoppedColumns.medicine), share: 40 },
    { header: header(doc, wording, (w) => w.medicines.stoppedColumns.stoppedOn), share: 18 },
    { header: header(doc, wording, (w) => w.medicines.stoppedColumns.reason), share: 42 },
  ];
  const rows = meds.map((med) => [
    [{ text: medicineTitle(med), size: doc.scale.body, bold: true }],
    [{ text: formatDate(stoppedOn(med), wording.language), size: doc.scale.body }],
    [{ text: med.statusReason, size: doc.scale.body }],
  ]);
  drawTable(doc, columns, rows);
  doc.gap(8);
}

/** Empty rows to write changes in at the visit, tall enough for handwriting. */
export function drawChangeRows(doc: PrintDocument, wording: Wording, count: number): void {
  drawSectionHeading(doc, wording, (w) => w.medicines.changes, 80);
  const columns: TableColumn[] = [
    { header: header(doc, wording, (w) => w.medicines.changeColumns.medicine), share: 30 },
    { header: header(doc, wording, (w) => w.medicines.changeColumns.change), share: 50 },
    { header: header(doc, wording, (w) => w.medicines.changeColumns.by), share: 20 },
  ];
  drawTable(doc, columns, Array.from({ length: count }, () => [[], [], []]), { minRowHeight: doc.scale.body * 2.4 });
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
