import { isSupportedLanguage, type SupportedLanguage } from './languages';

/**
 * The interface language is needed before the vault is unlocked (the lock screen speaks
 * it), so it lives outside the vault. It says nothing about anyone's health.
 */
const STORAGE_KEY = 'carebinder.language';

export function readLanguagePreference(): SupportedLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY) ?? '';
  if (isSupportedLanguage(stored)) return stored;
  const fromSystem = (globalThis.navigator?.language ?? 'en').slice(0, 2);
  return isSupportedLanguage(fromSystem) ? fromSystem : 'en';
}

export function saveLanguagePreference(language: SupportedLanguage): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
