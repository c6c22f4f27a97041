import type { AreaDefinition } from '../../record/area-definition';
import { TaskForm } from './TaskForm';
import { TaskList } from './TaskList';

export const tasksArea: AreaDefinition = { key: 'tasks', List: TaskList, Form: TaskForm };
