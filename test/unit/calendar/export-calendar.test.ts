import { describe, expect, it } from 'vitest';
import { CALENDAR_FILE_NAME, exportCalendar, eventUid } from '../../../shared/calendar';
import { appointmentStart } from '../../../shared/record/appointments/schedule';
import { appointment, calendarWords, medication, member, mustGet, parseCalendar, record, task } from './helpers';

const en = calendarWords('en');
const now = new Date('2026-02-01T12:00:00Z');

const lee = member('m-lee', 'p-ana', { name: 'Dr. Amy Lee', specialty: 'Cardiology', organization: 'Heart Center', phone: '(312) 555-0142' });
const chicago = appointment('a-chicago', 'p-ana', {
  startsAt: '2026-11-02T09:30', // the day after daylight saving time ends there
  timeZone: 'America/Chicago',
  durationMinutes: 45,
  careTeamMemberId: 'm-lee',
  location: '200 Main St, Suite 4',
  reason: 'Heart check-up',
  preparation: 'Bring all pill bottles. No coffee that morning.',
});
const madrid = appointment('a-madrid', 'p-ana', {
  startsAt: '2026-07-15T16:00',
  timeZone: 'Europe/Madrid',
  durationMinutes: 30,
  withName: 'Dra. Elena Gómez',
  videoLink: 'https://visit.example.org/room/42',
});
const ana = record(
  { id: 'p-ana', fullName: 'Ana María López', preferredName: 'Ana' },
  {
    careTeamMember: [lee],
    appointment: [chicago, madrid],
    task: [
      task('t-due', 'p-ana', { title: 'Book blood test', dueDate: '2026-03-02', ownerName: 'Luis' }),
      task('t-undated', 'p-ana', { title: 'Call insurance' }),
      task('t-done', 'p-ana', { title: 'Pick up walker', dueDate: '2026-01-20', done: true, doneOn: '2026-01-19' }),
    ],
    medication: [
      medication('med-metformin', 'p-ana', { name: 'Metformin', strength: '500 mg', lastFillDate: '2026-01-10', daysSupply: 30, refillsLeft: 0, pharmacy: 'Main St Pharmacy' }),
      medication('med-stopped', 'p-ana', { name: 'Warfarin', status: 'stopped', lastFillDate: '2026-01-10', daysSupply: 30 }),
      medication('med-nofill', 'p-ana', { name: 'Aspirin' }),
    ],
  },
);

describe('the calendar file', () => {
  it('is named without anything about anyone', () => {
    expect(CALENDAR_FILE_NAME).toBe('carebinder-calendar.ics');
  });

  it('writes each appointment at its own wall clock, with a VTIMEZONE that gives back the same instant', () => {
    const { events, timeZones } = parseCalendar(exportCalendar([ana], en, now));
    expect(timeZones.sort()).toEqual(['America/Chicago', 'Europe/Madrid']);
    for (const source of [chicago, madrid]) {
      const { event } = mustGet(events, eventUid('appointment', source.id));
      expect(event.startDate.zone?.tzid).toBe(source.timeZone);
      expect(event.startDate.toString()).toBe(`${source.startsAt}:00`);
      expect(event.startDate.toJSDate().getTime()).toBe(appointmentStart(source).getTime());
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(source.durationMinutes * 60_000);
    }
  });

  it('carries where, with whom, their phone and how to get ready, and reminds a day and two hours before', () => {
    const { events } = parseCalendar(exportCalendar([ana], en, now));
    const { event, component } = mustGet(events, eventUid('appointment', chicago.id));
    expect(event.summary).toBe('Visit: Dr. Amy Lee');
    expect(event.location).toBe('200 Main St, Suite 4');
    expect(event.description.split('\n')).toEqual([
      'With: Dr. Amy Lee, Cardiology, Heart Center',
      'Phone: (312) 555-0142',
      'Why: Heart check-up',
      'How to get ready: Bring all pill bottles. No coffee that morning.',
    ]);
    const alarms = component.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      trigger: String(alarm.getFirstPropertyValue('trigger')),
      description: alarm.getFirstPropertyValue('description'),
    }));
    expect(alarms).toEqual([
      { action: 'DISPLAY', trigger: '-P1D', description: 'Tomorrow: Visit: Dr. Amy Lee' },
      { action: 'DISPLAY', trigger: '-PT2H', description: 'In 2 hours: Visit: Dr. Amy Lee' },
    ]);
    const video = mustGet(events, eventUid('appointment', madrid.id)).event;
    expect(video.location).toBe('Video visit');
    expect(video.description).toContain('Video visit link: https://visit.example.org/room/42');
  });

  it('puts dated tasks and refill days in as all-day events, and leaves out what has no day', () => {
    const { events } = parseCalendar(exportCalendar([ana], en, now));
    const due = mustGet(events, eventUid('task', 't-due')).event;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-03-02');
    expect(due.summary).toBe('To do: Book blood test');
    expect(due.description).toBe('Who does it: Luis');
    expect(mustGet(events, eventUid('task', 't-done')).event.summary).toBe('Done: Pick up walker');
    expect(events.has(eventUid('task', 't-undated'))).toBe(false);

    const refill = mustGet(events, eventUid('refill', 'med-metformin')).event;
    expect(refill.startDate.isDate).toBe(true);
    expect(refill.startDate.toString()).toBe('2026-02-09'); // filled Jan 10 + 30 days
    expect(refill.summary).toBe('Refill: Metformin 500 mg');
    expect(refill.description).toContain('No refills left');
    expect(refill.description).toContain('Pharmacy: Main St Pharmacy');
    expect(events.has(eventUid('refill', 'med-stopped'))).toBe(false);
    expect(events.has(eventUid('refill', 'med-nofill'))).toBe(false);
    expect(events.size).toBe(5);
  });

  it('marks a cancelled visit cancelled, without reminders', () => {
    const cancelled = appointment('a-x', 'p-ana', { status: 'cancelled', withName: 'Dr. Kim', timeZone: 'America/New_York' });
    const { events } = parseCalendar(exportCalendar([record({ id: 'p-ana', fullName: 'Ana' }, { appointment: [cancelled] })], en, now));
    const { event, component } = mustGet(events, eventUid('appointment', 'a-x'));
    expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.summary).toBe('Cancelled: Visit: Dr. Kim');
    expect(component.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('says whose event it is only when everyone is in one calendar', () => {
    const ben = record({ id: 'p-ben', fullName: 'Benjamin Ortiz' }, { task: [task('t-ben', 'p-ben', { title: 'Eye drops refill', dueDate: '2026-02-03' })] });
    const everyone = parseCalendar(exportCalendar([ana, ben], en, now)).events;
    expect(mustGet(everyone, eventUid('task', 't-ben')).event.summary).toBe('Benjamin Ortiz: To do: Eye drops refill');
    expect(mustGet(everyone, eventUid('appointment', chicago.id)).event.summary).toBe('Ana: Visit: Dr. Amy Lee');
    expect(everyone.size).toBe(6);
    const one = parseCalendar(exportCalendar([ben], en, now)).events;
    expect(mustGet(one, eventUid('task', 't-ben')).event.summary).toBe('To do: Eye drops refill');
  });

  it('keeps the same UIDs on a second export, with a higher SEQUENCE for what changed', () => {
    const first = parseCalendar(exportCalendar([ana], en, now)).events;
    const moved = { ...chicago, startsAt: '2026-11-03T10:00', updatedAt: '2026-02-10T08:00:00.000Z' };
    const second = parseCalendar(exportCalendar([{ ...ana, items: { ...ana.items, appointment: [moved, madrid] } }], en, new Date('2026-02-10T09:00:00Z'))).events;
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const sequence = (events: typeof first, uid: string): number => Number(mustGet(events, uid).component.getFirstPropertyValue('sequence'));
    expect(sequence(second, eventUid('appointment', chicago.id))).toBeGreaterThan(sequence(first, eventUid('appointment', chicago.id)));
    expect(sequence(second, eventUid('appointment', madrid.id))).toBe(sequence(first, eventUid('appointment', madrid.id)));
    expect(mustGet(second, eventUid('appointment', chicago.id)).event.startDate.toString()).toBe('2026-11-03T10:00:00');
  });

  it('makes a UID from any id, and different ids never share one', () => {
    const ids = ['abc', 'a b', 'a_20b', 'a;b', 'ä', 'a/b', 'a\r\nb'];
    const uids = ids.map((id) => eventUid('task', id));
    expect(new Set(uids).size).toBe(ids.length);
    for (const uid of uids) expect(uid).toMatch(/^task-[A-Za-z0-9._-]+@carebinder\.invalid$/);
  });

  it('resolves a zone alias to the zone its VTIMEZONE names', () => {
    const alias = appointment('a-alias', 'p-ana', { startsAt: '2026-03-10T09:30', timeZone: 'US/Central' });
    const { events, timeZones } = parseCalendar(exportCalendar([record({ id: 'p-ana', fullName: 'Ana' }, { appointment: [alias] })], en, now));
    const { event } = mustGet(events, eventUid('appointment', 'a-alias'));
    expect(timeZones).toEqual(['America/Chicago']);
    expect(event.startDate.zone?.tzid).toBe('America/Chicago');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T14:30:00.000Z');
  });

  it('writes the events in Spanish with the Spanish words', () => {
    const { events } = parseCalendar(exportCalendar([ana], calendarWords('es'), now));
    expect(mustGet(events, eventUid('appointment', chicago.id)).event.summary).toBe('Cita: Dr. Amy Lee');
    expect(mustGet(events, eventUid('task', 't-due')).event.summary).toBe('Pendiente: Book blood test');
    const alarm = mustGet(events, eventUid('appointment', chicago.id)).component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Mañana: Cita: Dr. Amy Lee');
  });
});

describe('the calendar words', () => {
  it.each(['en', 'es'] as const)('are all there in %s', async (language) => {
    const { CALENDAR_WORD_KEYS } = await import('../../../shared/calendar');
    const words = calendarWords(language);
    for (const key of CALENDAR_WORD_KEYS) expect(words(key, { who: 'X', summary: 'Y', title: 'Z', medicine: 'M', person: 'P', value: 'V' }).trim()).not.toBe('');
  });
});
