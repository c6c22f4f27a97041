import type { AreaDefinition } from '../../record/area-definition';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementList } from './MeasurementList';

export const measurementsArea: AreaDefinition = { key: 'measurements', List: MeasurementList, Form: MeasurementForm };
