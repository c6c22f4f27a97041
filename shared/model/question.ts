import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalRef, requiredText } from './fields';

export const QUESTION_STATUSES = ['open', 'asked', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const questionInputSchema = z.object({
  text: requiredText('question.textRequired', 1000),
  /** Who to ask, when it is someone in the care team. */
  careTeamMemberId: optionalRef(),
  /** The visit to ask it at. */
  appointmentId: optionalRef(),
  status: z.enum(QUESTION_STATUSES).default('open'),
  answer: longText(),
});
export type QuestionInput = z.input<typeof questionInputSchema>;
export const questionSchema = storedItemSchema('question', questionInputSchema);
export type Question = z.infer<typeof questionSchema>;
