import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert } from '../../components/Alert';
import { useSession } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { saveItem } from '../../../../shared/record/item-store';
import type { Goal, GoalCheckIn } from '../../../../shared/model/goal';
import { checkInsNewestFirst, withoutCheckIn } from '../../../../shared/record/goals/check-in';
import { useMeasurementWords } from '../measurements/measurement-words';
import { CheckInForm } from './CheckInForm';

/** A goal's check-ins, newest first, with a small form to add one. */
export function GoalCheckIns({ goal }: { goal: Goal }): ReactNode {
  const { t } = useTranslation('goals');
  const { t: tr } = useTranslation('record');
  const { t: tc } = useTranslation();
  const words = useMeasurementWords();
  const session = useSession();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<GoalCheckIn | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = (message: string): void => {
    setAdding(false);
    setStatus(message);
    // The button comes back after the form closes; focus returns to it on the next frame.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const remove = async (checkIn: GoalCheckIn): Promise<void> => {
    setBusy(true);
    try {
      await saveItem(session, 'goal', goal.personId, withoutCheckIn(goal, checkIn.id), goal.id);
      setRemoving(null);
      setFailure(null);
      setStatus(t('checkIns.removed'));
      addButton.current?.focus();
    } catch (error) {
      setFailure(errorMessage(tc, error));
    } finally {
      setBusy(false);
    }
  };
  const checkIns = checkInsNewestFirst(goal.checkIns);
  return (
    <section className="goal-section" aria-labelledby="goal-checkins">
      <h2 id="goal-checkins">{t('checkIns.heading')}</h2>
      <p role="status" className="checkin-status">
        {status}
      </p>
      {adding ? (
        <CheckInForm goal={goal} onSaved={() => closeForm(t('checkIns.saved'))} onCancel={() => closeForm('')} />
      ) : (
        <div className="actions">
          <button
            ref={addButton}
            type="button"
            className="button button-primary"
            onClick={() => {
              setStatus('');
              setAdding(true);
            }}
          >
            {t('checkIns.add')}
          </button>
        </div>
      )}
      {checkIns.length === 0 ? (
        <p className="muted">{t('checkIns.empty')}</p>
      ) : (
        <ul className="checkin-list">
          {checkIns.map((checkIn) => {
            const date = words.day(checkIn.date);
            return (
              <li key={checkIn.id}>
                <p className="checkin-head">
                  <strong>{date}</strong>
                  <span className="badge">{t(`checkIns.progressOptions.${checkIn.progress}`)}</span>
                </p>
                {checkIn.note ? <p className="goal-text">{checkIn.note}</p> : null}
                <button type="button" className="button button-quiet" aria-label={t('checkIns.removeNamed', { date })} onClick={() => setRemoving(checkIn)}>
                  {tr('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {removing ? (
        <ConfirmDialog
          title={t('checkIns.removeTitle', { date: words.day(removing.date) })}
          confirmLabel={tr('removeConfirm')}
          cancelLabel={tr('keep')}
          onConfirm={() => void remove(removing)}
          onCancel={() => {
            setRemoving(null);
            setFailure(null);
          }}
          busy={busy}
        >
          <p>{t('checkIns.removeText', { date: words.day(removing.date) })}</p>
          {failure ? <Alert>{failure}</Alert> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
