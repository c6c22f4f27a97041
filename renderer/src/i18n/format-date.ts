/** A calendar date (YYYY-MM-DD) written out in the reader's language: "December 10, 1815". */
export function formatCalendarDate(isoDate: string, locale: string, style: 'long' | 'medium' | 'full' = 'long'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

