import type { DisclosureDocumentType } from '@ipgn/contracts';
import type { Language } from '@ipgn/disclosure-scoring';

// What the scoring form sends. The answers' types are bound in @ipgn/disclosure-scoring (shapes in @ipgn/contracts).

export interface DisclosureMeta {
  title: string;
  documentType: DisclosureDocumentType;
  language?: Language;
}

/** What the form sends: pasted text, or a file to upload. */
export type ScoreDisclosureInput =
  (DisclosureMeta & { kind: 'paste'; text: string }) | (DisclosureMeta & { kind: 'upload'; file: File });
