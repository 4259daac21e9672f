import type { Bilingual, EvidenceSpan } from '../lib/types';

/** The rubric's features (docs/disclosure-judgement-rubric.md), in its order. */
export const SECOND_OPINION_FEATURES = [
  'business',
  'asset',
  'mechanism',
  'value',
  'kpi',
  'allocation',
  'oversight',
  'substitution',
  'boilerplate',
] as const;
export type SecondOpinionFeatureId = (typeof SECOND_OPINION_FEATURES)[number];

/** Features that say what the passage states: the model must quote the passage for each one it marks. */
export const EVIDENCED_FEATURES: readonly SecondOpinionFeatureId[] = [
  'business',
  'asset',
  'mechanism',
  'value',
  'kpi',
  'allocation',
  'oversight',
];

export type SecondOpinionLabel = 'strong' | 'medium' | 'weak';

export interface SecondOpinionFeature {
  readonly id: SecondOpinionFeatureId;
  /**
   * Marked by the model and, for the features in EVIDENCED_FEATURES, backed by at least one quote found verbatim
   * in the text. A feature the model marked without any verifiable quote is reported as not present.
   */
  readonly present: boolean;
  /** The model marked it (before quotes were checked). */
  readonly claimed: boolean;
  /** Quotes found verbatim in the text, with their offsets. */
  readonly evidence: readonly EvidenceSpan[];
}

/** An LLM's reading of a passage against the rating rubric: an opinion shown beside the rule-based judgement. */
export interface SecondOpinion {
  readonly kind: 'llm-second-opinion';
  readonly aiGenerated: true;
  readonly model: string;
  readonly label: SecondOpinionLabel;
  readonly features: readonly SecondOpinionFeature[];
  /** The model's one- or two-sentence reason, as it wrote it (not checked). */
  readonly reason: string;
  /** Quotes the model gave that are not in the text and were dropped. */
  readonly droppedQuotes: number;
  /** What this is, in both languages, for display next to the result. */
  readonly notice: Bilingual;
}

export type SecondOpinionErrorCode = 'TEXT_TOO_LONG' | 'UNAVAILABLE' | 'TIMEOUT' | 'BAD_RESPONSE';

/** Why no second opinion could be given. Never thrown for anything the user typed except TEXT_TOO_LONG. */
export class SecondOpinionError extends Error {
  constructor(
    readonly code: SecondOpinionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SecondOpinionError';
  }
}
