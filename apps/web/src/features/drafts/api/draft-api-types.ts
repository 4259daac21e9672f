import type {
  CompanyFacts,
  Draft,
  DraftCompleteness,
  DraftLanguage,
  DraftTransitionName,
  DraftType,
} from '@ipgn/drafting';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import type { CompanyFactsViewOf, DraftDetailOf, DraftSummaryOf, DraftVersionViewOf } from '@ipgn/contracts';

// Response shapes of the drafts API: defined once in @ipgn/contracts (drafts/draft-views.ts),
// filled in here with @ipgn/drafting's and @ipgn/disclosure-scoring's types.

interface DraftTypes {
  type: DraftType;
  language: DraftLanguage;
  draft: Draft;
  completeness: DraftCompleteness;
  companyFacts: CompanyFacts;
  score: DisclosureScore;
}

export type {
  AiSuggestion,
  DraftCommentKind,
  DraftCommentView,
  DraftDiff,
  DraftStatus,
  DraftVersionSummary,
  PersonRef,
  PublicationRef,
  SectionDiff,
} from '@ipgn/contracts';

export type CompanyFactsView = CompanyFactsViewOf<DraftTypes>;
export type DraftSummary = DraftSummaryOf<DraftTypes>;
export type DraftVersionView = DraftVersionViewOf<DraftTypes>;
export type DraftDetail = DraftDetailOf<DraftTypes>;

export interface CreateDraftInput {
  type: DraftType;
  language: DraftLanguage;
}

/** A step of the review cycle (libs/drafting's workflow table names them and their routes). */
export type DraftTransition = DraftTransitionName;
export type DraftExportFormat = 'docx' | 'pdf' | 'md';
