import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeResources, NAMESPACES } from './resources';
import { readLanguagePreference } from './language-preference';

export async function setUpI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: localeResources(),
    lng: readLanguagePreference(),
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: NAMESPACES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}
