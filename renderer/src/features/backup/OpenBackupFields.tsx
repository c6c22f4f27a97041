import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { BACKUP_FILE_EXTENSION } from '../../../../shared/backup/format';
import type { OpenBackupForm } from './useOpenBackupForm';
import './backup.css';

/** The backup file to open and its passphrase. */
export function OpenBackupFields({ form }: { form: OpenBackupForm }): ReactNode {
  const { t } = useTranslation('backup');
  return (
    <>
      <Field
        label={t('restore.fileLabel')}
        help={t('restore.fileHelp')}
        // The browser's own line cuts long names short; the whole name is shown here.
        extra={
          form.file ? (
            <p className="field-help">
              <Trans t={t} i18nKey="restore.chosen" values={{ name: form.file.name }} components={{ file: <strong className="chosen-file-name" /> }} />
            </p>
          ) : null
        }
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            className="file-input"
            // Not a hard filter: a file renamed by a mail program or cloud drive still opens.
            accept={`.${BACKUP_FILE_EXTENSION},application/octet-stream`}
            aria-describedby={describedBy}
            disabled={form.busy}
            onChange={(event) => form.setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Field label={t('restore.passphraseLabel')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            value={form.passphrase}
            disabled={form.busy}
            onChange={(event) => form.setPassphrase(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
