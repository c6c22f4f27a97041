/**
 * "Since when" written out in the reader's language, as precisely as it was given:
 * "2019", "April 2019" or "April 15, 2019".
 */
export function formatSince(since: string, locale: string): string {
  const [year, month, day] = since.split('-').map(Number);
  if (!year) return since;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return since;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined ? { dateStyle: 'long', timeZone: 'UTC' } : month !== undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
