import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@ipgn/contracts';
import type { CoreMessages } from './messages-ja';

/**
 * A ready (synchronously initialised) i18next instance with the texts given, typically only the active language's:
 * the other one is added when the user switches (load-messages.ts). Japanese is the default and the fallback.
 */
export function createI18nInstance(locale: Locale, messages: Partial<Record<Locale, CoreMessages>>): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(messages).map(([lng, m]) => [lng, { translation: m }]));
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'ja',
    supportedLngs: ['ja', 'en'],
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
