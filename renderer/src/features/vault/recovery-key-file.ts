import type { TFunction } from 'i18next';

/** The text of the saved recovery-key file, in the interface language. */
export function recoveryKeyFileText(t: TFunction, recoveryKey: string, today: Date, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today);
  return [t('recovery.fileTitle'), '', recoveryKey, '', t('recovery.fileCreated', { date }), t('recovery.fileUse'), t('recovery.fileKeepSafe'), ''].join('\r\n');
}

/** Says what it is, never whose it is (SECURITY.md #17). */
export const RECOVERY_KEY_FILE_NAME = 'carebinder-recovery-key.txt';
