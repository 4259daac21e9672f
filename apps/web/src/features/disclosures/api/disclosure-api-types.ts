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
import type {
  DisclosureComparisonOf,
  DisclosureCriterionDeltaOf,
  DisclosureDocumentType,
  DisclosureRecordOf,
  DisclosureRubricOf,
  DisclosureSummaryOf,
} from '@ipgn/contracts';

/**
 * The HTTP contract of /api/orgs/:orgId/disclosures and /api/disclosure-rubric: defined once in @ipgn/contracts
 * (disclosures/disclosure-views.ts), filled in here with the scorer library's types.
 */
interface DisclosureTypes {
  language: Language;
  grade: Grade;
  class: DisclosureClass;
  score: DisclosureScore;
  criterionId: CriterionId;
  criterionMeta: CriterionMeta;
  bilingual: Bilingual;
  level: Level;
  vcgHeading: VcgHeading;
}

export {
  DISCLOSURE_DOCUMENT_TYPES,
  DISCLOSURE_UPLOAD_EXTENSIONS,
  MAX_DISCLOSURE_TEXT_CHARS,
  MAX_DISCLOSURE_UPLOAD_BYTES,
  type DisclosureDocumentType,
  type DisclosureTextChange,
} from '@ipgn/contracts';

export type DisclosureSummary = DisclosureSummaryOf<DisclosureTypes>;
export type DisclosureRecord = DisclosureRecordOf<DisclosureTypes>;
export type DisclosureCriterionDelta = DisclosureCriterionDeltaOf<DisclosureTypes>;
export type DisclosureComparison = DisclosureComparisonOf<DisclosureTypes>;
export type DisclosureRubric = DisclosureRubricOf<DisclosureTypes>;

export interface DisclosureMeta {
  title: string;
  documentType: DisclosureDocumentType;
  language?: Language;
}

/** What the form sends: pasted text, or a file to upload. */
export type ScoreDisclosureInput =
  (DisclosureMeta & { kind: 'paste'; text: string }) | (DisclosureMeta & { kind: 'upload'; file: File });
