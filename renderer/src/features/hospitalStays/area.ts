import type { AreaDefinition } from '../../record/area-definition';
import { HospitalStayDetails } from './HospitalStayDetails';
import { HospitalStayForm } from './HospitalStayForm';
import { HospitalStayList } from './HospitalStayList';

export const hospitalStaysArea: AreaDefinition = { key: 'hospitalStays', List: HospitalStayList, Form: HospitalStayForm, Details: HospitalStayDetails };
