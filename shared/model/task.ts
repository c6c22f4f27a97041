import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalDate, optionalRef, requiredText, text } from './fields';

export const taskInputSchema = z.object({
  title: requiredText('task.titleRequired', 300),
  /** Who owns it: a care-team member (by id) or anyone named (a family member, "me"). */
  ownerCareTeamMemberId: optionalRef(),
  ownerName: text(200),
  dueDate: optionalDate(),
  done: z.boolean().default(false),
  /** The day it was marked done (YYYY-MM-DD), empty while not done. */
  doneOn: text(40),
  appointmentId: optionalRef(),
  medicationId: optionalRef(),
  goalId: optionalRef(),
  hospitalStayId: optionalRef(),
  notes: longText(),
});
export type TaskInput = z.input<typeof taskInputSchema>;
export const taskSchema = storedItemSchema('task', taskInputSchema);
export type Task = z.infer<typeof taskSchema>;
