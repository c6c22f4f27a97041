/**
 * Wall-clock times in a named time zone. An appointment is stored as the time on the clock
 * at the place of the visit ("2026-03-03T09:30" in America/Chicago), which is what people
 * are told; comparing it with "now" needs the instant it stands for.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's clock is ahead of UTC at this instant, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time (YYYY-MM-DDTHH:mm) in a time zone. Around a daylight
 * saving change the offset is checked again at the result, so the hour is right on both
 * sides; a time that does not exist (the skipped hour) lands just after the change.
 * An unknown zone is read as UTC rather than failing a whole list.
 */
export function zonedTimeToInstant(localDateTime: string, timeZone: string): Date {
  // Parsed by hand: Date.parse is lenient and would read nonsense as some date.
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(localDateTime);
  if (!match) return new Date(Number.NaN);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  try {
    const first = wall - zoneOffsetMs(wall, timeZone);
    const second = wall - zoneOffsetMs(first, timeZone);
    return new Date(second);
  } catch {
    return new Date(wall);
  }
}

/** The time zone this computer is set to (the default for a new appointment). */
export function computerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
