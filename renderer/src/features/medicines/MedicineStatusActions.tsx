import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';
import { Alert } from '../../components/Alert';
import { StopMedicineDialog } from './StopMedicineDialog';
import { medicineTitle } from '../../../../shared/record/medication/display-name';
import { useMedicineStatus, type StatusAction } from './useMedicineStatus';

interface Props {
  med: Medication;
  /** On a list the buttons say which medicine ("Pause Metformin"); on its own page, just "Pause". */
  named: boolean;
  /** After a change is saved, with a sentence saying what happened. */
  onChanged: (message: string) => void;
}

/** Pause / Resume / Start again / Stop, whichever apply to the medicine's status. */
export function MedicineStatusActions({ med, named, onChanged }: Props): ReactNode {
  const { t } = useTranslation('medications');
  const { apply, failure } = useMedicineStatus();
  const [stopping, setStopping] = useState(false);
  const name = medicineTitle(med);
  const label = (key: 'pause' | 'resume' | 'startAgain' | 'stop') => (named ? { 'aria-label': t(`actions.${key}Named`, { name }) } : {});
  const run = async (action: StatusAction, message: string): Promise<boolean> => {
    const saved = await apply(med, action);
    if (saved) onChanged(message);
    return saved;
  };
  return (
    <>
      {med.status === 'taking' ? (
        <button type="button" className="button" {...label('pause')} onClick={() => void run({ type: 'pause' }, t('actions.paused', { name }))}>
          {t('actions.pause')}
        </button>
      ) : null}
      {med.status === 'paused' ? (
        <button type="button" className="button" {...label('resume')} onClick={() => void run({ type: 'resume' }, t('actions.resumed', { name }))}>
          {t('actions.resume')}
        </button>
      ) : null}
      {med.status === 'stopped' ? (
        <button type="button" className="button" {...label('startAgain')} onClick={() => void run({ type: 'resume' }, t('actions.resumed', { name }))}>
          {t('actions.startAgain')}
        </button>
      ) : (
        <button type="button" className="button" {...label('stop')} onClick={() => setStopping(true)}>
          {t('actions.stop')}
        </button>
      )}
      {failure && !stopping ? <Alert>{failure}</Alert> : null}
      {stopping ? (
        <StopMedicineDialog
          name={name}
          failure={failure}
          onClose={() => setStopping(false)}
          onStop={async (reason) => {
            if (await run({ type: 'stop', reason }, t('actions.stopped', { name }))) setStopping(false);
          }}
        />
      ) : null}
    </>
  );
}
