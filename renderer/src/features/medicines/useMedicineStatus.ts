import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';
import { todayIso } from '../../../../shared/model/dates';
import { buildItem, saveItems } from '../../../../shared/record/item-store';
import { pauseMedication, resumeMedication, stopMedication } from '../../../../shared/record/medication/status-actions';
import { useSession } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';

export type StatusAction = { type: 'pause' } | { type: 'resume' } | { type: 'stop'; reason: string };

export interface MedicineStatus {
  /** Applies the action and saves; resolves true when saved. */
  apply: (med: Medication, action: StatusAction) => Promise<boolean>;
  failure: string | null;
}

/** Pause, resume or stop a medicine from a list card or its details page. */
export function useMedicineStatus(): MedicineStatus {
  const { t } = useTranslation();
  const session = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const apply = async (med: Medication, action: StatusAction): Promise<boolean> => {
    setFailure(null);
    const today = todayIso();
    const next =
      action.type === 'pause' ? pauseMedication(med, today) : action.type === 'resume' ? resumeMedication(med, today) : stopMedication(med, action.reason, today);
    try {
      await saveItems(session, [buildItem(session, 'medication', med.personId, next, med.id)]);
      return true;
    } catch (error) {
      setFailure(errorMessage(t, error));
      return false;
    }
  };
  return { apply, failure };
}
