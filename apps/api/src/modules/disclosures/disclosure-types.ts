import type {
  Bilingual,
  CriterionId,
  CriterionMeta,
  DisclosureClass,
  DisclosureScore,
  Grade,
  Language,
  Level,
  VcgHeading,
} from '@ipgn/disclosure-scoring';

/**
 * The HTTP contract of the disclosure-scoring endpoints. (Kept beside the module until it moves to
 * @ipgn/contracts; the web app mirrors it in features/disclosures/api/disclosure-api-types.ts.)
 */
export const DISCLOSURE_DOCUMENT_TYPES = ['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other'] as const;
export type DisclosureDocumentType = (typeof DISCLOSURE_DOCUMENT_TYPES)[number];

export type DisclosureSourceKind = 'paste' | 'upload';

export const DISCLOSURE_LANGUAGES: readonly Language[] = ['ja', 'en'];

/** Longest text we score and keep (characters, after extraction). */
export const MAX_DISCLOSURE_TEXT_CHARS = 200_000;
/** Largest file accepted by the upload endpoint. */
export const MAX_DISCLOSURE_UPLOAD_BYTES = 5 * 1024 * 1024;
export const DISCLOSURE_UPLOAD_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

/** A history entry: everything but the text and the full result. */
export interface DisclosureSummary {
  id: string;
  title: string;
  documentType: DisclosureDocumentType;
  source: DisclosureSourceKind;
  filename: string | null;
  language: Language;
  overall: number;
  grade: Grade;
  class: DisclosureClass;
  rubricVersion: string;
  createdBy: { userId: string; displayName: string } | null;
  createdAt: string;
}

export interface DisclosureRecord extends DisclosureSummary {
  text: string;
  result: DisclosureScore;
}

export interface DisclosureCriterionDelta {
  id: CriterionId;
  key: string;
  name: Bilingual;
  from: Level | null;
  to: Level | null;
  /** to − from; null when one side lacks the criterion (different rubric versions). */
  delta: number | null;
}

/** One run of sentences that are the same in both texts, or only in `from` (removed) or only in `to` (added). */
export interface DisclosureTextChange {
  op: 'equal' | 'removed' | 'added';
  sentences: string[];
}

export interface DisclosureComparison {
  from: DisclosureSummary;
  to: DisclosureSummary;
  overallDelta: number;
  criteria: DisclosureCriterionDelta[];
  textDiff: DisclosureTextChange[];
  /** True when the texts were too different to diff sentence by sentence in time; textDiff is then whole-text. */
  textDiffApproximate: boolean;
}

export interface DisclosureRubric {
  rubricVersion: string;
  criteria: readonly CriterionMeta[];
  vcgHeadings: readonly VcgHeading[];
  documentTypes: readonly DisclosureDocumentType[];
  limits: { maxTextChars: number; maxUploadBytes: number; extensions: readonly string[] };
}
