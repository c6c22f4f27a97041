import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';
import { getItem } from '../../../../shared/record/item-store';
import { refillStatus } from '../../../../shared/record/medication-refill';
import { writeDose, writeTiming } from '../../../../shared/plain-language/instructions';
import { formatCalendarDate } from '../../i18n/format-date';
import { useVaultData } from '../../vault/useSession';
import { useInstructionPhrases } from './useInstructionPhrases';

/** Every field of a medicine, labelled as in the form; "Not given" where empty. */
export function MedicineFacts({ med }: { med: Medication }): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const phrases = useInstructionPhrases();
  const prescriber = useVaultData((session) => (med.prescriberId ? getItem(session, 'careTeamMember', med.prescriberId) : undefined));
  const date = (iso: string) => (iso ? formatCalendarDate(iso, i18n.language) : '');
  const refill = refillStatus(med);
  const timing = writeTiming(med.timing, phrases);
  const rows: [string, ReactNode][] = [
    [t('name'), med.name],
    [t('brandName'), med.brandName],
    [t('strength'), med.strength],
    [t('form'), t(`forms.${med.form}`)],
    [t('doseAmount'), writeDose(med, phrases)],
    [t('route'), t(`routes.${med.route}`)],
    [t('timing'), timing ? `${t(`timingKinds.${med.timing.kind}`)}: ${timing}` : t(`timingKinds.${med.timing.kind}`)],
    [t('asNeeded'), med.asNeeded ? med.asNeededReason || t('asNeededBadge') : ''],
    [t('foodCue'), med.foodCue === 'none' ? '' : t(`foodCues.${med.foodCue}`)],
    [t('purpose'), med.purpose],
    [t('prescriber'), prescriber?.name ?? (med.prescriberId ? t('prescriberMissing') : '')],
    [t('pharmacy'), med.pharmacy],
    [t('startDate'), date(med.startDate)],
    [t('endDate'), date(med.endDate)],
    [t('status'), med.statusReason ? `${t(`statuses.${med.status}`)}: ${med.statusReason}` : t(`statuses.${med.status}`)],
    [t('lastFillDate'), date(med.lastFillDate)],
    [t('daysSupply'), med.daysSupply === null ? '' : String(med.daysSupply)],
    [t('refillsLeft'), med.refillsLeft === null ? '' : String(med.refillsLeft)],
    [t('nextRefillLabel'), date(refill.nextRefillDate ?? '')],
    [t('color'), med.color],
    [t('shape'), med.shape],
    [t('imprint'), med.imprint],
    [t('notes'), med.notes],
  ];
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className="medicine-fact">{value || <span className="muted">{t('details.none')}</span>}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
