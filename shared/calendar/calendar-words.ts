/**
 * The words a calendar file is written in. Shared code reads no locale files, so the caller
 * passes a translator over the `calendar` namespace's `ics` keys (the renderer passes i18next's,
 * tests read the same JSON files); adding a language is a new file, not new code.
 */
export const CALENDAR_WORD_KEYS = [
  'calendarName',
  'appointment',
  'appointmentUntitled',
  'cancelled',
  'task',
  'taskDone',
  'refill',
  'forPerson',
  'with',
  'phone',
  'reason',
  'preparation',
  'videoLink',
  'videoVisit',
  'companions',
  'owner',
  'notes',
  'pharmacy',
  'refillDetail',
  'newPrescription',
  'reminderDayBefore',
  'reminderTwoHours',
] as const;
export type CalendarWordKey = (typeof CALENDAR_WORD_KEYS)[number];

export type CalendarTranslate = (key: CalendarWordKey, values?: Record<string, string>) => string;
