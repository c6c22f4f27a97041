import type { Appointment } from '../../../../shared/model/appointment';
import type { CareTeamMember } from '../../../../shared/model/care-team';
import { appointmentStart } from '../../../../shared/record/appointments/schedule';

type Timed = Pick<Appointment, 'startsAt' | 'timeZone'>;

/**
 * When, in words and in the reader's language, as the clock reads where the visit is:
 * "Tuesday, March 3, 2026 at 9:30 AM". The zone is named only when it is not this computer's.
 */
export function appointmentTimeInWords(appointment: Timed, locale: string, computerZone: string): string {
  const start = appointmentStart(appointment);
  if (Number.isNaN(start.getTime())) return appointment.startsAt;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: appointment.timeZone,
  };
  // Spelled out ("Central Standard Time"), not "CST": clearer to anyone not used to the codes.
  if (appointment.timeZone !== computerZone) options.timeZoneName = 'long';
  return new Intl.DateTimeFormat(locale, options).format(start);
}

/** The short day of the visit, for names and links: "Mar 3, 2026". */
export function appointmentShortDate(appointment: Timed, locale: string): string {
  const start = appointmentStart(appointment);
  if (Number.isNaN(start.getTime())) return appointment.startsAt.slice(0, 10);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: appointment.timeZone }).format(start);
}

/** Who the visit is with: the care-team member, else the typed name, else the reason. */
export function appointmentWho(
  appointment: Pick<Appointment, 'careTeamMemberId' | 'withName' | 'reason'>,
  member: Pick<CareTeamMember, 'name'> | undefined,
): string {
  return member?.name || appointment.withName || appointment.reason;
}

/** A time zone as people know it, in their language: "Central Time (America/Chicago)". */
export function timeZoneLabel(zone: string, locale: string): string {
  const nameOf = (style: 'longGeneric' | 'long'): string | undefined =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
  try {
    // Zones without a generic name (UTC) read "GMT+00:00" that way; their long name is plainer.
    const name = [nameOf('longGeneric'), nameOf('long')].find((candidate) => candidate && !/^GMT[+-]/.test(candidate));
    return name && name !== zone ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}

/** Zones people in our first languages' regions mostly need; the computer's own zone is added to these. */
export const COMMON_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Tijuana',
  'America/Guatemala',
  'America/Bogota',
  'America/Lima',
  'America/Caracas',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Berlin',
  'UTC',
] as const;
