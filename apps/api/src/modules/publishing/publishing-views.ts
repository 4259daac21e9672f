import type { DraftLanguage, DraftType } from '@ipgn/drafting';
import type { Bilingual, CriterionId, DisclosureScore } from '@ipgn/disclosure-scoring';
import type {
  CompanyComparisonOf,
  PublicCompanyPageOf,
  PublicCriterionScoreOf,
  PublicDisclosureOf,
  PublicPublicationOf,
  PublicPublicationSummaryOf,
} from '@ipgn/contracts';

// Response shapes of the public investor view and the dialogue: defined once in @ipgn/contracts
// (publishing/publishing-views.ts), filled in here with @ipgn/drafting's and @ipgn/disclosure-scoring's types.

interface PublishingTypes {
  draftType: DraftType;
  language: DraftLanguage;
  criterionId: CriterionId;
  bilingual: Bilingual;
  score: DisclosureScore;
}

export type {
  InvestorUpdate,
  InvestorUpdates,
  MyQuestionView,
  PublicCompany,
  PublicQuestion,
  QuestionsSummary,
  QuestionView,
} from '@ipgn/contracts';

export type PublicCriterionScore = PublicCriterionScoreOf<PublishingTypes>;
export type PublicPublicationSummary = PublicPublicationSummaryOf<PublishingTypes>;
export type PublicDisclosure = PublicDisclosureOf<PublishingTypes>;
export type PublicCompanyPage = PublicCompanyPageOf<PublishingTypes>;
export type PublicPublication = PublicPublicationOf<PublishingTypes>;
export type CompanyComparison = CompanyComparisonOf<PublishingTypes>;
