import { TSE_INDUSTRIES } from '@ipgn/contracts';

export function industryLabel(code: string | null, locale: string): string | null {
  const industry = TSE_INDUSTRIES.find((i) => i.id === code);
  if (!industry) return null;
  return locale === 'en' ? industry.en : industry.ja;
}
