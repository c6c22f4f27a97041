import type { Appointment } from '../../model/appointment';
import { todayIso } from '../../model/dates';
import type { Goal } from '../../model/goal';
import type { Measurement } from '../../model/measurement';
import { conditionTitle } from '../../record/conditions/display-name';
import { groupMedications } from '../../record/medication/list-groups';
import { drawAllergyBox } from '../blocks/allergy-box';
import { drawBullets, drawFields, drawWritingLines } from '../blocks/fields';
import { drawNote, drawSectionHeading, drawTitleBlock } from '../blocks/headings';
import { drawTableSection, tableHeader } from '../blocks/table-section';
import { formatDate, formatDateTime, formatNumber } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import { medicineInstructions, medicineTitle } from '../medicine-text';
import type { PrintRecord, PrintRequest } from '../print-request';
import type { Wording } from '../words';

/** The day of the last visit that took place before this one: what "changed since" counts from. */
function lastVisitDay(appointment: Appointment, all: readonly Appointment[]): string {
  return (
    all
      .filter((a) => a.id !== appointment.id && a.status === 'done' && a.startsAt < appointment.startsAt)
      .map((a) => a.startsAt.slice(0, 10))
      .sort()
      .at(-1) ?? ''
  );
}

function goalText(goal: Goal, wording: Wording): string {
  if (goal.targetValue === null) return goal.statement;
  const number = (n: number): string => formatNumber(n, wording.language);
  const value = goal.targetValue2 === null ? number(goal.targetValue) : `${number(goal.targetValue)}/${number(goal.targetValue2)}`;
  const target = `${wording.say((w) => w.goals.comparators[goal.targetComparator])} ${value} ${goal.targetUnit}`.trim();
  return `${goal.statement} — ${wording.say((w) => w.goals.target, { target })}`;
}

function measurementText(m: Measurement, wording: Wording): string {
  const type = wording.say((w) => w.measurements.types[m.type], { name: m.customName });
  const number = (n: number): string => formatNumber(n, wording.language);
  const value = m.value2 === null ? number(m.value) : `${number(m.value)}/${number(m.value2)}`;
  const context = m.context.trim() ? ` (${m.context.trim()})` : '';
  return `${type}: ${value} ${m.unit}${context} — ${formatDate(m.takenAt.slice(0, 10), wording.language)}`;
}

function drawMedicines(doc: PrintDocument, wording: Wording, record: PrintRecord, today: string, since: string): void {
  const groups = groupMedications(record.items.medication, today, wording.locale);
  const current = [...groups.taking, ...groups.asNeeded, ...groups.paused];
  const changed = record.items.medication.flatMap((med) =>
    med.history.filter((entry) => entry.date.slice(0, 10) > since && entry.change !== 'imported').map((entry) => ({ med, entry })),
  );
  if (current.length === 0) {
    drawSectionHeading(doc, wording, (w) => w.visit.medicines, 30);
    drawNote(doc, wording, (w) => w.medicines.none);
  } else {
    const columns = [
      { header: tableHeader(doc, wording, (w) => w.medicines.columns.medicine), share: 36 },
      { header: tableHeader(doc, wording, (w) => w.medicines.columns.howToTake), share: 64 },
    ];
    const rows = current.map((med) => [
      [{ text: medicineTitle(med), size: doc.scale.body, bold: true }],
      [{ text: medicineInstructions(med, wording.language, false).first, size: doc.scale.body }],
    ]);
    drawTableSection(doc, wording, (w) => w.visit.medicines, columns, rows, { zebra: true });
  }
  drawSectionHeading(doc, wording, (w) => w.visit.changedSince, 30);
  if (changed.length === 0) drawNote(doc, wording, (w) => w.visit.noChanges);
  drawBullets(
    doc,
    changed.map(({ med, entry }): Para[] => {
      const what = [entry.from, entry.to].filter((s) => s.trim()).join(' → ');
      const text = `${formatDate(entry.date.slice(0, 10), wording.language)} · ${medicineTitle(med)}: ${wording.say((w) => w.visit.change[entry.change])}${what ? ` (${what})` : ''}${entry.reason ? ` — ${entry.reason}` : ''}`;
      return [{ text, size: doc.scale.body }];
    }),
  );
  doc.gap(6);
}

/**
 * One sheet for one appointment (PRODUCT.md "Printouts" 3): when, where, with whom, why;
 * questions to ask with room for answers; medicines and what changed since the last visit;
 * allergies; conditions; goals and recent measurements; lines for notes.
 */
export function drawVisitSheet(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  const today = todayIso(options.today);
  drawTitleBlock(doc, wording, (w) => w.titles.visitSheet, record.person, today);
  const appointment = record.items.appointment.find((a) => a.id === options.appointmentId);
  if (!appointment) {
    drawNote(doc, wording, (w) => w.visit.missing);
    return;
  }
  const member = record.items.careTeamMember.find((m) => m.id === appointment.careTeamMemberId);
  const withWhom = member ? [member.name, member.specialty, member.organization, member.phone].filter((s) => s.trim()).join(' · ') : appointment.withName;
  drawFields(doc, wording, [
    { label: (w) => w.visit.when, value: formatDateTime(appointment.startsAt, wording.language) },
    { label: (w) => w.visit.withWhom, value: withWhom },
    { label: (w) => w.visit.where, value: appointment.location },
    { label: (w) => w.visit.video, value: appointment.videoLink },
    { label: (w) => w.visit.why, value: appointment.reason },
    { label: (w) => w.visit.prepare, value: appointment.preparation },
  ]);
  doc.gap(4);

  const questions = record.items.question.filter((q) => q.status !== 'answered' && (q.appointmentId === appointment.id || appointment.questionIds.includes(q.id)));
  drawSectionHeading(doc, wording, (w) => w.visit.questions, 50);
  if (questions.length === 0) drawNote(doc, wording, (w) => w.visit.noQuestions);
  questions.forEach((q, index) => {
    doc.flow([{ text: `${index + 1}. ${q.text}`, size: doc.scale.body, bold: true }], doc.fullColumn, 2);
    drawWritingLines(doc, 1);
  });

  drawAllergyBox(doc, wording, record.items.allergy);
  drawMedicines(doc, wording, record, today, lastVisitDay(appointment, record.items.appointment));

  const conditions = record.items.condition.filter((c) => c.status === 'active');
  drawSectionHeading(doc, wording, (w) => w.visit.conditions, 30);
  if (conditions.length === 0) drawNote(doc, wording, (w) => w.conditions.none);
  drawBullets(doc, conditions.map((c) => [{ text: conditionTitle(c, wording.language), size: doc.scale.body }]));
  doc.gap(6);

  const goals = record.items.goal.filter((g) => g.status === 'active');
  drawSectionHeading(doc, wording, (w) => w.visit.goals, 30);
  if (goals.length === 0) drawNote(doc, wording, (w) => w.goals.none);
  drawBullets(doc, goals.map((g) => [{ text: goalText(g, wording), size: doc.scale.body }]));
  doc.gap(6);

  const recent = [...record.items.measurement].sort((a, b) => b.takenAt.localeCompare(a.takenAt)).slice(0, 8);
  drawSectionHeading(doc, wording, (w) => w.visit.measurements, 30);
  if (recent.length === 0) drawNote(doc, wording, (w) => w.measurements.none);
  drawBullets(doc, recent.map((m) => [{ text: measurementText(m, wording), size: doc.scale.body }]));
  doc.gap(6);

  drawSectionHeading(doc, wording, (w) => w.visit.notes, 60);
  drawWritingLines(doc, 6);
}
