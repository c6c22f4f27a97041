import { describe, expect, it } from 'vitest';
import { appointmentInputSchema, type Appointment } from '../../../shared/model/appointment';
import { appointmentEnd, appointmentStart, canMarkDone, isPastAppointment, splitAppointments, transportMissing } from '../../../shared/record/appointments/schedule';
import { zonedTimeToInstant } from '../../../shared/record/appointments/zoned-time';

let counter = 0;
function visit(fields: Partial<Appointment> & { startsAt: string }): Appointment {
  counter += 1;
  const input = appointmentInputSchema.parse(fields);
  return { ...input, kind: 'appointment', id: `a${counter}`, personId: 'p1', source: { type: 'manual' }, createdAt: '', updatedAt: '', ...fields };
}

describe('Wall-clock time in a time zone', () => {
  it('finds the instant of a visit in its own zone', () => {
    expect(zonedTimeToInstant('2026-01-15T09:30', 'America/Chicago').toISOString()).toBe('2026-01-15T15:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-15T09:30', 'America/Chicago').toISOString()).toBe('2026-07-15T14:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-15T09:30', 'Europe/Madrid').toISOString()).toBe('2026-07-15T07:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-15T09:30', 'UTC').toISOString()).toBe('2026-07-15T09:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-15T09:30', 'Asia/Kolkata').toISOString()).toBe('2026-07-15T04:00:00.000Z');
  });

  it('is right on both sides of a daylight saving change', () => {
    // US clocks went forward on 2026-03-08 at 2:00 and back on 2026-11-01 at 2:00.
    expect(zonedTimeToInstant('2026-03-08T01:30', 'America/New_York').toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(zonedTimeToInstant('2026-03-08T03:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedTimeToInstant('2026-11-01T00:30', 'America/New_York').toISOString()).toBe('2026-11-01T04:30:00.000Z');
    expect(zonedTimeToInstant('2026-11-01T03:00', 'America/New_York').toISOString()).toBe('2026-11-01T08:00:00.000Z');
  });

  it('reads an unknown zone as UTC instead of failing', () => {
    expect(zonedTimeToInstant('2026-07-15T09:30', 'Nowhere/Land').toISOString()).toBe('2026-07-15T09:30:00.000Z');
    expect(Number.isNaN(zonedTimeToInstant('not a time', 'UTC').getTime())).toBe(true);
  });
});

describe('Upcoming and past appointments', () => {
  it('places each visit by its own time zone', () => {
    const now = new Date('2026-07-15T15:00:00Z');
    // 10:00 in Chicago is 15:00 UTC: it has just started, so it is still upcoming.
    const chicago = visit({ startsAt: '2026-07-15T10:00', timeZone: 'America/Chicago' });
    // 16:30 in Madrid (14:30 UTC) ended at 15:00 UTC exactly: past.
    const madrid = visit({ startsAt: '2026-07-15T16:30', timeZone: 'Europe/Madrid' });
    // 08:30 in Los Angeles is 15:30 UTC: later today, upcoming — though "08:30" looks earlier on paper.
    const losAngeles = visit({ startsAt: '2026-07-15T08:30', timeZone: 'America/Los_Angeles' });
    expect(isPastAppointment(chicago, now)).toBe(false);
    expect(isPastAppointment(madrid, now)).toBe(true);
    expect(isPastAppointment(losAngeles, now)).toBe(false);
    const { upcoming, past } = splitAppointments([losAngeles, madrid, chicago], now);
    expect(upcoming.map((a) => a.id)).toEqual([chicago.id, losAngeles.id]);
    expect(past.map((a) => a.id)).toEqual([madrid.id]);
  });

  it('sorts upcoming soonest first and past most recent first', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const a = visit({ startsAt: '2026-05-03T09:00' });
    const b = visit({ startsAt: '2026-05-02T09:00' });
    const c = visit({ startsAt: '2026-04-01T09:00' });
    const d = visit({ startsAt: '2026-04-20T09:00' });
    const { upcoming, past } = splitAppointments([a, b, c, d], now);
    expect(upcoming.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(past.map((x) => x.id)).toEqual([d.id, c.id]);
  });

  it('counts a visit marked done or missed as past, and a cancelled future one as upcoming', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(isPastAppointment(visit({ startsAt: '2026-05-01T13:00', status: 'done' }), now)).toBe(true);
    expect(isPastAppointment(visit({ startsAt: '2026-05-09T13:00', status: 'missed' }), now)).toBe(true);
    expect(isPastAppointment(visit({ startsAt: '2026-05-09T13:00', status: 'cancelled' }), now)).toBe(false);
  });

  it('uses the duration for the end', () => {
    const a = visit({ startsAt: '2026-05-01T10:00', durationMinutes: 90 });
    expect(appointmentStart(a).toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(appointmentEnd(a).toISOString()).toBe('2026-05-01T11:30:00.000Z');
    expect(isPastAppointment(a, new Date('2026-05-01T11:29:00Z'))).toBe(false);
    expect(isPastAppointment(a, new Date('2026-05-01T11:30:00Z'))).toBe(true);
  });

  it('offers "done" once a planned or confirmed visit has started', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(canMarkDone(visit({ startsAt: '2026-05-01T11:00' }), now)).toBe(true);
    expect(canMarkDone(visit({ startsAt: '2026-05-01T11:00', status: 'confirmed' }), now)).toBe(true);
    expect(canMarkDone(visit({ startsAt: '2026-05-01T13:00' }), now)).toBe(false);
    expect(canMarkDone(visit({ startsAt: '2026-05-01T11:00', status: 'done' }), now)).toBe(false);
    expect(canMarkDone(visit({ startsAt: '2026-05-01T11:00', status: 'cancelled' }), now)).toBe(false);
  });

  it('flags transport needed but not arranged', () => {
    expect(transportMissing(visit({ startsAt: '2026-05-01T11:00', transportNeeded: true }))).toBe(true);
    expect(transportMissing(visit({ startsAt: '2026-05-01T11:00', transportNeeded: true, transportArrangedBy: '  ' }))).toBe(true);
    expect(transportMissing(visit({ startsAt: '2026-05-01T11:00', transportNeeded: true, transportArrangedBy: 'Maria' }))).toBe(false);
    expect(transportMissing(visit({ startsAt: '2026-05-01T11:00', transportNeeded: false }))).toBe(false);
    expect(transportMissing(visit({ startsAt: '2026-05-01T11:00', transportNeeded: true, status: 'cancelled' }))).toBe(false);
  });
});
