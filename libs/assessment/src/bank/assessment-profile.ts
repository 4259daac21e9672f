import type { CompanySize, ListingStatus } from '@ipgn/contracts';

/**
 * Financial figures, all in millions of yen (百万円) so that ratios need no unit conversion.
 * Any figure may be absent; quantification then reports why a metric is missing.
 */
export interface FinancialFigures {
  readonly marketCapitalization?: number | null;
  readonly bookEquity?: number | null;
  readonly recognisedIntangibles?: number | null;
  readonly goodwill?: number | null;
  readonly revenue?: number | null;
  readonly rdExpense?: number | null;
}

/** The organisation facts the bank can branch on; a subset of the organisation profile plus optional figures. */
export interface AssessmentProfile {
  readonly listingStatus: ListingStatus;
  readonly companySize: CompanySize;
  /** Figures that override the M0 answers (e.g. imported from filings). */
  readonly financials?: FinancialFigures;
}
