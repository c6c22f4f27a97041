import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCalendar, eventUid } from '../../../shared/calendar';
import { appointment, calendarWords, medication, member, mustGet, parseCalendar, record, task } from './helpers';

const en = calendarWords('en');
const now = new Date('2026-02-01T12:00:00Z');
const hostile = (JSON.parse(readFileSync(new URL('../../fixtures/calendar/hostile-text.json', import.meta.url), 'utf8')) as { strings: string[] }).strings;

/** What a reader should get back: line breaks of any kind as "\n", other control characters as spaces, ends trimmed. */
// eslint-disable-next-line no-control-regex -- the characters iCalendar TEXT may not carry
const expected = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ').trim();

const APPOINTMENT_PROPERTIES = ['uid', 'sequence', 'dtstamp', 'dtstart', 'dtend', 'summary', 'location', 'description', 'status', 'last-modified'];

/** One calendar where a single piece of text sits in every field people type: names, place, notes. */
function calendarWith(text: string): string {
  // Fields are set after the schema (which trims and requires names): the writer must cope with any text.
  const who = { ...member('m-1', 'p-1'), name: text, phone: text };
  return exportCalendar(
    [
      record(
        { id: 'p-1', fullName: text },
        {
          careTeamMember: [who],
          appointment: [{ ...appointment('a-1', 'p-1', { careTeamMemberId: 'm-1', timeZone: 'America/Chicago' }), location: text, reason: text, preparation: text }],
          task: [{ ...task('t-1', 'p-1', { dueDate: '2026-03-01' }), title: text, notes: text }],
          medication: [{ ...medication('med-1', 'p-1', { lastFillDate: '2026-01-01', daysSupply: 30 }), name: text, pharmacy: text }],
        },
      ),
      // A second person, so names also go into every summary.
      record({ id: 'p-2', fullName: 'Second' }),
    ],
    en,
    now,
  );
}

function expectIntact(text: string): void {
  const ics = calendarWith(text);
  // Nothing typed can start a line of its own: every raw line is a property we wrote, or a fold.
  const lines = ics.split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/^ATTENDEE|[\r\n]/);
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
  expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(3);
  const { events, calendar } = parseCalendar(ics);
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(3);
  const want = expected(text);
  const visit = mustGet(events, eventUid('appointment', 'a-1'));
  if (want !== '') {
    expect(visit.propertyNames).toEqual(APPOINTMENT_PROPERTIES);
    expect(visit.event.location).toBe(want);
    expect(visit.event.summary).toBe(expected(`${text}: Visit: ${text}`));
    const lines = [`With: ${text}`, `Phone: ${text}`, `Why: ${text}`, `How to get ready: ${text}`].map(expected).filter((line) => line !== '');
    expect(visit.event.description).toBe(lines.join('\n'));
  }
  const todo = mustGet(events, eventUid('task', 't-1'));
  const allDay = ['description', 'dtstamp', 'dtstart', 'last-modified', 'sequence', 'summary', 'uid', 'x-microsoft-cdo-alldayevent', 'x-microsoft-msncalendar-alldayevent'];
  for (const name of todo.propertyNames) expect(allDay).toContain(name);
  expect(todo.event.summary).toBe(expected(`${text}: To do: ${text}`));
  const refill = mustGet(events, eventUid('refill', 'med-1'));
  expect(refill.event.summary).toBe(expected(`${text}: Refill: ${text}`));
  for (const { component } of events.values()) {
    expect(component.getAllProperties('attendee')).toHaveLength(0);
    expect(component.getAllSubcomponents('vevent')).toHaveLength(0);
  }
}

describe('text in a calendar file (RFC 5545 escaping)', () => {
  it.each(hostile)('comes back intact and creates no property: %j', (text) => {
    expectIntact(text);
  });

  it('holds for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expectIntact(text);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps real medicine names and directions from the corpus exactly', () => {
    const file = new URL('../../../../shared/corpus/sigs/extracted_from_ccda.tsv', import.meta.url);
    if (!existsSync(file)) {
      console.warn('skipped: ../shared/corpus is absent, so the real medicine names could not be read');
      return;
    }
    const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split('\t'));
    const header = readFileSync(file, 'utf8').split('\n')[0]?.split('\t') ?? [];
    const nameAt = header.indexOf('drug');
    const textAt = header.indexOf('sig_text');
    const pairs = [...new Map(rows.map((r) => [r[nameAt] ?? '', r[textAt] ?? ''] as const).filter(([n]) => n.trim() !== '')).entries()].slice(0, 200);
    expect(pairs.length).toBeGreaterThan(20);
    const medicines = pairs.map(([name], i) => medication(`med-${i}`, 'p-1', { name: name.trim().slice(0, 200), lastFillDate: '2026-01-01', daysSupply: 30 }));
    const tasks = pairs.map(([, directions], i) => task(`t-${i}`, 'p-1', { title: 'Ask about this medicine', notes: directions, dueDate: '2026-03-01' }));
    const { events } = parseCalendar(exportCalendar([record({ id: 'p-1', fullName: 'Ana' }, { medication: medicines, task: tasks })], en, now));
    medicines.forEach((med, i) => {
      expect(mustGet(events, eventUid('refill', med.id)).event.summary).toBe(`Refill: ${expected(med.name)}`);
      const notes = expected(tasks[i]?.notes ?? '');
      if (notes) expect(mustGet(events, eventUid('task', `t-${i}`)).event.description).toBe(`Notes: ${notes}`);
    });
  });
});
