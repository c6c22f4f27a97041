import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';

/** From the medicines list, one click to the medication list's preview, ready to save or print. */
export function PrintMedicationListButton({ personId, disabled }: { personId: string | null; disabled: boolean }): ReactNode {
  const { t } = useTranslation('print-center');
  const { go } = useNavigation();
  return (
    <button type="button" className="button" disabled={disabled} onClick={() => go({ name: 'print', personId, printout: 'medicationList' })}>
      {t('printMedicationList')}
    </button>
  );
}
