import type { Appointment } from '../../model/appointment';
import type { Medication } from '../../model/medication';
import type { Question } from '../../model/question';
import type { Task } from '../../model/task';

/** The items that can name a care-team member, by the field that holds the member's id. */
export interface ReferringItems {
  medications: readonly Pick<Medication, 'prescriberId'>[];
  appointments: readonly Pick<Appointment, 'careTeamMemberId'>[];
  tasks: readonly Pick<Task, 'ownerCareTeamMemberId'>[];
  questions: readonly Pick<Question, 'careTeamMemberId'>[];
}

/** How many items of each kind name the member: what removing them leaves without a name. */
export interface CareTeamReferences {
  /** Medicines they prescribed. */
  medications: number;
  /** Appointments with them. */
  appointments: number;
  /** Tasks they are in charge of. */
  tasks: number;
  /** Questions to ask them. */
  questions: number;
}

export function countCareTeamReferences(memberId: string, items: ReferringItems): CareTeamReferences {
  const count = <T>(list: readonly T[], refOf: (item: T) => string): number =>
    memberId === '' ? 0 : list.reduce((n, item) => n + (refOf(item) === memberId ? 1 : 0), 0);
  return {
    medications: count(items.medications, (m) => m.prescriberId),
    appointments: count(items.appointments, (a) => a.careTeamMemberId),
    tasks: count(items.tasks, (t) => t.ownerCareTeamMemberId),
    questions: count(items.questions, (q) => q.careTeamMemberId),
  };
}

export function totalReferences(references: CareTeamReferences): number {
  return references.medications + references.appointments + references.tasks + references.questions;
}
