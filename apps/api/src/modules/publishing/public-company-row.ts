import type { PublicCompany } from './publishing-views';

/**
 * The organization columns the public view reads in raw SQL (snake case, as PostgreSQL returns them), with the
 * company's count of public publications and the date of the latest. The queries add their own id column.
 */
export interface PublicCompanyRow {
  slug: string;
  legal_name_ja: string;
  legal_name_en: string | null;
  securities_code: string | null;
  industry: PublicCompany['industry'];
  listing_status: PublicCompany['listingStatus'];
  company_size: PublicCompany['companySize'];
  publications: number;
  /** Null only for a followed company whose publications were all withdrawn since. */
  latest: Date | null;
}

export function toPublicCompany(row: PublicCompanyRow): PublicCompany {
  return {
    slug: row.slug,
    nameJa: row.legal_name_ja,
    nameEn: row.legal_name_en,
    securitiesCode: row.securities_code,
    industry: row.industry,
    listingStatus: row.listing_status,
    companySize: row.company_size,
    publications: Number(row.publications),
    latestPublishedAt: new Date(row.latest ?? 0).toISOString(),
  };
}
