import type { Locale } from '@ipgn/contracts';
import { storedLocale } from './stored-locale';

/**
 * Before sign-in: the language chosen earlier on this browser; else the first of the browser's preferred languages
 * that we speak (an investor abroad opening a shared company link reads English without hunting for the switch);
 * else Japanese, the product's default.
 */
export function initialLocale(preferred: readonly string[] = browserLanguages()): Locale {
  const stored = storedLocale.get();
  if (stored) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (storedLocale.isLocale(primary)) return primary;
  }
  return 'ja';
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
