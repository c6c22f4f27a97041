import { describe, expect, it } from 'vitest';
import { questionInputSchema } from '../../../shared/model/question';

const messages = (input: unknown): Record<string, string> => {
  const result = questionInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('Question schema', () => {
  it('accepts a question, open by default', () => {
    expect(questionInputSchema.parse({ text: ' Can I take it with food? ' })).toEqual({
      text: 'Can I take it with food?',
      careTeamMemberId: '',
      appointmentId: '',
      status: 'open',
      answer: '',
    });
  });

  it('accepts an answered question with its answer', () => {
    expect(questionInputSchema.parse({ text: 'Why?', status: 'answered', answer: 'Because.' })).toMatchObject({ status: 'answered', answer: 'Because.' });
  });

  it('refuses an empty question, an unknown status and an over-long one', () => {
    expect(messages({ text: '  ' })).toEqual({ text: 'question.textRequired' });
    expect(Object.keys(messages({ text: 'x', status: 'pending' }))).toEqual(['status']);
    expect(messages({ text: 'x'.repeat(1001) })).toEqual({ text: 'text.tooLong' });
  });
});
