import { describe, expect, it } from 'vitest';
import { daysOverdue, groupTasks, isOverdue, taskGroup, withDone } from '../../../shared/record/tasks/task-groups';

const task = (title: string, dueDate = '', done = false, doneOn = '') => ({ title, dueDate, done, doneOn, updatedAt: '' });
const TODAY = '2026-03-10';

describe('Task grouping', () => {
  it('knows what is overdue, with today as a parameter', () => {
    expect(isOverdue(task('a', '2026-03-09'), TODAY)).toBe(true);
    expect(isOverdue(task('a', '2026-03-10'), TODAY)).toBe(false);
    expect(isOverdue(task('a', ''), TODAY)).toBe(false);
    expect(isOverdue(task('a', '2026-03-01', true), TODAY)).toBe(false);
    expect(isOverdue(task('a', '2026-03-09'), '2026-03-09')).toBe(false);
    expect(daysOverdue(task('a', '2026-02-28'), TODAY)).toBe(10);
    expect(daysOverdue(task('a', '2026-03-11'), TODAY)).toBe(0);
  });

  it('puts each task in one group', () => {
    expect(taskGroup(task('a', '2026-03-09'), TODAY)).toBe('overdue');
    expect(taskGroup(task('a', '2026-03-10'), TODAY)).toBe('dueSoon');
    expect(taskGroup(task('a', '2026-03-17'), TODAY)).toBe('dueSoon');
    expect(taskGroup(task('a', '2026-03-18'), TODAY)).toBe('later');
    expect(taskGroup(task('a'), TODAY)).toBe('noDate');
    expect(taskGroup(task('a', '2026-03-01', true), TODAY)).toBe('done');
  });

  it('orders overdue first by date, then due soon, later, no date, done last', () => {
    const groups = groupTasks(
      [
        task('Later', '2026-04-01'),
        task('Done early', '2026-03-01', true, '2026-03-02'),
        task('Very late', '2026-01-01'),
        task('No date B'),
        task('Soon', '2026-03-12'),
        task('Late', '2026-03-09'),
        task('No date A'),
        task('Done recently', '', true, '2026-03-09'),
        task('Today', '2026-03-10'),
      ],
      TODAY,
    );
    const titles = (list: { title: string }[]) => list.map((t) => t.title);
    expect(titles(groups.overdue)).toEqual(['Very late', 'Late']);
    expect(titles(groups.dueSoon)).toEqual(['Today', 'Soon']);
    expect(titles(groups.later)).toEqual(['Later']);
    expect(titles(groups.noDate)).toEqual(['No date A', 'No date B']);
    expect(titles(groups.done)).toEqual(['Done recently', 'Done early']);
  });

  it('marks done with the day, and forgets it when reopened', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const done = withDone(task('a', '2026-03-09'), true, TODAY, now);
    expect(done).toMatchObject({ done: true, doneOn: TODAY, updatedAt: now.toISOString() });
    expect(taskGroup(done, TODAY)).toBe('done');
    expect(withDone(done, false, TODAY, now)).toMatchObject({ done: false, doneOn: '' });
  });
});
