/** Every user-facing string in the bank carries both languages side by side. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export type Locale = keyof LocalizedText;

export const LOCALES: readonly Locale[] = ['ja', 'en'];

/** Shorthand used by the bank data files to keep them readable. */
export function t(ja: string, en: string): LocalizedText {
  return { ja, en };
}
