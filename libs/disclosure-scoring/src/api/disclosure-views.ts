import type {
  DisclosureComparisonOf,
  DisclosureCriterionDeltaOf,
  DisclosureRecordOf,
  DisclosureRubricOf,
  DisclosureSummaryOf,
} from '@ipgn/contracts';
import type {
  Bilingual,
  CriterionId,
  CriterionMeta,
  DisclosureClass,
  Grade,
  Language,
  Level,
  VcgHeading,
} from '../lib/types';
import type { DisclosureJudgement } from '../v2/types-v2';

/**
 * The disclosure-scoring API's answers, bound once to the scorer's types for apps/api and apps/web alike: the shapes
 * are in @ipgn/contracts (disclosures/disclosure-views.ts), which may not import a domain library.
 */
interface DisclosureTypes {
  language: Language;
  grade: Grade;
  class: DisclosureClass;
  score: DisclosureJudgement;
  criterionId: CriterionId;
  criterionMeta: CriterionMeta;
  bilingual: Bilingual;
  level: Level;
  vcgHeading: VcgHeading;
}

export type DisclosureSummary = DisclosureSummaryOf<DisclosureTypes>;
export type DisclosureRecord = DisclosureRecordOf<DisclosureTypes>;
export type DisclosureCriterionDelta = DisclosureCriterionDeltaOf<DisclosureTypes>;
export type DisclosureComparison = DisclosureComparisonOf<DisclosureTypes>;
export type DisclosureRubric = DisclosureRubricOf<DisclosureTypes>;
