import type { Medication, MedicationChange } from '../../model/medication';

/**
 * Pause, resume and stop as one step each: the new status and its dated history entry
 * together, so the list and the history never disagree. Nothing is written here.
 */
const change = (kind: MedicationChange['change'], date: string, reason = '', from = ''): MedicationChange => ({
  date,
  change: kind,
  from,
  to: '',
  reason,
  by: '',
});

export function pauseMedication(med: Medication, today: string, reason = ''): Medication {
  return { ...med, status: 'paused', statusReason: reason.trim(), history: [...med.history, change('paused', today, reason.trim())] };
}

/** Taking it again, after a pause or a stop: the old stop date no longer applies. */
export function resumeMedication(med: Medication, today: string): Medication {
  return {
    ...med,
    status: 'taking',
    statusReason: '',
    endDate: med.status === 'stopped' ? '' : med.endDate,
    history: [...med.history, change('resumed', today, '', med.status)],
  };
}

/** Stopped today, and why ("made her dizzy"). */
export function stopMedication(med: Medication, reason: string, today: string): Medication {
  return {
    ...med,
    status: 'stopped',
    statusReason: reason.trim(),
    endDate: today,
    history: [...med.history, change('stopped', today, reason.trim())],
  };
}
