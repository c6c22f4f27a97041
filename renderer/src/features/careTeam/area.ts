import type { AreaDefinition } from '../../record/area-definition';
import { CareTeamForm } from './CareTeamForm';
import { CareTeamList } from './CareTeamList';

export const careTeamArea: AreaDefinition = { key: 'careTeam', List: CareTeamList, Form: CareTeamForm };
