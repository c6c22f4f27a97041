import type { Appointment } from '../../../../shared/model/appointment';
import type { Person } from '../../../../shared/model/person';
import type { PaperSize, PrintLanguage, PrintoutKind, PrintSize } from '../../../../shared/print/print-request';
import { splitAppointments } from '../../../../shared/record/appointments/schedule';

/** Everything the person chooses on the print center. */
export interface PrintChoices {
  personId: string;
  kind: PrintoutKind;
  appointmentId: string;
  /** YYYY-MM. */
  month: string;
  /** YYYY-MM-DD. */
  weekStart: string;
  paper: PaperSize;
  size: PrintSize;
  language: PrintLanguage;
  bilingual: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** This month, as a month field writes it. */
export function currentMonth(today: Date): string {
  return localDay(today).slice(0, 7);
}

/** The Monday of this week: pill boxes and schedules usually start the week there. */
export function weekStartOf(today: Date): string {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  return localDay(monday);
}

/** The printout's language: the person's own when it is one we print in, else the interface's. */
export function printLanguageFor(person: Pick<Person, 'preferredLanguage'> | undefined, interfaceLanguage: string): PrintLanguage {
  const preferred = person?.preferredLanguage.trim().toLowerCase() ?? '';
  if (/^(es|spa|esp)/.test(preferred)) return 'es';
  if (/^(en|eng|ing)/.test(preferred)) return 'en';
  return interfaceLanguage.startsWith('es') ? 'es' : 'en';
}

/** Letter in the Americas where it is the norm, A4 everywhere else. */
export function paperFor(locale: string): PaperSize {
  const region = /[-_]([A-Z]{2})\b/.exec(locale)?.[1];
  return !region || ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR'].includes(region) ? 'letter' : 'a4';
}

/** Appointments in the order people pick from: upcoming soonest first, then past ones, latest first. */
export function appointmentsToPick<T extends Pick<Appointment, 'startsAt' | 'timeZone' | 'durationMinutes' | 'status'>>(appointments: readonly T[], now: Date): T[] {
  const { upcoming, past } = splitAppointments(appointments, now);
  return [...upcoming, ...past];
}
