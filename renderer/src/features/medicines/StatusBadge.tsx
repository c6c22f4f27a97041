import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';

/** "Paused", "Stopped" or "As needed" beside the name; nothing for a medicine taken as usual. */
export function StatusBadge({ med }: { med: Pick<Medication, 'status' | 'asNeeded'> }): ReactNode {
  const { t } = useTranslation('medications');
  if (med.status !== 'taking') return <span className={`badge badge-${med.status}`}>{t(`statuses.${med.status}`)}</span>;
  return med.asNeeded ? <span className="badge">{t('asNeededBadge')}</span> : null;
}
