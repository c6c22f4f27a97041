import type { Appointment, FollowUp } from '../../model/appointment';
import type { Task, TaskInput } from '../../model/task';
import type { VaultSession } from '../../vault/session';
import { buildItem } from '../item-store';

/** The filled follow-up lines as task inputs linked to the appointment (blank lines are skipped). */
export function followUpTaskInputs(appointmentId: string, lines: readonly FollowUp[]): TaskInput[] {
  return lines
    .filter((line) => line.title.trim() !== '')
    .map((line) => ({
      title: line.title.trim(),
      ownerCareTeamMemberId: line.ownerCareTeamMemberId,
      // A care-team owner is named by the link; a typed name only counts without one.
      ownerName: line.ownerCareTeamMemberId ? '' : line.ownerName.trim(),
      dueDate: line.dueDate,
      appointmentId,
    }));
}

/**
 * Splits a saved appointment into what is stored (without the typed follow-ups) and the
 * tasks those lines become, ready to be written together in one transaction.
 */
export function followUpTasks(session: VaultSession, appointment: Appointment, now: Date = new Date()): { appointment: Appointment; tasks: Task[] } {
  const tasks = followUpTaskInputs(appointment.id, appointment.followUps).map((input) => buildItem(session, 'task', appointment.personId, input, undefined, now));
  return { appointment: { ...appointment, followUps: [] }, tasks };
}

/** The tasks that came out of this visit (or were linked to it later), soonest due first. */
export function tasksOfAppointment<T extends Pick<Task, 'appointmentId' | 'dueDate' | 'title'>>(appointmentId: string, tasks: readonly T[]): T[] {
  return tasks
    .filter((task) => task.appointmentId === appointmentId)
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.title.localeCompare(b.title));
}
