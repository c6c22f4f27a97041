import type { Appointment } from '../model/appointment';
import type { CareTeamMember } from '../model/care-team';
import type { Medication } from '../model/medication';
import type { Person } from '../model/person';
import type { Task } from '../model/task';
import { appointmentEnd, appointmentStart } from '../record/appointments/schedule';
import { zoneOffsetMs } from '../record/appointments/zoned-time';
import { refillStatus } from '../record/medication-refill';
import type { CalendarTranslate } from './calendar-words';
import { eventUid } from './event-uid';
import { icsLines, icsText } from './ics-text';
import { timeZoneBlock } from './time-zone-block';

/** What a calendar is made from: one person's record, or several (everyone). A PrintRecord fits. */
export interface CalendarRecord {
  person: Pick<Person, 'id' | 'fullName' | 'preferredName'>;
  items: {
    appointment: readonly Appointment[];
    task: readonly Task[];
    medication: readonly Medication[];
    careTeamMember: readonly CareTeamMember[];
  };
}

export interface CalendarAlarm {
  /** Seconds before the start. */
  secondsBefore: number;
  description: string;
}

interface EntryBase {
  uid: string;
  summary: string;
  description: string;
  /** When the item last changed: LAST-MODIFIED, and SEQUENCE grows with it so calendars take the update. */
  updatedAt: Date;
}

/** A visit: a start and end at the place's wall clock, in its own time zone. */
export interface TimedEntry extends EntryBase {
  type: 'timed';
  location: string;
  start: Date;
  end: Date;
  /** The VTIMEZONE id and the wall-clock times there (YYYY-MM-DDTHH:mm:ss); null tzid = written in UTC. */
  tzid: string | null;
  localStart: string;
  localEnd: string;
  cancelled: boolean;
  alarms: CalendarAlarm[];
}

/** A task's due day or a refill day: a date, no time. */
export interface AllDayEntry extends EntryBase {
  type: 'allDay';
  date: string;
}

export type CalendarEntry = TimedEntry | AllDayEntry;

const DAY = 86_400;

function wallClock(instant: Date, zone: string): string {
  return new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), zone)).toISOString().slice(0, 19);
}

function updated(item: { updatedAt: string }): Date {
  const date = new Date(item.updatedAt);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** Everything to put in a calendar for these people: appointments, tasks with a due day, refill days. */
export function calendarEntries(records: readonly CalendarRecord[], t: CalendarTranslate): CalendarEntry[] {
  const several = records.length > 1;
  const entries: CalendarEntry[] = [];
  for (const record of records) {
    const person = record.person.preferredName?.trim() || record.person.fullName;
    // With everyone in one calendar, each event says whose it is.
    const named = (summary: string): string => icsText(several ? t('forPerson', { person, summary }) : summary);
    const members = new Map(record.items.careTeamMember.map((m) => [m.id, m]));
    for (const appointment of record.items.appointment) {
      const entry = appointmentEntry(appointment, members.get(appointment.careTeamMemberId), t, named);
      if (entry) entries.push(entry);
    }
    for (const task of record.items.task) {
      if (!task.dueDate) continue;
      const owner = task.ownerName || members.get(task.ownerCareTeamMemberId)?.name || '';
      entries.push({
        type: 'allDay',
        uid: eventUid('task', task.id),
        // A task done since the last export still updates its event, now marked done.
        summary: named(t(task.done ? 'taskDone' : 'task', { title: task.title })),
        description: icsLines([owner ? t('owner', { value: owner }) : '', task.notes ? t('notes', { value: task.notes }) : '']),
        date: task.dueDate,
        updatedAt: updated(task),
      });
    }
    for (const medication of record.items.medication) {
      if (medication.status !== 'taking') continue;
      const refill = refillStatus(medication);
      if (!refill.nextRefillDate) continue;
      const name = [medication.name, medication.strength].filter(Boolean).join(' ');
      entries.push({
        type: 'allDay',
        uid: eventUid('refill', medication.id),
        summary: named(t('refill', { medicine: name })),
        description: icsLines([
          t('refillDetail'),
          refill.needsNewPrescription ? t('newPrescription') : '',
          medication.pharmacy ? t('pharmacy', { value: medication.pharmacy }) : '',
        ]),
        date: refill.nextRefillDate,
        updatedAt: updated(medication),
      });
    }
  }
  return entries;
}

function appointmentEntry(
  appointment: Appointment,
  member: CareTeamMember | undefined,
  t: CalendarTranslate,
  named: (summary: string) => string,
): TimedEntry | null {
  const start = appointmentStart(appointment);
  if (Number.isNaN(start.getTime())) return null;
  const end = appointmentEnd(appointment);
  const who = member?.name || appointment.withName;
  const withWhom = member ? [member.name, member.specialty, member.organization].filter(Boolean).join(', ') : appointment.withName;
  const base = who ? t('appointment', { who }) : appointment.reason || t('appointmentUntitled');
  const cancelled = appointment.status === 'cancelled';
  const summary = named(cancelled ? t('cancelled', { summary: base }) : base);
  const zone = timeZoneBlock(appointment.timeZone);
  return {
    type: 'timed',
    uid: eventUid('appointment', appointment.id),
    summary,
    description: icsLines([
      withWhom ? t('with', { value: withWhom }) : '',
      member?.phone ? t('phone', { value: member.phone }) : '',
      appointment.reason ? t('reason', { value: appointment.reason }) : '',
      appointment.preparation ? t('preparation', { value: appointment.preparation }) : '',
      appointment.videoLink ? t('videoLink', { value: appointment.videoLink }) : '',
      appointment.companions ? t('companions', { value: appointment.companions }) : '',
    ]),
    location: icsText(appointment.location || (appointment.videoLink ? t('videoVisit') : '')),
    start,
    end,
    tzid: zone?.tzid ?? null,
    localStart: zone ? wallClock(start, zone.tzid) : start.toISOString().slice(0, 19),
    localEnd: zone ? wallClock(end, zone.tzid) : end.toISOString().slice(0, 19),
    cancelled,
    // The day before to get ready (and check the ride), two hours before to leave.
    alarms: cancelled
      ? []
      : [
          { secondsBefore: DAY, description: icsText(t('reminderDayBefore', { summary })) },
          { secondsBefore: 2 * 60 * 60, description: icsText(t('reminderTwoHours', { summary })) },
        ],
    updatedAt: updated(appointment),
  };
}
