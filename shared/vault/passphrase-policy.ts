import { VaultError } from './errors';

/** The floor for a new passphrase: at least 10 characters (counted as people see them). */
export const MIN_PASSPHRASE_LENGTH = 10;

export function passphraseLength(passphrase: string): number {
  return Array.from(passphrase.normalize('NFC')).length;
}

export function assertAcceptablePassphrase(passphrase: string): void {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    throw new VaultError('weak-passphrase', 'passphrase shorter than the minimum');
  }
}
