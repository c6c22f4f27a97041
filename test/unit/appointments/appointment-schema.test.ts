import { describe, expect, it } from 'vitest';
import { appointmentInputSchema, followUpSchema, isKnownTimeZone } from '../../../shared/model/appointment';

const messages = (input: unknown): Record<string, string> => {
  const result = appointmentInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('Appointment schema', () => {
  it('accepts a visit with only a date and time, filling the rest', () => {
    const parsed = appointmentInputSchema.parse({ startsAt: '2026-03-03T09:30' });
    expect(parsed).toMatchObject({ timeZone: 'UTC', durationMinutes: 30, status: 'planned', questionIds: [], followUps: [], transportNeeded: false });
  });

  it('accepts a full visit', () => {
    const parsed = appointmentInputSchema.parse({
      startsAt: '2026-03-03T09:30',
      timeZone: 'America/Chicago',
      durationMinutes: 45,
      withName: '  Dr. Ana Ruiz ',
      videoLink: 'https://visit.example.org/room/1',
      transportNeeded: true,
      transportArrangedBy: 'Maria',
      status: 'confirmed',
      followUps: [{ title: 'Book blood test', ownerName: 'me', dueDate: '2026-03-10' }],
    });
    expect(parsed.withName).toBe('Dr. Ana Ruiz');
    expect(parsed.followUps[0]).toEqual({ title: 'Book blood test', ownerCareTeamMemberId: '', ownerName: 'me', dueDate: '2026-03-10' });
  });

  it('refuses a missing or impossible date and time', () => {
    expect(messages({ startsAt: '' })).toEqual({ startsAt: 'dateTime.format' });
    expect(messages({})).toHaveProperty('startsAt');
    expect(messages({ startsAt: '2026-02-30T09:00' })).toEqual({ startsAt: 'dateTime.invalid' });
    expect(messages({ startsAt: '2026-03-03T25:00' })).toEqual({ startsAt: 'dateTime.invalid' });
  });

  it('refuses a time zone that does not exist', () => {
    expect(messages({ startsAt: '2026-03-03T09:30', timeZone: 'Mars/Olympus' })).toEqual({ timeZone: 'appointment.timeZoneInvalid' });
    expect(messages({ startsAt: '2026-03-03T09:30', timeZone: '' })).toEqual({ timeZone: 'appointment.timeZoneInvalid' });
    expect(isKnownTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('../etc/passwd')).toBe(false);
  });

  it('refuses an empty, fractional or unreasonable duration', () => {
    expect(messages({ startsAt: '2026-03-03T09:30', durationMinutes: null })).toEqual({ durationMinutes: 'appointment.durationRequired' });
    expect(messages({ startsAt: '2026-03-03T09:30', durationMinutes: 12.5 })).toEqual({ durationMinutes: 'appointment.durationWhole' });
    expect(messages({ startsAt: '2026-03-03T09:30', durationMinutes: 2 })).toEqual({ durationMinutes: 'number.range' });
    expect(messages({ startsAt: '2026-03-03T09:30', durationMinutes: 24 * 60 + 1 })).toEqual({ durationMinutes: 'number.range' });
  });

  it('refuses a video link that is not a web address', () => {
    expect(messages({ startsAt: '2026-03-03T09:30', videoLink: 'zoom meeting 123' })).toEqual({ videoLink: 'url.format' });
    expect(messages({ startsAt: '2026-03-03T09:30', videoLink: 'javascript:alert(1)' })).toEqual({ videoLink: 'url.format' });
  });

  it('refuses an unknown status and over-long text', () => {
    expect(Object.keys(messages({ startsAt: '2026-03-03T09:30', status: 'maybe' }))).toEqual(['status']);
    expect(messages({ startsAt: '2026-03-03T09:30', reason: 'x'.repeat(501) })).toEqual({ reason: 'text.tooLong' });
  });

  it('asks what a started follow-up line is about, and skips blank ones', () => {
    expect(followUpSchema.safeParse({ title: '', ownerName: '', dueDate: '' }).success).toBe(true);
    expect(messages({ startsAt: '2026-03-03T09:30', followUps: [{ title: '', ownerName: 'me' }] })).toEqual({ 'followUps.0.title': 'appointment.followUpTitleRequired' });
    expect(messages({ startsAt: '2026-03-03T09:30', followUps: [{ title: '  ', dueDate: '2026-04-01' }] })).toEqual({ 'followUps.0.title': 'appointment.followUpTitleRequired' });
    expect(messages({ startsAt: '2026-03-03T09:30', followUps: [{ title: 'Call', dueDate: '2026-02-30' }] })).toEqual({ 'followUps.0.dueDate': 'date.invalid' });
  });
});
