import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { collectContents } from '../../../../shared/backup/contents';
import { backupFileName, BACKUP_MIME_TYPE } from '../../../../shared/backup/format';
import { listPeople } from '../../../../shared/people/people-store';
import { getPlatform } from '../../platform';
import { useSession } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { BackupDialog } from './BackupDialog';
import { sealInWorker } from './backup-crypto';
import { useBackupPassphraseForm } from './useBackupPassphraseForm';

export interface HandOverDone {
  fileName: string;
  names: string[];
  date: Date;
}

/** Choose people, set the file's own passphrase, save: a backup of those people only. */
export function HandOverDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (done: HandOverDone) => void }): ReactNode {
  const { t, i18n } = useTranslation('backup');
  const session = useSession();
  const people = listPeople(session, i18n.language);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(people.length === 1 ? [people[0]!.id] : []));
  const [notSaved, setNotSaved] = useState(false);
  const [noneChosen, setNoneChosen] = useState(false);
  const legendId = useId();
  const { form, onSubmit, failure, busy } = useBackupPassphraseForm(async (passphrase) => {
    setNotSaved(false);
    const bytes = await sealInWorker(collectContents(session, { kind: 'hand-over', personIds: [...chosen] }), passphrase);
    const date = new Date();
    const fileName = backupFileName(date, 'hand-over');
    const platform = await getPlatform();
    const result = await platform.saveFile({ suggestedName: fileName, data: bytes, mimeType: BACKUP_MIME_TYPE });
    if (!result.saved) return setNotSaved(true);
    onSaved({ fileName, date, names: people.filter((p) => chosen.has(p.id)).map(displayName) });
  });
  const toggle = (id: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    if (next.size > 0) setNoneChosen(false);
  };
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (chosen.size === 0) {
      setNoneChosen(true);
      return;
    }
    void onSubmit(event);
  };

  return (
    <BackupDialog title={t('handOver.title')} onClose={onClose} busy={busy}>
      <p>{t('handOver.intro')}</p>
      {people.length === 0 ? (
        <p>{t('handOver.noPeople')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="choice-list" aria-describedby={noneChosen ? legendId : undefined}>
            <legend>{t('handOver.peopleLegend')}</legend>
            {people.map((person) => (
              <div className="checkbox" key={person.id}>
                <input
                  id={`handover-${person.id}`}
                  type="checkbox"
                  checked={chosen.has(person.id)}
                  disabled={busy}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                />
                <label htmlFor={`handover-${person.id}`}>{displayName(person)}</label>
              </div>
            ))}
            {noneChosen ? (
              <p id={legendId} className="field-error">
                {t('handOver.noneChosen')}
              </p>
            ) : null}
          </fieldset>
          <p className="note">{t('passphrase.note')}</p>
          <p className="note">{t('handOver.tellNote')}</p>
          <NewPassphraseFields form={form} label={t('passphrase.label')} confirmLabel={t('passphrase.confirmLabel')} />
          {notSaved ? <Alert>{t('handOver.notSaved')}</Alert> : null}
          {failure ? <Alert>{failure}</Alert> : null}
          {busy ? <p role="status">{t('handOver.busy')}</p> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('handOver.submit')}
          </button>
        </form>
      )}
    </BackupDialog>
  );
}
