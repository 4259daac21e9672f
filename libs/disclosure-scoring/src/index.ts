export { scoreDisclosure, gradeFor, BOILERPLATE_PENALTY } from './lib/score-disclosure';
export { DisclosureInputError } from './lib/errors';
export { RUBRIC_VERSION, CRITERIA } from './rubric/rubric-v1';
export { VCG_HEADINGS } from './rubric/vcg-headings';
export { detectLanguage } from './lib/text/language';
export { segmentSentences } from './lib/text/segment';
export type { RawSentence } from './lib/text/segment';
export type {
  Bilingual,
  CriterionId,
  CriterionMeta,
  CriterionResult,
  DisclosureClass,
  DisclosureScore,
  EvidenceSpan,
  Grade,
  Language,
  Level,
  ScoreOptions,
  SentenceSummary,
  Suggestion,
  VcgHeading,
  VcgHeadingId,
} from './lib/types';
