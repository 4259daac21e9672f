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
 * The HTTP contract of /api/orgs/:orgId/disclosures and /api/disclosure-rubric, as the API module
 * (apps/api/src/modules/disclosures/disclosure-types.ts) defines it. Scorer types come from the scorer library.
 */
export const DISCLOSURE_DOCUMENT_TYPES = ['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other'] as const;
export type DisclosureDocumentType = (typeof DISCLOSURE_DOCUMENT_TYPES)[number];

export const MAX_DISCLOSURE_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_DISCLOSURE_TEXT_CHARS = 200_000;
export const DISCLOSURE_UPLOAD_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

export interface DisclosureSummary {
  id: string;
  title: string;
  documentType: DisclosureDocumentType;
  source: 'paste' | 'upload';
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
  delta: number | null;
}

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
  textDiffApproximate: boolean;
}

export interface DisclosureRubric {
  rubricVersion: string;
  criteria: readonly CriterionMeta[];
  vcgHeadings: readonly VcgHeading[];
  documentTypes: readonly DisclosureDocumentType[];
  limits: { maxTextChars: number; maxUploadBytes: number; extensions: readonly string[] };
}

export interface DisclosureMeta {
  title: string;
  documentType: DisclosureDocumentType;
  language?: Language;
}

/** What the form sends: pasted text, or a file to upload. */
export type ScoreDisclosureInput = (DisclosureMeta & { kind: 'paste'; text: string }) | (DisclosureMeta & { kind: 'upload'; file: File });
