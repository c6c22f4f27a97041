import type { AreaDefinition } from '../../record/area-definition';
import { AppointmentDetails } from './AppointmentDetails';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentList } from './AppointmentList';

export const appointmentsArea: AreaDefinition = { key: 'appointments', List: AppointmentList, Form: AppointmentForm, Details: AppointmentDetails };
