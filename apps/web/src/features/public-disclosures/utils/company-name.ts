import type { PublicCompany } from '@ipgn/contracts';

/** The company's name in the UI language (the Japanese legal name when no English one is given). */
export function companyName(company: PublicCompany, locale: string): string {
  return locale === 'en' && company.nameEn ? company.nameEn : company.nameJa;
}
