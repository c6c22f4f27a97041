import { medicationSchema, type Medication, type MedicationInput } from '../../../shared/model/medication';

/** A stored medication with the given fields (the schema fills the rest). */
export function med(fields: Partial<MedicationInput> & Partial<Pick<Medication, 'updatedAt'>> = {}): Medication {
  return medicationSchema.parse({
    name: 'Lisinopril',
    kind: 'medication',
    id: 'med-1',
    personId: 'person-1',
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-01-01T10:00:00.000Z',
    ...fields,
  });
}
