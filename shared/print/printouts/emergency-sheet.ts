import type { CareTeamMember } from '../../model/care-team';
import { todayIso } from '../../model/dates';
import { conditionTitle } from '../../record/conditions/display-name';
import { groupMedications } from '../../record/medication/list-groups';
import { drawAllergyBox } from '../blocks/allergy-box';
import { drawBullets, drawFields } from '../blocks/fields';
import { drawNote, drawSectionHeading, drawTitleBlock } from '../blocks/headings';
import { drawTableSection, tableHeader } from '../blocks/table-section';
import type { Para, PrintDocument } from '../layout/print-document';
import { medicineInstructions, medicineTitle } from '../medicine-text';
import type { PrintRequest } from '../print-request';
import type { Wording } from '../words';

function contactRow(doc: PrintDocument, wording: Wording, member: CareTeamMember): Para[][] {
  const role = [wording.say((w) => w.careTeam.roles[member.role]), member.specialty].filter((s) => s.trim()).join(' · ');
  return [
    [{ text: member.name, size: doc.scale.body, bold: true }, { text: role, size: doc.scale.small, ink: 'muted' }],
    [{ text: member.phone, size: doc.scale.body + 1, bold: true }],
    [{ text: member.handles, size: doc.scale.small }],
  ];
}

/**
 * For the fridge or the paramedics (PRODUCT.md "Printouts" 5): allergies first, who to call,
 * the hospital and where the advance directive is, then conditions and medicines.
 */
export function drawEmergencySheet(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  const today = todayIso(options.today);
  const { person } = record;
  drawTitleBlock(doc, wording, (w) => w.titles.emergencySheet, person, today);
  drawAllergyBox(doc, wording, record.items.allergy);

  drawFields(doc, wording, [
    { label: (w) => w.emergency.preferredHospital, value: person.preferredHospital ?? '' },
    { label: (w) => w.emergency.advanceDirective, value: person.advanceDirectiveLocation ?? '' },
  ], 0.34);

  const team = record.items.careTeamMember;
  const contacts = [...team.filter((m) => m.emergencyContact), ...team.filter((m) => !m.emergencyContact && (m.role === 'primaryCare' || m.role === 'specialist'))];
  if (contacts.length === 0) drawNote(doc, wording, (w) => w.emergency.noContacts);
  else {
    const columns = [
      { header: tableHeader(doc, wording, (w) => w.careTeam.columns.who), share: 36 },
      { header: tableHeader(doc, wording, (w) => w.careTeam.phone), share: 26 },
      { header: tableHeader(doc, wording, (w) => w.careTeam.columns.handles), share: 38 },
    ];
    drawTableSection(doc, wording, (w) => w.emergency.contacts, columns, contacts.map((m) => contactRow(doc, wording, m)));
  }

  const active = record.items.condition.filter((c) => c.status === 'active');
  drawSectionHeading(doc, wording, (w) => w.emergency.conditions, 30);
  if (active.length === 0) drawNote(doc, wording, (w) => w.conditions.none);
  drawBullets(doc, active.map((c) => [{ text: conditionTitle(c, wording.language), size: doc.scale.body }]));
  doc.gap(6);

  const groups = groupMedications(record.items.medication, today, wording.locale);
  const current = [...groups.taking, ...groups.asNeeded];
  if (current.length === 0) {
    drawSectionHeading(doc, wording, (w) => w.emergency.medicines, 30);
    drawNote(doc, wording, (w) => w.medicines.none);
    return;
  }
  const columns = [
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.medicine), share: 38 },
    { header: tableHeader(doc, wording, (w) => w.medicines.columns.howToTake), share: 62 },
  ];
  const rows = current.map((med) => [
    [{ text: medicineTitle(med), size: doc.scale.body, bold: true }],
    [{ text: medicineInstructions(med, wording.language, false).first, size: doc.scale.body }],
  ]);
  drawTableSection(doc, wording, (w) => w.emergency.medicines, columns, rows, { zebra: true });
}
