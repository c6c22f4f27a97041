import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from '../../i18n/languages';
import { saveLanguagePreference } from '../../i18n/language-preference';

/** Switches the interface language at once and remembers it on this computer. */
export function LanguageSetting(): ReactNode {
  const { t, i18n } = useTranslation();
  const id = useId();
  const helpId = useId();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.language')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('settings.languageLabel')}</label>
        <p id={helpId} className="field-help">
          {t('settings.languageHelp')}
        </p>
        <select
          id={id}
          aria-describedby={helpId}
          value={i18n.language}
          onChange={(event) => {
            const language = event.target.value;
            if (!isSupportedLanguage(language)) return;
            saveLanguagePreference(language);
            void i18n.changeLanguage(language);
          }}
        >
          {SUPPORTED_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
