import type { i18n as I18n } from 'i18next';
import type { Locale } from '@ipgn/contracts';
import type { CoreMessages, Messages } from './messages-ja';

/** A feature whose texts are a chunk of their own, loaded with the pages that show them. */
export type TextFeature = Exclude<keyof Messages, keyof CoreMessages>;

// One chunk per feature and language: a page's first load carries the core texts and only its own features' texts
// (tools/check-bundle-budget.mjs counts them with the page). app/page-texts.spec.ts checks that every page declares
// each feature whose keys its code uses.
const LOADERS: { [F in TextFeature]: Record<Locale, () => Promise<Messages[F]>> } = {
  assessment: {
    ja: async () => (await import('../../features/assessment/i18n/assessment-ja')).assessmentJa,
    en: async () => (await import('../../features/assessment/i18n/assessment-en')).assessmentEn,
  },
  benchmark: {
    ja: async () => (await import('../../features/benchmark/i18n/benchmark-ja')).benchmarkJa,
    en: async () => (await import('../../features/benchmark/i18n/benchmark-en')).benchmarkEn,
  },
  dialogue: {
    ja: async () => (await import('../../features/dialogue/i18n/dialogue-ja')).dialogueJa,
    en: async () => (await import('../../features/dialogue/i18n/dialogue-en')).dialogueEn,
  },
  disclosures: {
    ja: async () => (await import('../../features/disclosures/i18n/disclosures-ja')).disclosuresJa,
    en: async () => (await import('../../features/disclosures/i18n/disclosures-en')).disclosuresEn,
  },
  drafts: {
    ja: async () => (await import('../../features/drafts/i18n/drafts-ja')).draftsJa,
    en: async () => (await import('../../features/drafts/i18n/drafts-en')).draftsEn,
  },
  publicDisclosures: {
    ja: async () => (await import('../../features/public-disclosures/i18n/public-disclosures-ja')).publicDisclosuresJa,
    en: async () => (await import('../../features/public-disclosures/i18n/public-disclosures-en')).publicDisclosuresEn,
  },
  sme: {
    ja: async () => (await import('../../features/sme/i18n/sme-ja')).smeJa,
    en: async () => (await import('../../features/sme/i18n/sme-en')).smeEn,
  },
  workshops: {
    ja: async () => (await import('../../features/workshops/i18n/workshops-ja')).workshopsJa,
    en: async () => (await import('../../features/workshops/i18n/workshops-en')).workshopsEn,
  },
};

export const TEXT_FEATURES = Object.keys(LOADERS) as TextFeature[];
const LOCALES: readonly Locale[] = ['ja', 'en'];

/**
 * What identifies an i18next instance: its resource store. `useTranslation()` hands each component a copy of the
 * instance (react-i18next's wrapper, made anew on mount and on a language change) that shares the store, so anything
 * remembered per instance is keyed by the store, never by the object a component holds.
 */
export function instanceKey(i18n: I18n): object {
  return i18n.store;
}

/** Per i18next instance: the features its pages asked for (a language switch loads them too) and what is loading. */
const wantedBy = new WeakMap<object, Set<TextFeature>>();
const loadingBy = new WeakMap<object, Map<string, Promise<void>>>();

function addFeature(i18n: I18n, locale: Locale, feature: TextFeature): Promise<void> {
  let loading = loadingBy.get(instanceKey(i18n));
  if (!loading) loadingBy.set(instanceKey(i18n), (loading = new Map()));
  const key = `${locale}:${feature}`;
  let done = loading.get(key);
  if (!done) {
    done = LOADERS[feature][locale]().then((texts) => {
      i18n.addResourceBundle(locale, 'translation', { [feature]: texts }, true, true);
    });
    // A failed chunk (offline for a moment) is asked for again next time rather than remembered as failed.
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
}

/**
 * Loads `features`' texts into every language the instance has texts for, and remembers them so that switching
 * language later brings them along (load-messages.ts). Resolves once they are all there.
 */
export async function ensureFeatureTexts(i18n: I18n, features: readonly TextFeature[]): Promise<void> {
  let wanted = wantedBy.get(instanceKey(i18n));
  if (!wanted) wantedBy.set(instanceKey(i18n), (wanted = new Set()));
  for (const f of features) wanted.add(f);
  const locales = LOCALES.filter((l) => i18n.hasResourceBundle(l, 'translation'));
  await Promise.all(locales.flatMap((l) => features.map((f) => addFeature(i18n, l, f))));
}

/** The features this instance's pages have asked for so far, in `locale` too (after its core texts are added). */
export async function ensureWantedFeatureTexts(i18n: I18n, locale: Locale): Promise<void> {
  await Promise.all([...(wantedBy.get(instanceKey(i18n)) ?? [])].map((f) => addFeature(i18n, locale, f)));
}
