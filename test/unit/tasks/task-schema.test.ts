import { describe, expect, it } from 'vitest';
import { taskInputSchema } from '../../../shared/model/task';

const messages = (input: unknown): Record<string, string> => {
  const result = taskInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('Task schema', () => {
  it('accepts a task with only what to do', () => {
    expect(taskInputSchema.parse({ title: ' Call the pharmacy ' })).toMatchObject({ title: 'Call the pharmacy', done: false, dueDate: '', ownerName: '', appointmentId: '' });
  });

  it('accepts a past or future due date, an owner and links', () => {
    const task = taskInputSchema.parse({ title: 'Book scan', dueDate: '2020-01-31', ownerName: 'me', appointmentId: 'a1', goalId: 'g1' });
    expect(task).toMatchObject({ dueDate: '2020-01-31', ownerName: 'me', appointmentId: 'a1', goalId: 'g1' });
    expect(taskInputSchema.parse({ title: 'Later', dueDate: '2099-12-31' }).dueDate).toBe('2099-12-31');
  });

  it('refuses a task without what to do', () => {
    expect(messages({ title: '   ' })).toEqual({ title: 'task.titleRequired' });
    expect(messages({})).toHaveProperty('title');
  });

  it('refuses a due date that is not a real day', () => {
    expect(messages({ title: 'x', dueDate: '2026-02-30' })).toEqual({ dueDate: 'date.invalid' });
    expect(messages({ title: 'x', dueDate: '3/4/2026' })).toEqual({ dueDate: 'date.format' });
  });

  it('refuses over-long text', () => {
    expect(messages({ title: 'x'.repeat(301) })).toEqual({ title: 'text.tooLong' });
    expect(messages({ title: 'x', ownerName: 'x'.repeat(201) })).toEqual({ ownerName: 'text.tooLong' });
  });
});
