import type { Medication } from '../model/medication';
import { addDays } from './calendar-days';

export interface RefillStatus {
  /** The day the supply runs out: last fill + days' supply. Null when either is unknown. */
  nextRefillDate: string | null;
  /** No refills left: a new prescription is needed before that day. */
  needsNewPrescription: boolean;
}

/** Next refill from the last fill date and the days' supply; refills left says whether the pharmacy can refill it. */
export function refillStatus(med: Pick<Medication, 'lastFillDate' | 'daysSupply' | 'refillsLeft'>): RefillStatus {
  const nextRefillDate = med.lastFillDate && med.daysSupply ? addDays(med.lastFillDate, med.daysSupply) : null;
  return { nextRefillDate, needsNewPrescription: med.refillsLeft === 0 };
}
