export { scoreDisclosure as scoreDisclosureV1, gradeFor, BOILERPLATE_PENALTY } from './lib/score-disclosure';
export { judgeDisclosure, judgeDisclosure as scoreDisclosure, DOCUMENT_TYPES } from './v2/judge-disclosure';
export { RUBRIC_VERSION_V2, CRITERIA_V2 } from './v2/criteria-v2';
export { calibrationFor, orderAgreement, wilson } from './v2/calibration';
export { CALIBRATION_TABLE } from './v2/calibration-table';
export type { CalibrationBand, CalibrationTable, OrderAgreement, PairBand } from './v2/calibration';
export { DisclosureInputError } from './lib/errors';
export { RUBRIC_VERSION, CRITERIA } from './rubric/rubric-v1';
export { VCG_HEADINGS } from './rubric/vcg-headings';
export { detectLanguage } from './lib/text/language';
export { segmentSentences } from './lib/text/segment';
export { documentPeriod, comparePeriods } from './lib/text/document-period';
export type { DocumentPeriod } from './lib/text/document-period';
export type { RawSentence } from './lib/text/segment';
export type {
  Bilingual,
  CriterionId,
  CriterionMeta,
  CriterionResult,
  DisclosureClass,
  DisclosureScore as DisclosureScoreV1,
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
export type {
  Calibration,
  OrdinaryCalibration,
  CgFloorCheck,
  Chain,
  ChainBreak,
  DisclosureJudgement,
  DisclosureJudgement as DisclosureScore,
  DocumentType,
  JudgeOptions,
  JudgedSentence,
  LinkKind,
  LinkSpan,
  SentenceRole,
  SubstitutionFinding,
} from './v2/types-v2';
export { LINK_ORDER, SENTENCE_ROLES } from './v2/types-v2';
export { vocabularyCoverage, PLAIN_TEXT_WORDS_PER_THOUSAND } from './v2/vocabulary-coverage';
export type { VocabularyCoverage } from './v2/vocabulary-coverage';
export { END_OF_TEXT } from './v2/build-chains';
export { CLAIM_SHARE_WEIGHT, LEARNED_LINK_WEIGHT } from './v2/judge-disclosure';
export { SECOND_OPINION_FEATURES, EVIDENCED_FEATURES, SecondOpinionError } from './second-opinion/second-opinion-types';
export type {
  SecondOpinion,
  SecondOpinionFeature,
  SecondOpinionFeatureId,
  SecondOpinionLabel,
  SecondOpinionErrorCode,
} from './second-opinion/second-opinion-types';
export { buildSecondOpinionMessages } from './second-opinion/second-opinion-prompt';
export { parseSecondOpinion, SECOND_OPINION_NOTICE } from './second-opinion/parse-second-opinion';
export {
  requestSecondOpinion,
  assertSecondOpinionText,
  MAX_SECOND_OPINION_CHARS,
  DEFAULT_SECOND_OPINION_TIMEOUT_MS,
} from './second-opinion/request-second-opinion';
export type { SecondOpinionEndpoint } from './second-opinion/request-second-opinion';
export type {
  DisclosureComparison,
  DisclosureCriterionDelta,
  DisclosureRecord,
  DisclosureRubric,
  DisclosureSummary,
} from './api/disclosure-views';
