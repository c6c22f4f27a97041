import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { restoreIntoOpenVault } from '../../../../shared/backup/restore';
import { useSession } from '../../vault/useSession';
import { BackupDialog } from './BackupDialog';
import { OpenBackupFields } from './OpenBackupFields';
import { useOpenBackupForm } from './useOpenBackupForm';
import { countsText } from './backup-error-message';

/**
 * Restore into the open vault, additively: new people and records are added in one
 * transaction; anything whose id is already here is left as it is and counted.
 */
export function RestoreBackupDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { t } = useTranslation('backup');
  const session = useSession();
  const [result, setResult] = useState<string[] | null>(null);
  const form = useOpenBackupForm(async (contents) => {
    const { added, skipped } = await restoreIntoOpenVault(session, contents);
    // Preferences are this computer's own; one kept from the backup is not news to anyone.
    const skippedRecords = skipped.people + skipped.items;
    setResult([
      t('restore.done', countsText(t, added.people, added.items)),
      ...(skippedRecords > 0 ? [t('restore.skipped', { count: skippedRecords })] : []),
    ]);
  });
  return (
    <BackupDialog title={t('restore.title')} onClose={onClose} busy={form.busy}>
      <p>{t('restore.intro')}</p>
      {result ? (
        <Alert tone="success">
          {result.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      ) : (
        <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
          <OpenBackupFields form={form} />
          {form.failure ? <Alert>{form.failure}</Alert> : null}
          {form.busy ? <p role="status">{t('restore.busy')}</p> : null}
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {t('restore.submit')}
          </button>
        </form>
      )}
    </BackupDialog>
  );
}
