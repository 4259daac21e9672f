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
  DisclosureRecordOf,
  DisclosureRubricOf,
  DisclosureSummaryOf,
} from '@ipgn/contracts';

/**
 * The HTTP contract of the disclosure-scoring endpoints: defined once in @ipgn/contracts
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
  type DisclosureSourceKind,
  type DisclosureTextChange,
} from '@ipgn/contracts';

export const DISCLOSURE_LANGUAGES: readonly Language[] = ['ja', 'en'];

export type DisclosureSummary = DisclosureSummaryOf<DisclosureTypes>;
export type DisclosureRecord = DisclosureRecordOf<DisclosureTypes>;
export type DisclosureCriterionDelta = DisclosureCriterionDeltaOf<DisclosureTypes>;
export type DisclosureComparison = DisclosureComparisonOf<DisclosureTypes>;
export type DisclosureRubric = DisclosureRubricOf<DisclosureTypes>;
