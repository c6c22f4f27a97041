import type { Appointment } from '../../model/appointment';
import type { Goal } from '../../model/goal';
import type { Medication, MedicationChange } from '../../model/medication';
import type { Task } from '../../model/task';
import { addDays } from '../calendar-days';
import type { ItemIndex } from '../item-index';
import { refillStatus } from '../medication-refill';
import { needsCheckIn } from '../goals/check-in';
import { splitAppointments } from '../appointments/schedule';
import { isOverdue } from '../tasks/task-groups';

/** How far ahead and back the overview looks (PRODUCT.md, issue: overview). */
export const OVERVIEW_WINDOWS = { tasksAheadDays: 7, changesBackDays: 30, refillsAheadDays: 7, appointments: 8 } as const;

export interface Overview {
  nextAppointments: Appointment[];
  /** Not done, due within a week or already late; overdue first. */
  tasksDue: { task: Task; overdue: boolean }[];
  /** Medicines with a change in the last 30 days, with the latest change. */
  medicinesChanged: { medication: Medication; change: MedicationChange }[];
  /** Medicines being taken whose supply runs out within a week (or already has). */
  refillsDue: { medication: Medication; nextRefillDate: string; needsNewPrescription: boolean }[];
  goalsNeedingCheckIn: Goal[];
}

export interface OverviewClock {
  /** Today, YYYY-MM-DD, in the computer's time zone. */
  today: string;
  /** This instant: each appointment is compared in its own time zone. */
  now: Date;
}

/**
 * What needs attention now, for one person or everyone (personIds null). Pure: the
 * clock is a parameter, so the same data always gives the same overview.
 */
export function buildOverview(index: ItemIndex, personIds: ReadonlySet<string> | null, clock: OverviewClock): Overview {
  const inScope = <T extends { personId: string }>(items: readonly T[]): T[] =>
    personIds === null ? [...items] : items.filter((item) => personIds.has(item.personId));
  const { today, now } = clock;

  const nextAppointments = splitAppointments(
    inScope(index.appointment).filter((a) => a.status === 'planned' || a.status === 'confirmed'),
    now,
  ).upcoming.slice(0, OVERVIEW_WINDOWS.appointments);

  const taskHorizon = addDays(today, OVERVIEW_WINDOWS.tasksAheadDays);
  const tasksDue = inScope(index.task)
    .filter((task) => !task.done && task.dueDate !== '' && task.dueDate <= taskHorizon)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((task) => ({ task, overdue: isOverdue(task, today) }));

  const changesSince = addDays(today, -OVERVIEW_WINDOWS.changesBackDays);
  const medicinesChanged = inScope(index.medication)
    .flatMap((medication) => {
      const recent = medication.history.filter((change) => change.date.slice(0, 10) >= changesSince);
      const latest = recent.sort((a, b) => b.date.localeCompare(a.date))[0];
      return latest ? [{ medication, change: latest }] : [];
    })
    .sort((a, b) => b.change.date.localeCompare(a.change.date));

  const refillHorizon = addDays(today, OVERVIEW_WINDOWS.refillsAheadDays);
  const refillsDue = inScope(index.medication)
    .filter((m) => m.status === 'taking')
    .flatMap((medication) => {
      const { nextRefillDate, needsNewPrescription } = refillStatus(medication);
      return nextRefillDate !== null && nextRefillDate <= refillHorizon ? [{ medication, nextRefillDate, needsNewPrescription }] : [];
    })
    .sort((a, b) => a.nextRefillDate.localeCompare(b.nextRefillDate));

  const goalsNeedingCheckIn = inScope(index.goal).filter((goal) => goal.status === 'active' && needsCheckIn(goal, today));

  return { nextAppointments, tasksDue, medicinesChanged, refillsDue, goalsNeedingCheckIn };
}

/** The clock of this computer, in its own time zone. */
export function localClock(now: Date = new Date()): OverviewClock {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString();
  return { today: local.slice(0, 10), now };
}
