import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewPassphraseForm } from '../../components/useNewPassphraseForm';
import { backupErrorMessage } from './backup-error-message';

/**
 * The passphrase of a new backup file, typed twice and checked like the vault's
 * (10 characters at least, with the same strength hint). Failures of `submit` are shown
 * with the backup's own sentences.
 */
export function useBackupPassphraseForm(submit: (passphrase: string) => Promise<void>) {
  const { t } = useTranslation('backup');
  const [failure, setFailure] = useState<string | null>(null);
  const passphraseForm = useNewPassphraseForm(async (passphrase) => {
    setFailure(null);
    try {
      await submit(passphrase);
    } catch (error) {
      setFailure(backupErrorMessage(t, error));
    }
  });
  return { ...passphraseForm, failure };
}
