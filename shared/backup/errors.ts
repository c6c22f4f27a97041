import { CodedError } from '../util/coded-error';

/**
 * Every way a backup can be refused, as a typed value. The UI turns the code into a
 * sentence (namespace `backup`, `errors.<code>`); `detail` is for developers and never
 * holds health data.
 */
export type BackupErrorCode =
  /** Not a CareBinder backup at all (wrong magic, far too short). */
  | 'not-a-backup'
  /** Made by a newer CareBinder: this version cannot read it and does not try. */
  | 'newer-version'
  /** The passphrase does not open it. */
  | 'wrong-passphrase'
  /** Key derivation settings too weak (or absurd) to trust. */
  | 'unsafe-kdf-parameters'
  /** Cut short, changed or otherwise damaged: integrity check failed. */
  | 'damaged'
  /** The passphrase chosen for a new backup is too short. */
  | 'weak-passphrase'
  /** Nothing chosen to put in a hand-over backup. */
  | 'nothing-chosen';

export class BackupError extends CodedError<BackupErrorCode> {
  override readonly name = 'BackupError';
}

export function isBackupError(error: unknown, code?: BackupErrorCode): error is BackupError {
  return error instanceof BackupError && (code === undefined || error.code === code);
}
