import type { TFunction } from 'i18next';
import { isVaultError } from '../../../shared/vault/errors';

/** A plain sentence for any failure; the technical detail never reaches the screen. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isVaultError(error)) return t(`errors.${error.code}`);
  return t('errors.unexpected');
}
