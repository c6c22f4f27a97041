import type { Medication } from '../model/medication';
import { addDays, daysBetween } from './calendar-days';

export interface RefillStatus {
  /** The day the supply runs out: last fill + days' supply. Null when either is unknown. */
  nextRefillDate: string | null;
  /** No refills left: a new prescription is needed before that day. */
  needsNewPrescription: boolean;
  /** Days from today to the next refill (negative when it is past); null without a date or a today. */
  daysUntilRefill: number | null;
}

/**
 * Next refill from the last fill date and the days' supply; refills left says whether the
 * pharmacy can refill it. Pass today to also learn how many days are left.
 */
export function refillStatus(med: Pick<Medication, 'lastFillDate' | 'daysSupply' | 'refillsLeft'>, today?: string): RefillStatus {
  const nextRefillDate = med.lastFillDate && med.daysSupply ? addDays(med.lastFillDate, med.daysSupply) : null;
  return {
    nextRefillDate,
    needsNewPrescription: med.refillsLeft === 0,
    daysUntilRefill: nextRefillDate && today ? daysBetween(today, nextRefillDate) : null,
  };
}
