import { CodedError } from '../util/coded-error';

/**
 * Every way the vault can refuse, as a typed value. The UI turns the code into a
 * translated sentence; `detail` is for developers and never holds health data.
 */
export type VaultErrorCode =
  | 'not-created'
  | 'already-created'
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'malformed-recovery-key'
  | 'device-not-remembered'
  | 'weak-passphrase'
  | 'unsafe-kdf-parameters'
  | 'newer-version'
  | 'integrity'
  | 'locked'
  | 'storage';

export class VaultError extends CodedError<VaultErrorCode> {
  override readonly name = 'VaultError';
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
