import type { TFunction } from 'i18next';

/** "3月" in Japanese, "March" in English. */
export function monthLabel(month: number, t: TFunction, locale: string): string {
  const monthName = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'ja-JP', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return t('organization.profile.month', { month, monthName });
}
