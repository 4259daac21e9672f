import type { Locale } from '@ipgn/contracts';
import { storedLocale } from './stored-locale';

/** Before sign-in: the language chosen earlier on this browser, else Japanese (the product's default). */
export function initialLocale(): Locale {
  return storedLocale.get() ?? 'ja';
}
