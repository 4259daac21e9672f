import type { CompanyFacts, Draft, DraftCompleteness, DraftLanguage, DraftType } from '@ipgn/drafting';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';

/** Response shapes of the drafts API (apps/api/src/modules/drafts/draft-views.ts). */
export type DraftStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published';
export type DraftCommentKind = 'comment' | 'changes_requested';

export interface PersonRef {
  userId: string;
  displayName: string;
}

export interface CompanyFactsView {
  facts: CompanyFacts;
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export interface DraftSummary {
  id: string;
  type: DraftType;
  language: DraftLanguage;
  title: string;
  status: DraftStatus;
  currentVersion: number;
  assessmentId: string | null;
  overall: number | null;
  class: string | null;
  completeness: number;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
}

export interface DraftVersionSummary {
  version: number;
  overall: number | null;
  completeness: number;
  slots: number;
  note: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
}

export interface DraftVersionView extends DraftVersionSummary {
  draft: Draft;
  score: DisclosureScore | null;
  completenessDetail: DraftCompleteness;
  text: string;
}

export interface DraftCommentView {
  id: string;
  sectionId: string | null;
  version: number;
  kind: DraftCommentKind;
  author: PersonRef | null;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
}

export interface PublicationRef {
  publicationId: string;
  version: number;
  publishedAt: string;
}

export interface DraftDetail extends DraftSummary {
  current: DraftVersionView;
  comments: DraftCommentView[];
  publications: PublicationRef[];
  /** Whether the operator configured the optional AI rewrite. */
  aiRewriteEnabled: boolean;
}

/** An AI-generated rewrite of one section: shown to the user, never saved until they use it as their edit. */
export interface AiSuggestion {
  sectionId: string;
  suggestion: string;
  aiGenerated: true;
  model: string;
  label: { ja: string; en: string };
}

export interface SectionDiff {
  sectionId: string;
  heading: string;
  changed: boolean;
  changes: { op: 'equal' | 'added' | 'removed'; text: string }[];
}

export interface DraftDiff {
  from: DraftVersionSummary;
  to: DraftVersionSummary;
  overallDelta: number | null;
  sections: SectionDiff[];
}

export interface CreateDraftInput {
  type: DraftType;
  language: DraftLanguage;
}

export type DraftTransition = 'submit-for-review' | 'approve' | 'request-changes' | 'publish';
export type DraftExportFormat = 'docx' | 'pdf' | 'md';
