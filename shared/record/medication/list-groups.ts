import type { Medication } from '../../model/medication';
import { daysBetween } from '../calendar-days';

/** How long a stopped medicine stays in view: the medication list printout keeps 90 days too. */
export const RECENTLY_STOPPED_DAYS = 90;

export interface MedicationGroups<T> {
  taking: T[];
  asNeeded: T[];
  paused: T[];
  /** Stopped in the last 90 days. */
  recentlyStopped: T[];
  /** Stopped longer ago: shown only on request. */
  olderStopped: T[];
}

type Groupable = Pick<Medication, 'name' | 'status' | 'asNeeded' | 'endDate' | 'history' | 'updatedAt'>;

/** The day a medicine was stopped: its stop date, else its last "stopped" entry, else when it was last saved. */
export function stoppedOn(med: Groupable): string {
  if (med.endDate) return med.endDate;
  const entries = med.history.filter((entry) => entry.change === 'stopped').map((entry) => entry.date);
  return entries.sort().at(-1) ?? med.updatedAt.slice(0, 10);
}

/**
 * The list in the order people use it: what is taken every day, then as needed, then
 * paused, then stopped (recent ones first). Alphabetical within each group.
 */
export function groupMedications<T extends Groupable>(meds: readonly T[], today: string, locale = 'en'): MedicationGroups<T> {
  const groups: MedicationGroups<T> = { taking: [], asNeeded: [], paused: [], recentlyStopped: [], olderStopped: [] };
  const byName = [...meds].sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }));
  for (const med of byName) {
    if (med.status === 'paused') groups.paused.push(med);
    else if (med.status === 'stopped') {
      if (daysBetween(stoppedOn(med), today) <= RECENTLY_STOPPED_DAYS) groups.recentlyStopped.push(med);
      else groups.olderStopped.push(med);
    } else if (med.asNeeded) groups.asNeeded.push(med);
    else groups.taking.push(med);
  }
  const latestStopFirst = (a: T, b: T): number => stoppedOn(b).localeCompare(stoppedOn(a));
  groups.recentlyStopped.sort(latestStopFirst);
  groups.olderStopped.sort(latestStopFirst);
  return groups;
}
