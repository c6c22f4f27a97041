import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { codesSchema, localDateTime, longText, optionalDate, optionalRef, text } from './fields';

export const APPOINTMENT_STATUSES = ['planned', 'confirmed', 'done', 'cancelled', 'missed'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

const KNOWN_TIME_ZONES = new Map<string, boolean>();

/** True for a time zone name the platform knows (IANA, like America/Chicago, or UTC). */
export function isKnownTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  // Building a DateTimeFormat is slow (about a millisecond); an import checks hundreds of visits.
  const known = KNOWN_TIME_ZONES.get(value);
  if (known !== undefined) return known;
  let answer: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    answer = true;
  } catch {
    answer = false;
  }
  if (KNOWN_TIME_ZONES.size < 1000) KNOWN_TIME_ZONES.set(value, answer);
  return answer;
}

/**
 * One line written after a visit: "Book blood test — me — by May 2". Saving the
 * appointment turns each filled line into a task linked to it; a line left blank is skipped.
 */
export const followUpSchema = z
  .object({
    title: text(300),
    ownerCareTeamMemberId: optionalRef(),
    ownerName: text(200),
    dueDate: optionalDate(),
  })
  .superRefine((line, ctx) => {
    const started = line.ownerCareTeamMemberId !== '' || line.ownerName !== '' || line.dueDate !== '';
    if (line.title === '' && started) ctx.addIssue({ code: 'custom', path: ['title'], message: 'appointment.followUpTitleRequired' });
  });
export type FollowUpInput = z.input<typeof followUpSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;

export const appointmentInputSchema = z.object({
  /** Local wall-clock time at the place of the visit, with its time zone. */
  startsAt: localDateTime(),
  timeZone: z
    .string()
    .trim()
    .refine(isKnownTimeZone, { message: 'appointment.timeZoneInvalid' })
    .default('UTC'),
  durationMinutes: z
    .number({ message: 'appointment.durationRequired' })
    .int({ message: 'appointment.durationWhole' })
    .min(5, { message: 'number.range' })
    .max(24 * 60, { message: 'number.range' })
    .default(30),
  careTeamMemberId: optionalRef(),
  /** Who the visit is with, when not (yet) in the care team. */
  withName: text(200),
  location: text(400),
  videoLink: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url.format' })]).default(''),
  reason: text(500),
  preparation: longText(),
  /** Questions (ids of question items) to ask at this visit. */
  questionIds: z.array(z.string()).default([]),
  companions: text(300),
  transportNeeded: z.boolean().default(false),
  /** Who drives or booked the ride; empty while transport is needed means "not arranged yet". */
  transportArrangedBy: text(200),
  transportNotes: text(500),
  status: z.enum(APPOINTMENT_STATUSES).default('planned'),
  afterVisitNotes: longText(),
  /**
   * Follow-ups typed in the form. Saving turns them into tasks in the same transaction and
   * stores the appointment with this list empty: the tasks are the record of them.
   */
  followUps: z.array(followUpSchema).default([]),
  /** The codes a portal gave the visit (its type, the reasons for it), kept for clinicians and later matching. */
  codes: codesSchema,
});
export type AppointmentInput = z.input<typeof appointmentInputSchema>;
export const appointmentSchema = storedItemSchema('appointment', appointmentInputSchema);
export type Appointment = z.infer<typeof appointmentSchema>;
