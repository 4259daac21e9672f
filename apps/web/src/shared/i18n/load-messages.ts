import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { createI18nInstance } from './i18n-instance';
import type { Messages } from './messages-ja';

// Each language's texts are a chunk of their own (about 27 kB gzip in Japanese, 21 kB in English): a page loads
// only the language it shows, the other one when the user switches (first-load budget, issue 15).
// tools/check-bundle-budget.mjs counts the larger of these chunks in every page's first load.
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  ja: async () => (await import('./messages-ja')).messagesJa,
  en: async () => (await import('./messages-en')).messagesEn,
};

/** An i18next instance in `locale`, once that language's texts have arrived (main.tsx awaits it before rendering). */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18nInstance(locale, { [locale]: await LOADERS[locale]() });
}

/** Adds a language's texts to the instance unless it has them; the language is switched only after this resolves. */
export async function ensureMessages(i18n: I18n, locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await LOADERS[locale]());
}
