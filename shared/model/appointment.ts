import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { localDateTime, longText, optionalRef, text } from './fields';

export const appointmentInputSchema = z.object({
  /** Local wall-clock time at the place of the visit, with its time zone. */
  startsAt: localDateTime(),
  timeZone: z.string().min(1).default('UTC'),
  durationMinutes: z.number().int().min(5, { message: 'number.range' }).max(24 * 60, { message: 'number.range' }).default(30),
  careTeamMemberId: optionalRef(),
  /** Who the visit is with, when not (yet) in the care team. */
  withName: text(200),
  location: text(400),
  videoLink: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url.format' })]).default(''),
  reason: text(500),
  preparation: longText(),
  questionIds: z.array(z.string()).default([]),
  companions: text(300),
  transportNeeded: z.boolean().default(false),
  transportArrangedBy: text(200),
  transportNotes: text(500),
  status: z.enum(['planned', 'confirmed', 'done', 'cancelled', 'missed']).default('planned'),
  afterVisitNotes: longText(),
});
export type AppointmentInput = z.input<typeof appointmentInputSchema>;
export const appointmentSchema = storedItemSchema('appointment', appointmentInputSchema);
export type Appointment = z.infer<typeof appointmentSchema>;
