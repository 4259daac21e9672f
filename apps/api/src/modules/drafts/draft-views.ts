import type { CompanyFacts, Draft, DraftCompleteness, DraftLanguage, DraftType } from '@ipgn/drafting';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import type { DraftCommentKind } from './entities/draft-comment.entity';
import type { DraftStatus } from './entities/draft.entity';

export interface PersonRef {
  userId: string;
  displayName: string;
}

export interface CompanyFactsView {
  facts: CompanyFacts;
  /** 0 when nothing was saved yet. */
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
  /** Overall score of the current version; null while slots remain. */
  overall: number | null;
  class: string | null;
  /** Share of paragraphs without a slot, 0..1. */
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
  /** Disclosure scorer output on the rendered text when no slot is left; null otherwise. */
  score: DisclosureScore | null;
  completenessDetail: DraftCompleteness;
  /** The rendered plain text (slots as 【要記入：…】 / [To be completed: …]). */
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
  /** Whether the operator configured the optional AI rewrite (AI_REWRITE_URL and AI_REWRITE_MODEL). */
  aiRewriteEnabled: boolean;
}

export type DiffOp = 'equal' | 'added' | 'removed';

export interface SectionDiff {
  sectionId: string;
  heading: string;
  changed: boolean;
  changes: { op: DiffOp; text: string }[];
}

export interface DraftDiff {
  from: DraftVersionSummary;
  to: DraftVersionSummary;
  overallDelta: number | null;
  sections: SectionDiff[];
}

export interface AiSuggestion {
  sectionId: string;
  /** The proposed text; nothing is saved until the user saves it as an edit. */
  suggestion: string;
  aiGenerated: true;
  model: string;
  label: { ja: string; en: string };
}
