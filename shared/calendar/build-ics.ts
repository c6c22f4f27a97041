import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarEntry } from './calendar-entries';
import { timeZoneBlock } from './time-zone-block';

/** A SEQUENCE that grows each time the item changes: minutes since 1970 of its last change. */
function sequenceOf(updatedAt: Date): number {
  return Math.max(0, Math.floor(updatedAt.getTime() / 60_000));
}

/**
 * The .ics text (RFC 5545) for these entries. Timed events are written at the wall clock of
 * their own time zone, with that zone's VTIMEZONE, so a visit in Chicago stays at 9:30 there
 * on a computer set to any other zone. `now` is the DTSTAMP (passed in: shared code is pure).
 */
export function buildIcs(entries: readonly CalendarEntry[], calendarName: string, now: Date): string {
  const calendar = ical({
    prodId: { company: 'CareBinder', product: 'CareBinder', language: 'EN' },
    name: calendarName,
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.timezone({ name: null, generator: (zone) => timeZoneBlock(zone)?.vtimezone ?? null });
  for (const entry of entries) {
    const common = {
      id: entry.uid,
      summary: entry.summary,
      description: entry.description || null,
      stamp: now,
      lastModified: entry.updatedAt,
      sequence: sequenceOf(entry.updatedAt),
    };
    if (entry.type === 'allDay') {
      calendar.createEvent({ ...common, start: entry.date, allDay: true });
      continue;
    }
    const event = calendar.createEvent({
      ...common,
      // A string with a zone is written as that wall clock; without one, the UTC instant.
      start: entry.tzid ? entry.localStart : entry.start,
      end: entry.tzid ? entry.localEnd : entry.end,
      timezone: entry.tzid,
      location: entry.location || null,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    for (const alarm of entry.alarms) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: alarm.secondsBefore, description: alarm.description });
    }
  }
  return calendar.toString();
}
