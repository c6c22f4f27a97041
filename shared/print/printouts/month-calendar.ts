import { todayIso } from '../../model/dates';
import { addDays } from '../../record/calendar-days';
import { refillStatus } from '../../record/medication-refill';
import { drawNote, drawTitleBlock } from '../blocks/headings';
import { drawTableSection } from '../blocks/table-section';
import { formatTime } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import type { PrintRequest } from '../print-request';
import type { Wording } from '../words';

interface Entry {
  day: string;
  text: string;
  bold: boolean;
}

function monthEntries(request: PrintRequest, wording: Wording, month: string): Entry[] {
  const { items } = request.record;
  const entries: Entry[] = [];
  for (const a of items.appointment) {
    if (!a.startsAt.startsWith(month) || a.status === 'cancelled') continue;
    const member = items.careTeamMember.find((m) => m.id === a.careTeamMemberId);
    entries.push({ day: a.startsAt.slice(0, 10), text: `${formatTime(a.startsAt, wording.language)} ${member?.name ?? a.withName}`.trim(), bold: true });
  }
  for (const t of items.task) {
    if (t.done || !t.dueDate.startsWith(month)) continue;
    entries.push({ day: t.dueDate, text: `${wording.say((w) => w.calendar.task)}: ${t.title}`, bold: false });
  }
  for (const med of items.medication) {
    if (med.status === 'stopped') continue;
    const next = refillStatus(med).nextRefillDate;
    if (next?.startsWith(month)) entries.push({ day: next, text: wording.say((w) => w.calendar.refill, { name: med.name }), bold: false });
  }
  return entries.sort((a, b) => a.day.localeCompare(b.day) || Number(b.bold) - Number(a.bold));
}

/**
 * A month to hang on the wall (PRODUCT.md "Printouts" 4): appointments in bold, tasks and
 * refills, a week per row. A busy day makes its row taller; nothing is cut to fit the box.
 */
export function drawMonthCalendar(doc: PrintDocument, wording: Wording, request: PrintRequest): void {
  const today = todayIso(request.options.today);
  const month = request.options.month ?? today.slice(0, 7);
  drawTitleBlock(doc, wording, (w) => w.titles.monthCalendar, request.record.person, today);
  const monthName = new Intl.DateTimeFormat(wording.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const heading = monthName.charAt(0).toLocaleUpperCase(wording.locale) + monthName.slice(1);
  const entries = monthEntries(request, wording, month);
  if (entries.length === 0) drawNote(doc, wording, (w) => w.calendar.nothing);

  const first = `${month}-01`;
  const offset = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const gridStart = addDays(first, -offset);
  const weekdays = wording.say((w) => w.calendar.weekdaysShort.join('|')).split('|');
  const columns = weekdays.map((name) => ({ header: [{ text: name, size: doc.scale.small, bold: true }], share: 1 }));
  const rows: Para[][][] = [];
  for (let week = 0; week < 6; week += 1) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(gridStart, week * 7 + i));
    if (week > 0 && !days.some((d) => d.startsWith(month))) break;
    rows.push(
      days.map((day): Para[] => {
        if (!day.startsWith(month)) return [];
        const own = entries.filter((e) => e.day === day).map((e): Para => ({ text: e.text, size: doc.scale.small, bold: e.bold, spaceBefore: 2 }));
        return [{ text: String(Number(day.slice(8))), size: doc.scale.body, bold: true, ink: day === today ? 'alert' : 'text' }, ...own];
      }),
    );
  }
  drawTableSection(doc, wording, () => heading, columns, rows, { minRowHeight: doc.scale.body * 6 });
}
