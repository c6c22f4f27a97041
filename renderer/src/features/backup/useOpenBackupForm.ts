import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '../../../../shared/backup/contents';
import { isBackupError } from '../../../../shared/backup/errors';
import { sniffBackup, SNIFF_BYTES } from '../../../../shared/backup/format';
import { openInWorker } from './backup-crypto';
import { backupErrorMessage } from './backup-error-message';

export interface OpenBackupForm {
  file: File | null;
  setFile(file: File | null): void;
  passphrase: string;
  setPassphrase(passphrase: string): void;
  busy: boolean;
  /** A plain sentence when the file could not be opened; null otherwise. */
  failure: string | null;
  onSubmit(event: FormEvent): Promise<void>;
}

/**
 * A backup file and its passphrase: reads the file, opens it in the KDF Worker and hands the
 * contents to `onOpened`. Nothing is written before the file has opened, so every refusal
 * (wrong passphrase, damaged, newer version) leaves the vault untouched.
 */
export function useOpenBackupForm(onOpened: (contents: BackupContents) => Promise<void>): OpenBackupForm {
  const { t } = useTranslation('backup');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    if (!file) return setFailure(t('restore.noFile'));
    if (passphrase === '') return setFailure(t('restore.noPassphrase'));
    setBusy(true);
    try {
      let bytes: Uint8Array;
      try {
        // The start first: a file that is not a backup (or is from a newer version) is
        // refused without reading all of it into memory.
        sniffBackup(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        setFailure(isBackupError(error) ? backupErrorMessage(t, error) : t('errors.unreadable'));
        return;
      }
      await onOpened(await openInWorker(bytes, passphrase));
      setPassphrase('');
    } catch (error) {
      setFailure(backupErrorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return { file, setFile, passphrase, setPassphrase, busy, failure, onSubmit };
}
