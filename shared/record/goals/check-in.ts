import type { Goal, GoalCheckIn } from '../../model/goal';
import { addDays, daysBetween } from '../calendar-days';

type CheckInGoal = Pick<Goal, 'status' | 'checkIns' | 'checkInEveryDays' | 'createdAt'>;

/** Check-ins newest first; on the same day, the one added last comes first. */
export function checkInsNewestFirst(checkIns: readonly GoalCheckIn[]): GoalCheckIn[] {
  return checkIns
    .map((checkIn, order) => ({ checkIn, order }))
    .sort((a, b) => b.checkIn.date.localeCompare(a.checkIn.date) || b.order - a.order)
    .map(({ checkIn }) => checkIn);
}

/**
 * The day the goal was last looked at: its newest check-in, or with none the day it was
 * created (createdAt is an ISO timestamp; its UTC day is close enough for a reminder).
 */
export function lastCheckInDay(goal: Pick<Goal, 'checkIns' | 'createdAt'>): string {
  let last = '';
  for (const checkIn of goal.checkIns) if (checkIn.date > last) last = checkIn.date;
  return last || goal.createdAt.slice(0, 10);
}

/** The day the next check-in is due. */
export function nextCheckInDay(goal: CheckInGoal): string {
  return addDays(lastCheckInDay(goal), goal.checkInEveryDays);
}

/**
 * True when an active goal is due a check-in: `checkInEveryDays` or more have passed since
 * the last check-in (or, with none yet, since the goal was made). Achieved, paused and
 * stopped goals never ask. `today` is YYYY-MM-DD in the computer's time zone.
 */
export function needsCheckIn(goal: CheckInGoal, today: string): boolean {
  if (goal.status !== 'active') return false;
  return daysBetween(lastCheckInDay(goal), today) >= goal.checkInEveryDays;
}

/** The goal with one more check-in, ready to save (the check-in keeps its own id). */
export function withCheckIn<G extends Pick<Goal, 'checkIns'>>(goal: G, checkIn: GoalCheckIn): G {
  return { ...goal, checkIns: [...goal.checkIns, checkIn] };
}

/** The goal without one check-in, ready to save. */
export function withoutCheckIn<G extends Pick<Goal, 'checkIns'>>(goal: G, checkInId: string): G {
  return { ...goal, checkIns: goal.checkIns.filter((checkIn) => checkIn.id !== checkInId) };
}
