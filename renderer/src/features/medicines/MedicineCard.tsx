import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';
import { refillStatus } from '../../../../shared/record/medication-refill';
import { medicationInstructions } from '../../../../shared/record/medication/instructions-text';
import { stoppedOn } from '../../../../shared/record/medication/list-groups';
import { Link, useNavigation } from '../../app/navigation';
import { formatCalendarDate } from '../../i18n/format-date';
import { RemoveItemDialog } from '../../record/RemoveItemDialog';
import { MedicineStatusActions } from './MedicineStatusActions';
import { StatusBadge } from './StatusBadge';
import { medicineTitle } from '../../../../shared/record/medication/display-name';
import { useInstructionPhrases } from './useInstructionPhrases';
import './medicines.css';
import { EverydayPurpose } from '../../record/EverydayPurpose';

interface Props {
  med: Medication;
  level: 2 | 3 | 4;
  /** Take focus when it appears (it just moved to another group after Pause or Stop). */
  focusOnMount?: boolean;
  onChanged: (message: string, itemId: string) => void;
}

/** One medicine in the list: name and strength, how to take it, what it is for, the next refill. */
export function MedicineCard({ med, level, focusOnMount, onChanged }: Props): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const phrases = useInstructionPhrases();
  const [removing, setRemoving] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const name = medicineTitle(med);
  const Heading = `h${level}` as const;
  const at = { area: 'medicines' as const, personId: med.personId, itemId: med.id };
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  const refill = refillStatus(med);
  const sentence = medicationInstructions(med, phrases);
  return (
    <article className="card item-card medicine-card" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="item-title">
        <Link to={{ name: 'item', ...at }} className="item-link">
          {name}
        </Link>
        <StatusBadge med={med} />
      </Heading>
      {med.brandName ? <p className="muted">{t('brandLine', { brand: med.brandName })}</p> : null}
      {sentence ? <p className="medicine-sentence">{sentence}</p> : null}
      {med.purpose ? <p>{t('forLine', { purpose: med.purpose })}</p> : null}
      <EverydayPurpose name={med.name} brandName={med.brandName} purpose={med.purpose} rxnorm={med.codes.rxnorm} />
      {med.status === 'stopped' ? (
        <p>{med.statusReason ? t('stoppedLineWhy', { date: date(stoppedOn(med)), reason: med.statusReason }) : t('stoppedLine', { date: date(stoppedOn(med)) })}</p>
      ) : (
        <>
          {med.status === 'paused' && med.statusReason ? <p>{t('pausedWhy', { reason: med.statusReason })}</p> : null}
          {refill.nextRefillDate ? <p>{t('nextRefill', { date: date(refill.nextRefillDate) })}</p> : null}
          {refill.needsNewPrescription ? <p className="medicine-warning">{t('noRefillsLeft')}</p> : null}
        </>
      )}
      <div className="actions">
        <MedicineStatusActions med={med} named onChanged={(message) => onChanged(message, med.id)} />
        <button type="button" className="button" aria-label={tr('editNamed', { name })} onClick={() => go({ name: 'item-edit', ...at })}>
          {tr('edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={tr('removeNamed', { name })} onClick={() => setRemoving(true)}>
          {tr('remove')}
        </button>
      </div>
      {removing ? <RemoveItemDialog itemId={med.id} name={name} onClose={() => setRemoving(false)} /> : null}
    </article>
  );
}
