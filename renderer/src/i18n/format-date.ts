/** A calendar date (YYYY-MM-DD) written out in the reader's language: "December 10, 1815". */
export function formatCalendarDate(isoDate: string, locale: string, style: 'long' | 'medium' | 'full' = 'long'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/**
 * A wall-clock date and time (YYYY-MM-DDTHH:mm, as entered for the place of the visit)
 * written out as it reads on the clock there: "Tuesday, March 3, 2026 at 9:30 AM".
 */
export function formatWallClock(localDateTime: string, locale: string): string {
  const date = new Date(`${localDateTime}:00Z`);
  if (Number.isNaN(date.getTime())) return localDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(date);
}
