import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { ensureMessages } from './load-messages';
import { storedLocale } from './stored-locale';

/**
 * Switches the UI language: texts, `<html lang>` and the pre-sign-in preference. The language's texts are loaded
 * first (if not yet here), so the screen goes straight from one language to the other, never through raw keys.
 */
export async function applyLocale(i18n: I18n, locale: Locale): Promise<void> {
  await ensureMessages(i18n, locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  storedLocale.set(locale);
}
