import type { AreaDefinition } from '../../record/area-definition';
import { GoalDetails } from './GoalDetails';
import { GoalForm } from './GoalForm';
import { GoalList } from './GoalList';

export const goalsArea: AreaDefinition = { key: 'goals', List: GoalList, Form: GoalForm, Details: GoalDetails };
