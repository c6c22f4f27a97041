import type { HospitalStay } from '../../model/hospital-stay';
import type { Task } from '../../model/task';

/** True when the discharge day is before the admission day: a typing slip to point out. */
export function dischargeBeforeAdmission(stay: Pick<HospitalStay, 'admittedOn' | 'dischargedOn'>): boolean {
  return stay.dischargedOn !== '' && stay.admittedOn !== '' && stay.dischargedOn < stay.admittedOn;
}

/** Most recent stay first. */
export function sortStays<T extends Pick<HospitalStay, 'admittedOn' | 'id'>>(stays: readonly T[]): T[] {
  return [...stays].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn) || a.id.localeCompare(b.id));
}

/** The tasks made for a stay: not done first, then by due date (undated last). */
export function tasksOfStay<T extends Pick<Task, 'hospitalStayId' | 'done' | 'dueDate' | 'title'>>(tasks: readonly T[], stayId: string): T[] {
  return tasks
    .filter((task) => task.hospitalStayId === stayId)
    .sort(
      (a, b) =>
        Number(a.done) - Number(b.done) ||
        (a.dueDate || '9999-99-99').localeCompare(b.dueDate || '9999-99-99') ||
        a.title.localeCompare(b.title),
    );
}
