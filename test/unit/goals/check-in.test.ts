import { describe, expect, it } from 'vitest';
import { goalInputSchema, type Goal, type GoalCheckIn } from '../../../shared/model/goal';
import { checkInsNewestFirst, lastCheckInDay, needsCheckIn, nextCheckInDay } from '../../../shared/record/goals/check-in';

const checkIn = (id: string, date: string): GoalCheckIn => ({ id, date, progress: 'same', note: '' });
const goal = (fields: Record<string, unknown> = {}, createdAt = '2025-05-01T15:00:00.000Z'): Goal =>
  ({ ...goalInputSchema.parse({ statement: 'Walk every day', ...fields }), kind: 'goal', id: 'g', personId: 'p', source: { type: 'manual' }, createdAt, updatedAt: createdAt }) as Goal;

describe('Goal check-ins', () => {
  it('with none yet, counts from the day the goal was made', () => {
    const g = goal({ checkInEveryDays: 14 });
    expect(lastCheckInDay(g)).toBe('2025-05-01');
    expect(nextCheckInDay(g)).toBe('2025-05-15');
    expect(needsCheckIn(g, '2025-05-01')).toBe(false);
    expect(needsCheckIn(g, '2025-05-14')).toBe(false);
    expect(needsCheckIn(g, '2025-05-15')).toBe(true);
    expect(needsCheckIn(g, '2025-09-01')).toBe(true);
  });

  it('counts from the newest check-in, whatever order they were added in', () => {
    const g = goal({ checkInEveryDays: 7, checkIns: [checkIn('a', '2025-06-10'), checkIn('b', '2025-06-01')] });
    expect(lastCheckInDay(g)).toBe('2025-06-10');
    expect(needsCheckIn(g, '2025-06-16')).toBe(false);
    expect(needsCheckIn(g, '2025-06-17')).toBe(true);
  });

  it('asks daily goals every day, across months and leap days', () => {
    const g = goal({ checkInEveryDays: 1, checkIns: [checkIn('a', '2024-02-28')] });
    expect(needsCheckIn(g, '2024-02-28')).toBe(false);
    expect(needsCheckIn(g, '2024-02-29')).toBe(true);
    expect(nextCheckInDay(goal({ checkInEveryDays: 30, checkIns: [checkIn('a', '2024-12-15')] }))).toBe('2025-01-14');
  });

  it('never asks for goals that are achieved, paused or stopped', () => {
    for (const status of ['achieved', 'paused', 'stopped']) expect(needsCheckIn(goal({ status }), '2030-01-01')).toBe(false);
  });

  it('lists check-ins newest first, the later-added first on the same day', () => {
    const list = [checkIn('a', '2025-06-01'), checkIn('b', '2025-06-10'), checkIn('c', '2025-06-01')];
    expect(checkInsNewestFirst(list).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});
