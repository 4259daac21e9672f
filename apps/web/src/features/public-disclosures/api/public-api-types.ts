import type {
  CompanyComparisonOf,
  IndustryCode,
  ListingStatus,
  PublicCompanyPageOf,
  PublicCriterionScoreOf,
  PublicDisclosureOf,
  PublicPublicationOf,
  PublicPublicationSummaryOf,
} from '@ipgn/contracts';
import type { Bilingual, CriterionId, DisclosureScore } from '@ipgn/disclosure-scoring';
import type { DraftLanguage, DraftType } from '@ipgn/drafting';

// Response shapes of the public investor view: defined once in @ipgn/contracts (publishing/publishing-views.ts),
// filled in here with @ipgn/drafting's and @ipgn/disclosure-scoring's types.

interface PublishingTypes {
  draftType: DraftType;
  language: DraftLanguage;
  criterionId: CriterionId;
  bilingual: Bilingual;
  score: DisclosureScore;
}

export type { InvestorUpdate, InvestorUpdates, MyQuestionView, PublicCompany, PublicQuestion } from '@ipgn/contracts';

export type PublicCriterionScore = PublicCriterionScoreOf<PublishingTypes>;
export type PublicPublicationSummary = PublicPublicationSummaryOf<PublishingTypes>;
export type PublicDisclosure = PublicDisclosureOf<PublishingTypes>;
export type PublicCompanyPage = PublicCompanyPageOf<PublishingTypes>;
export type PublicPublication = PublicPublicationOf<PublishingTypes>;
export type CompanyComparison = CompanyComparisonOf<PublishingTypes>;

export interface CompanyFilters {
  /** A company name (ja/en, partial) or securities code; searched on the server. */
  q: string;
  industry: IndustryCode | '';
  listingStatus: ListingStatus | '';
}
