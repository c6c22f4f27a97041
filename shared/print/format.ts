/** Dates as people read them on paper: the month in words, so 03/04 is never ambiguous. */

const LOCALES = { en: 'en-US', es: 'es' } as const;
type Lang = keyof typeof LOCALES;

/** "Dec 1, 2026" / "1 dic 2026"; a partial date ("2019", "2019-04") as far as it goes. */
export function formatDate(iso: string, language: Lang): string {
  const value = iso.trim();
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
  }
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "Tuesday, Dec 8, 2026 at 9:30 AM" from a local wall-clock time (YYYY-MM-DDTHH:mm). */
export function formatDateTime(localDateTime: string, language: Lang): string {
  const date = new Date(`${localDateTime.slice(0, 16)}:00Z`);
  if (Number.isNaN(date.getTime())) return localDateTime;
  const day = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `${day}, ${formatTime(localDateTime, language)}`;
}

/**
 * A measured number as people read it: at most two decimals ("74.4", not the 74.3985 a portal
 * file may carry), with the language's decimal sign ("74,4" in Spanish).
 */
export function formatNumber(value: number, language: Lang): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

/** "9:30 AM" / "9:30" from a local wall-clock time. */
export function formatTime(localDateTime: string, language: Lang): string {
  const date = new Date(`${localDateTime.slice(0, 16)}:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
}
