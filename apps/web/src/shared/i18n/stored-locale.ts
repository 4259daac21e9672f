import { LOCALES, type Locale } from '@ipgn/contracts';

const STORAGE_KEY = 'ipgn.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The UI language chosen before sign-in (after sign-in the user's own setting wins). */
export const storedLocale = {
  get(): Locale | null {
    try {
      const value = window.localStorage.getItem(STORAGE_KEY);
      return isLocale(value) ? value : null;
    } catch {
      return null;
    }
  },
  set(locale: Locale): void {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the language still applies for this page.
    }
  },
  isLocale,
};
