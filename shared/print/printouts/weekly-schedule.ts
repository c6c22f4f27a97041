import { addDays } from '../../record/calendar-days';
import { todayIso } from '../../model/dates';
import { WEEKDAYS, type Medication, type Weekday } from '../../model/medication';
import { groupMedications } from '../../record/medication/list-groups';
import { drawNote, drawTitleBlock } from '../blocks/headings';
import { drawTableSection, tableHeader } from '../blocks/table-section';
import { formatDate } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import type { TableColumn } from '../layout/table';
import { medicineInstructions, medicineTitle } from '../medicine-text';
import type { PrintRequest } from '../print-request';
import type { Wording } from '../words';

const SLOTS = ['morning', 'midday', 'evening', 'bedtime'] as const;
type Slot = (typeof SLOTS)[number];

function slotOfHour(hour: number): Slot {
  if (hour < 11) return 'morning';
  if (hour < 15) return 'midday';
  if (hour < 20) return 'evening';
  return 'bedtime';
}

/** Which parts of the day a medicine is taken, from its timing; none when it has no set rhythm. */
export function slotsOf(med: Medication): Slot[] {
  const { timing } = med;
  const bedtime = med.foodCue === 'atBedtime';
  const byCount = (count: number): Slot[] =>
    count >= 4 ? [...SLOTS] : count === 3 ? ['morning', 'midday', 'evening'] : count === 2 ? ['morning', 'evening'] : [bedtime ? 'bedtime' : 'morning'];
  switch (timing.kind) {
    case 'setTimes':
      return SLOTS.filter((slot) => timing.times.some((time) => slotOfHour(Number(time.slice(0, 2))) === slot));
    case 'timesPerDay':
      return byCount(timing.timesPerDay);
    case 'daysOfWeek':
      return byCount(timing.timesPerDay);
    case 'everyHours':
      return byCount(Math.floor(24 / timing.hours));
    case 'none':
      return [];
  }
}

const weekdayOf = (iso: string): Weekday => WEEKDAYS[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7]!;

/**
 * A week on one page (PRODUCT.md "Printouts" 4): a row per medicine and part of the day, a
 * tick box for each day it is due. Medicines taken only when needed are not scheduled.
 */
export function drawWeeklySchedule(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const { record, options } = request;
  const today = todayIso(options.today);
  const start = options.weekStart ?? today;
  drawTitleBlock(doc, wording, (w) => w.titles.weeklySchedule, record.person, today);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const meds = groupMedications(record.items.medication, today, wording.locale).taking;
  const rows: { med: Medication; slot: Slot }[] = meds.flatMap((med) => slotsOf(med).map((slot) => ({ med, slot })));
  if (rows.length === 0) {
    drawNote(doc, wording, (w) => w.calendar.noDaily);
    return;
  }
  const weekdays = wording.say((w) => w.calendar.weekdaysShort.join('|')).split('|');
  const columns: TableColumn[] = [
    { header: tableHeader(doc, wording, (w) => w.calendar.medicine), share: 30 },
    { header: tableHeader(doc, wording, (w) => w.calendar.when), share: 13 },
    ...days.map((day) => ({ header: [{ text: `${weekdays[WEEKDAYS.indexOf(weekdayOf(day))]} ${Number(day.slice(8))}`, size: doc.scale.small, bold: true }], share: 57 / 7 })),
  ];
  const tableRows = rows.map(({ med, slot }, index): Para[][] => {
    const first = index === 0 || rows[index - 1]!.med.id !== med.id;
    const name: Para[] = first ? [{ text: medicineTitle(med), size: doc.scale.body, bold: true }, { text: medicineInstructions(med, wording.language, false).first, size: doc.scale.small, ink: 'muted' }] : [];
    return [name, [{ text: wording.say((w) => w.calendar.times[slot]), size: doc.scale.body }], ...days.map(() => [])];
  });
  const due = (med: Medication, day: string): boolean => med.timing.kind !== 'daysOfWeek' || med.timing.days.includes(weekdayOf(day));
  const box = doc.scale.body * 1.1;
  doc.flow([{ text: wording.say((w) => w.calendar.weekOf, { date: formatDate(start, wording.language) }), size: doc.scale.heading, bold: true }]);
  doc.flow([{ text: wording.say((w) => w.calendar.tick), size: doc.scale.body }]);
  drawTableSection(doc, wording, (w) => w.titles.weeklySchedule, columns, tableRows, {
    minRowHeight: box + 10,
    decorate: (row, column, cell) => {
      const entry = rows[row];
      if (!entry || column < 2 || !due(entry.med, days[column - 2]!)) return;
      const top = cell.top - 5;
      doc.box(cell.left + (cell.width - box) / 2, top - box, box, box, { border: 'text', thickness: 1 });
    },
  });
}
