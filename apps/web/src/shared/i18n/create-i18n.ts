import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@ipgn/contracts';
import { messagesEn } from './messages-en';
import { messagesJa } from './messages-ja';

/** A ready (synchronously initialised) i18next instance. Japanese is the default and the fallback. */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'ja',
    supportedLngs: ['ja', 'en'],
    resources: { ja: { translation: messagesJa }, en: { translation: messagesEn } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
