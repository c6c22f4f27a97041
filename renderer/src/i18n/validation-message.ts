import i18next from 'i18next';
import { NAMESPACES } from './resources';

/**
 * Schemas carry translation keys as their messages (shared/model stays free of any
 * language). A key is looked up as written, then under "validation." in the common
 * namespace, then under "validation." in each area's namespace; anything unknown becomes
 * a general "check this field".
 */
export function validationMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const candidates = [message, `validation.${message}`, ...NAMESPACES.map((ns) => `${ns}:validation.${message}`)];
  for (const key of candidates) {
    if (i18next.exists(key)) return i18next.t(key as 'validation.unknown');
  }
  return i18next.t('validation.unknown');
}
