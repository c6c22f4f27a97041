import type { Medication } from '../../../../shared/model/medication';

/** How a medicine is named on screen: its name and strength, "Metformin 500 mg". */
export function medicineTitle(med: Pick<Medication, 'name' | 'strength'>): string {
  return [med.name.trim(), med.strength.trim()].filter(Boolean).join(' ');
}
