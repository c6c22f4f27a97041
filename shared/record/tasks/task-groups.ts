import type { Task } from '../../model/task';
import { addDays, daysBetween } from '../calendar-days';

/** "Due soon" means today or within this many days. */
export const DUE_SOON_DAYS = 7;

/** The order a tired caregiver needs: late first, then what is close, then the rest; done out of the way. */
export const TASK_GROUPS = ['overdue', 'dueSoon', 'later', 'noDate', 'done'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

type Groupable = Pick<Task, 'title' | 'dueDate' | 'done' | 'doneOn'>;

/** Not done and its due day is before today (YYYY-MM-DD, the computer's calendar). */
export function isOverdue(task: Pick<Task, 'dueDate' | 'done'>, today: string): boolean {
  return !task.done && task.dueDate !== '' && task.dueDate < today;
}

/** Whole days late (0 when not overdue). */
export function daysOverdue(task: Pick<Task, 'dueDate' | 'done'>, today: string): number {
  return isOverdue(task, today) ? daysBetween(task.dueDate, today) : 0;
}

export function taskGroup(task: Groupable, today: string): TaskGroup {
  if (task.done) return 'done';
  if (task.dueDate === '') return 'noDate';
  if (task.dueDate < today) return 'overdue';
  return task.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'later';
}

const byTitle = (a: Groupable, b: Groupable): number => a.title.localeCompare(b.title);

/** Tasks in their groups: by due date (earliest first), done ones most recently done first. */
export function groupTasks<T extends Groupable>(tasks: readonly T[], today: string): Record<TaskGroup, T[]> {
  const groups = Object.fromEntries(TASK_GROUPS.map((group) => [group, [] as T[]])) as Record<TaskGroup, T[]>;
  for (const task of tasks) groups[taskGroup(task, today)].push(task);
  for (const group of ['overdue', 'dueSoon', 'later'] as const) groups[group].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || byTitle(a, b));
  groups.noDate.sort(byTitle);
  groups.done.sort((a, b) => b.doneOn.localeCompare(a.doneOn) || byTitle(a, b));
  return groups;
}

/** The task marked done today, or open again (then it forgets the day it was done). */
export function withDone<T extends Pick<Task, 'done' | 'doneOn' | 'updatedAt'>>(task: T, done: boolean, today: string, now: Date = new Date()): T {
  return { ...task, done, doneOn: done ? today : '', updatedAt: now.toISOString() };
}
