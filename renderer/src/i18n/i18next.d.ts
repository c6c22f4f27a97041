import 'i18next';
import type en from '../../../resources/locales/en/common.json';

// Typed translation keys: a misspelled key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof en };
  }
}
