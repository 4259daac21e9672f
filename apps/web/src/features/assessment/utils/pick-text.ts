import type { LocalizedText } from '@ipgn/assessment';
import type { Locale } from '@ipgn/contracts';

/** The bank carries both languages side by side; show the one the UI is in. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
