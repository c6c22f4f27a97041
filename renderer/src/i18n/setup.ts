import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../resources/locales/en/common.json';
import es from '../../../resources/locales/es/common.json';
import { readLanguagePreference } from './language-preference';

export async function setUpI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { common: en }, es: { common: es } },
    lng: readLanguagePreference(),
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}
