import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import type { BackupContents } from '../../../../shared/backup/contents';
import { useVault } from '../../vault/VaultProvider';
import { OpenBackupFields } from './OpenBackupFields';
import { useOpenBackupForm } from './useOpenBackupForm';
import { useBackupPassphraseForm } from './useBackupPassphraseForm';
import { countsText } from './backup-error-message';
import './backup.css';

/**
 * First run, from a backup: open the file with its passphrase, then choose the passphrase
 * for this computer. The vault is created only after the file has opened, so a refused
 * file leaves nothing behind.
 */
export function FirstRunRestore({ onBack }: { onBack: () => void }): ReactNode {
  const { t } = useTranslation('backup');
  const [contents, setContents] = useState<BackupContents | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [contents]);
  const open = useOpenBackupForm(async (opened) => setContents(opened));

  return (
    <main id="main" className="narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('firstRun.title')}
      </h1>
      {contents ? (
        <ChooseLocalPassphrase contents={contents} onBack={() => setContents(null)} />
      ) : (
        <form onSubmit={(event) => void open.onSubmit(event)} noValidate>
          <p className="lead">{t('firstRun.intro')}</p>
          <OpenBackupFields form={open} />
          {open.failure ? <Alert>{open.failure}</Alert> : null}
          {open.busy ? <p role="status">{t('restore.busy')}</p> : null}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={open.busy}>
              {t('firstRun.open')}
            </button>
            <button type="button" className="button" onClick={onBack} disabled={open.busy}>
              {t('firstRun.back')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}

function ChooseLocalPassphrase({ contents, onBack }: { contents: BackupContents; onBack: () => void }): ReactNode {
  const { t } = useTranslation('backup');
  const { t: tCommon } = useTranslation();
  const { createFromBackup } = useVault();
  const { form, onSubmit, failure, busy } = useBackupPassphraseForm((passphrase) => createFromBackup(passphrase, contents));
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="restore-choose-heading">
      <Alert tone="success">{t('firstRun.opened', countsText(t, contents.people.length, contents.items.length))}</Alert>
      <h2 id="restore-choose-heading">{t('firstRun.chooseHeading')}</h2>
      <p>{t('firstRun.chooseIntro')}</p>
      <NewPassphraseFields form={form} label={tCommon('passphrase.label')} confirmLabel={tCommon('passphrase.confirmLabel')} />
      <p className="note">{tCommon('create.forgetWarning')}</p>
      {failure ? <Alert>{failure}</Alert> : null}
      {busy ? <p role="status">{t('firstRun.busy')}</p> : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('firstRun.submit')}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('firstRun.back')}
        </button>
      </div>
    </form>
  );
}
