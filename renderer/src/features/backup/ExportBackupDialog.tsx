import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { collectContents } from '../../../../shared/backup/contents';
import { backupFileName, BACKUP_MIME_TYPE } from '../../../../shared/backup/format';
import { getPlatform } from '../../platform';
import { useSession } from '../../vault/useSession';
import { BackupDialog } from './BackupDialog';
import { sealInWorker } from './backup-crypto';
import { useBackupPassphraseForm } from './useBackupPassphraseForm';

/** The whole vault, locked with a passphrase of the backup's own, saved where the user chooses. */
export function ExportBackupDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { t } = useTranslation('backup');
  const session = useSession();
  const [outcome, setOutcome] = useState<{ saved: boolean; fileName: string } | null>(null);
  const { form, onSubmit, failure, busy } = useBackupPassphraseForm(async (passphrase) => {
    const bytes = await sealInWorker(collectContents(session, { kind: 'full' }), passphrase);
    const fileName = backupFileName(new Date());
    const platform = await getPlatform();
    const result = await platform.saveFile({ suggestedName: fileName, data: bytes, mimeType: BACKUP_MIME_TYPE });
    setOutcome({ saved: result.saved, fileName });
  });
  return (
    <BackupDialog title={t('export.title')} onClose={onClose} busy={busy}>
      <p>{t('export.intro')}</p>
      {outcome?.saved ? (
        <Alert tone="success">
          <Trans t={t} i18nKey="export.done" values={{ fileName: outcome.fileName }} components={{ file: <strong className="file-name" /> }} />
        </Alert>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="note">{t('passphrase.note')}</p>
          <NewPassphraseFields form={form} label={t('passphrase.label')} confirmLabel={t('passphrase.confirmLabel')} />
          {outcome && !outcome.saved ? <Alert>{t('export.notSaved')}</Alert> : null}
          {failure ? <Alert>{failure}</Alert> : null}
          {busy ? <p role="status">{t('export.busy')}</p> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('export.submit')}
          </button>
        </form>
      )}
    </BackupDialog>
  );
}
