import type { Appointment } from '../../model/appointment';
import { zonedTimeToInstant } from './zoned-time';

type Timed = Pick<Appointment, 'startsAt' | 'timeZone' | 'durationMinutes' | 'status'>;

export function appointmentStart(appointment: Pick<Appointment, 'startsAt' | 'timeZone'>): Date {
  return zonedTimeToInstant(appointment.startsAt, appointment.timeZone);
}

export function appointmentEnd(appointment: Pick<Appointment, 'startsAt' | 'timeZone' | 'durationMinutes'>): Date {
  return new Date(appointmentStart(appointment).getTime() + appointment.durationMinutes * 60_000);
}

/**
 * Past once it has ended, or as soon as it is marked done or missed. A visit going on
 * right now still counts as upcoming: the caregiver may be on the way.
 */
export function isPastAppointment(appointment: Timed, now: Date): boolean {
  if (appointment.status === 'done' || appointment.status === 'missed') return true;
  return appointmentEnd(appointment).getTime() <= now.getTime();
}

/** Upcoming soonest first; past most recent first. Each appointment is placed by its own time zone. */
export function splitAppointments<T extends Timed>(appointments: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const withStart = appointments.map((appointment) => ({ appointment, start: appointmentStart(appointment).getTime() }));
  const upcoming = withStart.filter(({ appointment }) => !isPastAppointment(appointment, now)).sort((a, b) => a.start - b.start);
  const past = withStart.filter(({ appointment }) => isPastAppointment(appointment, now)).sort((a, b) => b.start - a.start);
  return { upcoming: upcoming.map((x) => x.appointment), past: past.map((x) => x.appointment) };
}

/** Transport is needed and nobody has arranged it yet: the caregiver must act. */
export function transportMissing(appointment: Pick<Appointment, 'transportNeeded' | 'transportArrangedBy' | 'status'>): boolean {
  if (appointment.status === 'cancelled' || appointment.status === 'done' || appointment.status === 'missed') return false;
  return appointment.transportNeeded && appointment.transportArrangedBy.trim() === '';
}

/** Done needs one click once the visit has started; planned or confirmed visits can be marked. */
export function canMarkDone(appointment: Timed, now: Date): boolean {
  return (appointment.status === 'planned' || appointment.status === 'confirmed') && appointmentStart(appointment).getTime() <= now.getTime();
}
