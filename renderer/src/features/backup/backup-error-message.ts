import type { TFunction } from 'i18next';
import { isBackupError } from '../../../../shared/backup/errors';
import { isVaultError } from '../../../../shared/vault/errors';

/** A plain sentence for any backup failure; the technical detail never reaches the screen. */
export function backupErrorMessage(t: TFunction<'backup'>, error: unknown): string {
  if (isBackupError(error)) return t(`errors.${error.code}`);
  if (isVaultError(error, 'weak-passphrase')) return t('errors.weak-passphrase');
  return t('errors.unexpected');
}

/** "3 people and 41 records", in the interface language. */
export function countsText(t: TFunction<'backup'>, people: number, records: number): { people: string; records: string } {
  return { people: t('counts.people', { count: people }), records: t('counts.records', { count: records }) };
}
