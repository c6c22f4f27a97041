import type { AreaDefinition } from '../../record/area-definition';
import { AllergyForm } from './AllergyForm';
import { AllergyList } from './AllergyList';

export const allergiesArea: AreaDefinition = { key: 'allergies', List: AllergyList, Form: AllergyForm };
