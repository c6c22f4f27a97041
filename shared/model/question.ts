import { z } from 'zod';
import { storedItemSchema } from './care-item';
import { longText, optionalRef, requiredText } from './fields';

export const questionInputSchema = z.object({
  text: requiredText('question.textRequired', 1000),
  careTeamMemberId: optionalRef(),
  appointmentId: optionalRef(),
  status: z.enum(['open', 'asked', 'answered']).default('open'),
  answer: longText(),
});
export type QuestionInput = z.input<typeof questionInputSchema>;
export const questionSchema = storedItemSchema('question', questionInputSchema);
export type Question = z.infer<typeof questionSchema>;
