import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getItem, removeItem } from '../../../../shared/record/item-store';
import { refillStatus } from '../../../../shared/record/medication-refill';
import { medicationInstructions } from '../../../../shared/record/medication/instructions-text';
import { Link, useNavigation } from '../../app/navigation';
import { Alert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatCalendarDate } from '../../i18n/format-date';
import { RemoveItemDialog } from '../../record/RemoveItemDialog';
import { useSession, useVaultData } from '../../vault/useSession';
import { HistoryList } from './HistoryList';
import { MedicineFacts } from './MedicineFacts';
import { MedicineStatusActions } from './MedicineStatusActions';
import { StatusBadge } from './StatusBadge';
import { medicineTitle } from '../../../../shared/record/medication/display-name';
import { useInstructionPhrases } from './useInstructionPhrases';
import './medicines.css';
import { EverydayPurpose } from '../../record/EverydayPurpose';

/** One medicine: how to take it, every field, its actions and its history. */
export function MedicineDetails({ itemId }: { itemId: string }): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const { t: tr } = useTranslation('record');
  const session = useSession();
  const { route, go } = useNavigation();
  const phrases = useInstructionPhrases();
  const med = useVaultData((s) => getItem(s, 'medication', itemId));
  const [removing, setRemoving] = useState(false);
  // Each change is numbered so the same message twice still moves focus.
  const [notice, setNotice] = useState<{ text: string; count: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the stop dialog has closed (it keeps focus while open), the new status gets focus.
    if (notice) statusRef.current?.focus();
  }, [notice]);
  const personId = 'personId' in route ? route.personId : null;
  const backLink = (
    <p className="back-link">
      <Link to={{ name: 'area', area: 'medicines', personId }}>{t('details.back')}</Link>
    </p>
  );
  if (!med) {
    return (
      <div className="screen narrow">
        {backLink}
        <p className="empty-state">{t('details.notFound')}</p>
      </div>
    );
  }
  const name = medicineTitle(med);
  const refill = refillStatus(med);
  const at = { area: 'medicines' as const, personId: med.personId, itemId: med.id };
  return (
    <div className="screen narrow">
      {backLink}
      <ScreenHeading>{name}</ScreenHeading>
      {/* Focus lands here after Pause / Resume / Stop, so the new status is read out. */}
      <div ref={statusRef} tabIndex={-1}>
        <StatusBadge med={med} />
        {notice ? <Alert tone="success">{notice.text}</Alert> : null}
      </div>
      <section className="card" aria-labelledby="med-how">
        <h2 id="med-how">{t('details.howToTake')}</h2>
        <p className="medicine-lead">{medicationInstructions(med, phrases)}</p>
        {med.purpose ? <p>{t('forLine', { purpose: med.purpose })}</p> : null}
        <EverydayPurpose name={med.name} brandName={med.brandName} purpose={med.purpose} rxnorm={med.codes.rxnorm} />
        {med.status !== 'stopped' && refill.nextRefillDate ? <p>{t('nextRefill', { date: formatCalendarDate(refill.nextRefillDate, i18n.language) })}</p> : null}
        {med.status !== 'stopped' && refill.needsNewPrescription ? <p className="medicine-warning">{t('noRefillsLeft')}</p> : null}
        <div className="actions">
          <MedicineStatusActions
            med={med}
            named={false}
            onChanged={(text) => setNotice((last) => ({ text, count: (last?.count ?? 0) + 1 }))}
          />
          <button type="button" className="button" onClick={() => go({ name: 'item-edit', ...at })}>
            {tr('edit')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setRemoving(true)}>
            {tr('remove')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="med-history">
        <h2 id="med-history">{t('details.history')}</h2>
        <HistoryList history={med.history} />
      </section>
      <section className="card" aria-labelledby="med-about">
        <h2 id="med-about">{t('details.about')}</h2>
        <MedicineFacts med={med} />
      </section>
      {removing ? (
        <RemoveItemDialog
          itemId={med.id}
          name={name}
          onClose={() => setRemoving(false)}
          onRemove={async () => {
            await removeItem(session, med.id);
            go({ name: 'area', area: 'medicines', personId });
          }}
        />
      ) : null}
    </div>
  );
}
