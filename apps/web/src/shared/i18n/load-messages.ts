import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import { ensureWantedFeatureTexts } from './feature-texts';
import { createI18nInstance } from './i18n-instance';
import type { CoreMessages } from './messages-ja';

// Each language's core texts are a chunk of their own: a page loads only the language it shows, the other one when
// the user switches (first-load budget, issue 15); features' texts come with their pages (feature-texts.ts).
// tools/check-bundle-budget.mjs counts the larger of these chunks in every page's first load.
const LOADERS: Record<Locale, () => Promise<CoreMessages>> = {
  ja: async () => (await import('./messages-ja')).messagesJa,
  en: async () => (await import('./messages-en')).messagesEn,
};

/** An i18next instance in `locale`, once that language's texts have arrived (main.tsx awaits it before rendering). */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18nInstance(locale, { [locale]: await LOADERS[locale]() });
}

/**
 * Adds a language's texts to the instance unless it has them, with those of every feature its pages have loaded so
 * far; the language is switched only after this resolves.
 */
export async function ensureMessages(i18n: I18n, locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation'))
    i18n.addResourceBundle(locale, 'translation', await LOADERS[locale](), true, false);
  await ensureWantedFeatureTexts(i18n, locale);
}
