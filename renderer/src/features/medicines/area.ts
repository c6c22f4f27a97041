import type { AreaDefinition } from '../../record/area-definition';
import { MedicineDetails } from './MedicineDetails';
import { MedicineForm } from './MedicineForm';
import { MedicineList } from './MedicineList';

export const medicinesArea: AreaDefinition = { key: 'medicines', List: MedicineList, Form: MedicineForm, Details: MedicineDetails };
