import { describe, expect, it } from 'vitest';
import { appointmentShortDate, appointmentTimeInWords, appointmentWho, timeZoneLabel } from '../../../renderer/src/features/appointments/appointment-text';

const chicago = { startsAt: '2026-03-03T09:30', timeZone: 'America/Chicago' };

describe('Appointment times in words', () => {
  it('reads the clock at the place of the visit, in the interface language', () => {
    expect(appointmentTimeInWords(chicago, 'en-US', 'America/Chicago')).toMatch(/^Tuesday, March 3, 2026 at 9:30\sAM$/);
    expect(appointmentTimeInWords(chicago, 'es', 'America/Chicago')).toMatch(/^martes, 3 de marzo de 2026, 9:30$/);
  });

  it('names the zone when it is not this computer’s, whatever zone the computer is in', () => {
    expect(appointmentTimeInWords(chicago, 'en-US', 'Europe/Madrid')).toMatch(/^Tuesday, March 3, 2026 at 9:30\sAM Central Standard Time$/);
    expect(appointmentTimeInWords({ startsAt: '2026-07-03T09:30', timeZone: 'America/Chicago' }, 'en-US', 'UTC')).toMatch(/Central Daylight Time$/);
    expect(appointmentTimeInWords(chicago, 'es', 'UTC')).toMatch(/^martes, 3 de marzo de 2026, 9:30 hora estándar central$/);
  });

  it('keeps the day of the place of the visit, not of this computer', () => {
    // 23:30 in Los Angeles is already the next day in UTC; the visit is still on the 3rd.
    expect(appointmentShortDate({ startsAt: '2026-03-03T23:30', timeZone: 'America/Los_Angeles' }, 'en-US')).toBe('Mar 3, 2026');
    expect(appointmentShortDate({ startsAt: '2026-03-03T23:30', timeZone: 'America/Los_Angeles' }, 'es')).toBe('3 mar 2026');
  });

  it('labels time zones the way people know them', () => {
    expect(timeZoneLabel('America/Chicago', 'en-US')).toBe('Central Time (America/Chicago)');
    expect(timeZoneLabel('UTC', 'en-US')).toBe('Coordinated Universal Time (UTC)');
    expect(timeZoneLabel('America/Chicago', 'es')).toBe('hora central (America/Chicago)');
  });

  it('names who the visit is with: the care-team member, the typed name, or the reason', () => {
    expect(appointmentWho({ careTeamMemberId: 'c', withName: 'x', reason: 'y' }, { name: 'Dr. Ruiz' })).toBe('Dr. Ruiz');
    expect(appointmentWho({ careTeamMemberId: '', withName: 'City Lab', reason: 'y' }, undefined)).toBe('City Lab');
    expect(appointmentWho({ careTeamMemberId: '', withName: '', reason: 'Blood test' }, undefined)).toBe('Blood test');
  });
});
