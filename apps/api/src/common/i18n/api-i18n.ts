import i18next, { type i18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { API_MESSAGES } from './api-messages';

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // initAsync is synchronous when resources are inline; `initImmediate: false` keeps it so.
    void instance.init({
      resources: { ja: { translation: API_MESSAGES.ja }, en: { translation: API_MESSAGES.en } },
      fallbackLng: 'ja',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

export function translate(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  return translator().t(key, { lng: locale, ...vars });
}

/** Picks the response language: the signed-in user's choice, else Accept-Language, else Japanese. */
export function pickLocale(userLocale: string | undefined, acceptLanguage: string | undefined): Locale {
  if (userLocale === 'ja' || userLocale === 'en') return userLocale;
  if (acceptLanguage) {
    for (const part of acceptLanguage.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (tag === 'ja' || tag === 'en') return tag;
    }
  }
  return 'ja';
}
