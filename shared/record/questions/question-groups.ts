import { QUESTION_STATUSES, type Question, type QuestionStatus } from '../../model/question';

type Groupable = Pick<Question, 'status' | 'createdAt' | 'updatedAt'>;

/**
 * Questions by status: open ones in the order they were written (the oldest worry first),
 * asked and answered ones most recent first.
 */
export function groupQuestions<T extends Groupable>(questions: readonly T[]): Record<QuestionStatus, T[]> {
  const groups = Object.fromEntries(QUESTION_STATUSES.map((status) => [status, [] as T[]])) as Record<QuestionStatus, T[]>;
  for (const question of questions) groups[question.status].push(question);
  groups.open.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  groups.asked.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  groups.answered.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return groups;
}
