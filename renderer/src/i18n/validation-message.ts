import i18next from 'i18next';

/**
 * Schemas carry translation keys as their messages (shared/model stays free of any
 * language). A key is looked up as written, then under "validation."; anything
 * unknown becomes a general "check this field".
 */
export function validationMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  for (const key of [message, `validation.${message}`]) {
    if (i18next.exists(key)) return i18next.t(key as 'validation.unknown');
  }
  return i18next.t('validation.unknown');
}
