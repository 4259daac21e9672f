import type { DisclosureDocumentType } from '@ipgn/contracts';
import type { Language } from '@ipgn/disclosure-scoring';

// What the scoring form sends. The answers' types are bound in @ipgn/disclosure-scoring (shapes in @ipgn/contracts).

export interface DisclosureMeta {
  title: string;
  documentType: DisclosureDocumentType;
  language?: Language;
  /** Whose text it is, when not the organization's own: never counted as specific content. */
  companyName?: string;
  /** An investor's own check only: the same id for a resent form (double click, retry) makes one record. */
  submissionId?: string;
}

/** What the form sends: pasted text, or a file to upload. */
export type ScoreDisclosureInput =
  (DisclosureMeta & { kind: 'paste'; text: string }) | (DisclosureMeta & { kind: 'upload'; file: File });
