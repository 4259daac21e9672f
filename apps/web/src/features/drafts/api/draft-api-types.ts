import type { DraftLanguage, DraftTransitionName, DraftType } from '@ipgn/drafting';

// What the drafts pages send. The answers' types are bound in @ipgn/drafting (shapes in @ipgn/contracts).

export interface CreateDraftInput {
  type: DraftType;
  language: DraftLanguage;
}

/** A step of the review cycle (libs/drafting's workflow table names them and their routes). */
export type DraftTransition = DraftTransitionName;
export type DraftExportFormat = 'docx' | 'pdf' | 'md';
