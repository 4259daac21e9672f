import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { storedLocale } from './stored-locale';

/** Switches the UI language: texts, `<html lang>` and the pre-sign-in preference. */
export function applyLocale(i18n: I18n, locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  storedLocale.set(locale);
}
