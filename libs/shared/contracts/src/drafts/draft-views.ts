import type { PersonRef } from '../common/person-ref';

/**
 * Response shapes of the drafts API, shared by apps/api and apps/web.
 *
 * Contracts (type:util) may not import the domain libraries @ipgn/drafting and @ipgn/disclosure-scoring, so
 * each shape takes the domain types it carries as one parameter `D`; @ipgn/drafting (lib/api/draft-views.ts)
 * fills it in once for the api and the web.
 */
export interface DraftDomainTypes {
  type: string;
  language: string;
  draft: unknown;
  completeness: unknown;
  companyFacts: unknown;
  score: unknown;
}

export const DRAFT_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'withdrawn',
] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export type DraftCommentKind = 'comment' | 'changes_requested';

export interface CompanyFactsViewOf<D extends DraftDomainTypes> {
  facts: D['companyFacts'];
  /** 0 when nothing was saved yet. */
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export interface DraftSummaryOf<D extends DraftDomainTypes> {
  id: string;
  type: D['type'];
  language: D['language'];
  title: string;
  status: DraftStatus;
  currentVersion: number;
  assessmentId: string | null;
  /** Overall score of the current version; null while slots remain. */
  overall: number | null;
  class: string | null;
  /** Share of paragraphs without a slot, 0..1. */
  completeness: number;
  /**
   * An SME one-pager's own measure (it gets no disclosure score): how many of the bank-reader checklist's points
   * it meets (libs/drafting `smeOnePagerChecklist`). Null for every other type.
   */
  checklist: { met: number; total: number } | null;
  createdBy: PersonRef | null;
  /** The reviewer picked when review was last requested (null: any member who may review). */
  reviewer: PersonRef | null;
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

export interface DraftVersionViewOf<D extends DraftDomainTypes> extends DraftVersionSummary {
  draft: D['draft'];
  /** Disclosure scorer output on the rendered text when no slot is left; null otherwise. */
  score: D['score'] | null;
  completenessDetail: D['completeness'];
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
  /** When the draft was unpublished (the publication is off the public pages); null while public. */
  withdrawnAt: string | null;
  /** The title investors read (the company may rename a publication). */
  title: string;
}

export interface DraftDetailOf<D extends DraftDomainTypes> extends DraftSummaryOf<D> {
  current: DraftVersionViewOf<D>;
  comments: DraftCommentView[];
  publications: PublicationRef[];
  /** Whether the operator configured the optional AI rewrite (AI_REWRITE_URL and AI_REWRITE_MODEL). */
  aiRewriteEnabled: boolean;
}

export type DiffOp = 'equal' | 'added' | 'removed';

/** A run of text in a compared paragraph: unchanged, or added (new side) / removed (old side). */
export interface DiffSpan {
  op: DiffOp;
  text: string;
}

/**
 * One row of a side-by-side comparison: the paragraph in the old version (null when it was added) and in the new
 * one (null when removed); a `changed` paragraph carries word-level highlights on both sides.
 */
export interface ParagraphDiff {
  op: 'equal' | 'changed' | 'added' | 'removed';
  before: DiffSpan[] | null;
  after: DiffSpan[] | null;
}

export interface SectionDiff {
  sectionId: string;
  heading: string;
  changed: boolean;
  /** The whole section as one inline diff (kept for clients that show a single column). */
  changes: { op: DiffOp; text: string }[];
  /** Paragraph by paragraph, with word-level highlights inside revised paragraphs. */
  paragraphs: ParagraphDiff[];
}

export interface DraftDiff {
  from: DraftVersionSummary;
  to: DraftVersionSummary;
  overallDelta: number | null;
  sections: SectionDiff[];
}

/** An AI-generated rewrite of one section: shown to the user, never saved until they use it as their edit. */
export interface AiSuggestion {
  sectionId: string;
  /** The proposed text; nothing is saved until the user saves it as an edit. */
  suggestion: string;
  aiGenerated: true;
  model: string;
  label: { ja: string; en: string };
}

/** Longest text of one draft section and of one comment (characters); the API refuses more, the editor counts. */
export const MAX_SECTION_CHARS = 20_000;
export const MAX_COMMENT_CHARS = 4_000;
