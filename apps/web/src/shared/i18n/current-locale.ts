import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';

export function currentLocale(i18n: I18n): Locale {
  return i18n.language === 'en' ? 'en' : 'ja';
}
