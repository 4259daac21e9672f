import type { IndustryCode, ListingStatus } from '@ipgn/contracts';

// The company list's filters. The answers' types are bound in @ipgn/drafting (shapes in @ipgn/contracts).

export interface CompanyFilters {
  /** A company name (ja/en, partial) or securities code; searched on the server. */
  q: string;
  industry: IndustryCode | '';
  listingStatus: ListingStatus | '';
}
