import type { Bilingual } from '@ipgn/disclosure-scoring';

/** The rubric's text in the UI language. */
export function bilingualText(text: Bilingual, locale: string): string {
  return locale === 'en' ? text.en : text.ja;
}
