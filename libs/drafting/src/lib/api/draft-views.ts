import type {
  CompanyComparisonOf,
  CompanyFactsViewOf,
  DraftDetailOf,
  DraftSummaryOf,
  DraftVersionViewOf,
  PublicCompanyPageOf,
  PublicCriterionScoreOf,
  PublicDisclosureOf,
  PublicPublicationOf,
  PublicPublicationSummaryOf,
} from '@ipgn/contracts';
import type { Bilingual, CriterionId, DisclosureScore } from '@ipgn/disclosure-scoring';
import type { CompanyFacts } from '../model/company-facts';
import type { Draft, DraftLanguage, DraftType } from '../model/draft';
import type { DraftCompleteness } from '../render/draft-completeness';

/**
 * The drafts API's and the public investor view's answers, bound once to this library's (and the scorer's) types for
 * apps/api and apps/web alike: the shapes are in @ipgn/contracts (drafts/, publishing/), which may not import a
 * domain library.
 */
interface DraftTypes {
  type: DraftType;
  language: DraftLanguage;
  draft: Draft;
  completeness: DraftCompleteness;
  companyFacts: CompanyFacts;
  score: DisclosureScore;
}

export type CompanyFactsView = CompanyFactsViewOf<DraftTypes>;
export type DraftSummary = DraftSummaryOf<DraftTypes>;
export type DraftVersionView = DraftVersionViewOf<DraftTypes>;
export type DraftDetail = DraftDetailOf<DraftTypes>;

interface PublishingTypes {
  draftType: DraftType;
  language: DraftLanguage;
  criterionId: CriterionId;
  bilingual: Bilingual;
  score: DisclosureScore;
}

export type PublicCriterionScore = PublicCriterionScoreOf<PublishingTypes>;
export type PublicPublicationSummary = PublicPublicationSummaryOf<PublishingTypes>;
export type PublicDisclosure = PublicDisclosureOf<PublishingTypes>;
export type PublicCompanyPage = PublicCompanyPageOf<PublishingTypes>;
export type PublicPublication = PublicPublicationOf<PublishingTypes>;
export type CompanyComparison = CompanyComparisonOf<PublishingTypes>;
