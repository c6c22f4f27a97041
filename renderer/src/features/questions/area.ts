import type { AreaDefinition } from '../../record/area-definition';
import { QuestionForm } from './QuestionForm';
import { QuestionList } from './QuestionList';

export const questionsArea: AreaDefinition = { key: 'questions', List: QuestionList, Form: QuestionForm };
