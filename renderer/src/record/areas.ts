import type { AreaKey } from '../app/routes';
import type { AreaDefinition } from './area-definition';
import { medicinesArea } from '../features/medicines/area';
import { appointmentsArea } from '../features/appointments/area';
import { careTeamArea } from '../features/careTeam/area';
import { goalsArea } from '../features/goals/area';
import { tasksArea } from '../features/tasks/area';
import { allergiesArea } from '../features/allergies/area';
import { conditionsArea } from '../features/conditions/area';
import { measurementsArea } from '../features/measurements/area';
import { questionsArea } from '../features/questions/area';
import { hospitalStaysArea } from '../features/hospitalStays/area';

/** Every area, in the order the sidebar lists them: what people open most comes first. */
export const AREAS: Record<AreaKey, AreaDefinition> = {
  medicines: medicinesArea,
  appointments: appointmentsArea,
  careTeam: careTeamArea,
  goals: goalsArea,
  tasks: tasksArea,
  allergies: allergiesArea,
  conditions: conditionsArea,
  measurements: measurementsArea,
  questions: questionsArea,
  hospitalStays: hospitalStaysArea,
};
