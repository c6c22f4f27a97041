import { calendarEntries, type CalendarRecord } from './calendar-entries';
import type { CalendarTranslate } from './calendar-words';
import { buildIcs } from './build-ics';

export type { CalendarRecord, CalendarEntry } from './calendar-entries';
export { CALENDAR_WORD_KEYS, type CalendarTranslate, type CalendarWordKey } from './calendar-words';
export { eventUid } from './event-uid';

/** The name a saved calendar gets: the same for everyone, so it says nothing about anyone's health. */
export const CALENDAR_FILE_NAME = 'carebinder-calendar.ics';
export const CALENDAR_MIME_TYPE = 'text/calendar';

/** One calendar file for one person or several: appointments, tasks with a due day, refill days. */
export function exportCalendar(records: readonly CalendarRecord[], t: CalendarTranslate, now: Date): string {
  return buildIcs(calendarEntries(records, t), t('calendarName'), now);
}
