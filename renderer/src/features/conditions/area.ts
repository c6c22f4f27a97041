import type { AreaDefinition } from '../../record/area-definition';
import { ConditionForm } from './ConditionForm';
import { ConditionList } from './ConditionList';

export const conditionsArea: AreaDefinition = { key: 'conditions', List: ConditionList, Form: ConditionForm };
