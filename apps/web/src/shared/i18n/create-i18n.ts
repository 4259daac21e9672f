import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { createI18nInstance } from './i18n-instance';
import { allMessagesEn, allMessagesJa } from './all-messages';

/**
 * For tests: an instance with both languages at once. The product loads one language at a time (load-messages.ts);
 * never import this from product code, it would put both languages' texts, every feature's, in the first load.
 */
export function createI18n(locale: Locale): I18n {
  return createI18nInstance(locale, { ja: allMessagesJa, en: allMessagesEn });
}
