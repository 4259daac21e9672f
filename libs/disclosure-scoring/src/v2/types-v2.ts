import type { VocabularyCoverage } from './vocabulary-coverage';
import type {
  Bilingual,
  CriterionResult,
  DisclosureClass,
  EvidenceSpan,
  Grade,
  Language,
  SentenceSummary,
  Suggestion,
} from '../lib/types';

/** Links of the value chain, in the order a complete story tells them. */
export type LinkKind =
  'business' | 'asset' | 'mechanism' | 'customerValue' | 'financial' | 'kpi' | 'allocation' | 'oversight';

export const LINK_ORDER: readonly LinkKind[] = [
  'business',
  'asset',
  'mechanism',
  'customerValue',
  'financial',
  'kpi',
  'allocation',
  'oversight',
];

/**
 * What a sentence does in the passage. strategy / mechanism / evidence / governance / plan carry the story; subject
 * names the business, product or asset the story is about without saying yet how it wins;
 * activity / count / risk are support at best and "substitution" when they stand in for strategy.
 */
export type SentenceRole =
  | 'strategy'
  | 'subject'
  | 'mechanism'
  | 'evidence'
  | 'governance'
  | 'plan'
  | 'activity'
  | 'count'
  | 'risk'
  | 'generic'
  | 'duplicate';

export const SUBSTITUTION_ROLES: readonly SentenceRole[] = ['activity', 'count', 'risk'];
export const CONTENT_ROLES: readonly SentenceRole[] = [
  'strategy',
  'subject',
  'mechanism',
  'evidence',
  'governance',
  'plan',
];
/** Every role, story first, then substitution, then what carries nothing (the order a legend lists them). */
export const SENTENCE_ROLES: readonly SentenceRole[] = [
  ...CONTENT_ROLES,
  ...SUBSTITUTION_ROLES,
  'generic',
  'duplicate',
];

/** Where a document comes from; only a CG-report entry gets JPX400's 〇/△/✕ floor check. */
export type DocumentType = 'cg_report' | 'integrated_report' | 'securities_report' | 'ip_report' | 'other';

export interface LinkSpan extends EvidenceSpan {
  readonly link: LinkKind;
}

export interface JudgedSentence extends SentenceSummary {
  readonly index: number;
  readonly paragraph: number;
  readonly role: SentenceRole;
  /** Written as an intention (目指します / we aim …). A label only: it never changes the credit. */
  readonly intention: boolean;
  /**
   * Its mechanism, value or investment words name no specific business or asset and refer back to none (issue 18:
   * vocabulary without an object); they earn a token, not a link.
   */
  readonly unanchored: boolean;
  /** Why the role was chosen, in both languages. */
  readonly reason: Bilingual;
  /** The cues behind the role and the links (offsets into the original input). */
  readonly spans: readonly LinkSpan[];
  readonly roleSpans: readonly EvidenceSpan[];
  /** Index of the chain this sentence belongs to, or null. */
  readonly chain: number | null;
}

export interface ChainBreak {
  /** The first link of the chain's order that is missing (null when the chain is complete). */
  readonly missing: LinkKind | null;
  /** Why the chain ends where it ends (next sentence is about another business, a gap, or the text ends). */
  readonly endReason: 'end-of-text' | 'gap' | 'new-topic' | 'other-business';
  readonly text: Bilingual;
}

export interface Chain {
  readonly index: number;
  /** Indices (JudgedSentence.index) of its sentences, in order. */
  readonly sentences: readonly number[];
  readonly start: number;
  readonly end: number;
  /** Businesses / assets the chain is about. */
  readonly topics: readonly string[];
  /** Links the chain tells about something specific (a named business or asset, or an explicit reference back to one). */
  readonly links: readonly LinkKind[];
  /**
   * Kinds found only in sentences that name nothing specific and refer back to nothing (mechanism, value or
   * investment words about "our IP" or "our technology"): they earn a token, not a link.
   */
  readonly unanchored: readonly LinkKind[];
  /** Indices of the chain's sentences whose links are unanchored. */
  readonly unanchoredSentences: readonly number[];
  readonly evidence: readonly LinkSpan[];
  /** 0-100: how complete the chain is (reduced when no sentence of it is about the company itself). */
  readonly score: number;
  /** Some sentence of the chain speaks about the company (当社 / we / its own names), not the industry in general. */
  readonly selfReferenced: boolean;
  readonly breaks: ChainBreak;
}

export interface SubstitutionFinding {
  readonly role: 'activity' | 'count' | 'risk';
  readonly sentence: number;
  readonly span: EvidenceSpan;
  /** True when it stands in for strategy (no chain nearby), false when it supports a chain. */
  readonly standsIn: boolean;
}

export interface Calibration {
  /** Score band the result falls in, e.g. "40-59". */
  readonly band: string;
  /** Rated texts of the calibration set in this band and how many people rated strong / weak. */
  readonly n: number;
  readonly strongRate: number;
  readonly weakRate: number;
  /** 95 % Wilson interval of strongRate. */
  readonly interval: readonly [number, number];
  /** Which rated set the table comes from, and when. */
  readonly source: string;
  readonly meaning: Bilingual;
  /**
   * The same band on everyday disclosures, most of them weak (since v2.45): how common strong texts are changes what
   * a band's share means, and the calibration set was collected to include strong examples.
   */
  readonly ordinary?: OrdinaryCalibration;
}

/** A band's texts in the second, everyday rated set. */
export interface OrdinaryCalibration {
  readonly n: number;
  readonly strongRate: number;
  readonly weakRate: number;
  readonly source: string;
}

export interface CgFloorCheck {
  readonly class: DisclosureClass;
  readonly label: Bilingual;
  readonly reason: Bilingual;
}

export interface DisclosureJudgement {
  readonly rubricVersion: string;
  readonly scorerVersion: 'v2';
  readonly language: Language;
  readonly documentType: DocumentType | null;
  /** 0-100 */
  readonly overall: number;
  readonly grade: Grade;
  /** JPX400's floor check; only for CG-report entries, null otherwise. */
  readonly class: DisclosureClass | null;
  readonly classReason: Bilingual | null;
  readonly cgFloorCheck: CgFloorCheck | null;
  readonly criteria: readonly CriterionResult[];
  readonly suggestions: readonly Suggestion[];
  readonly sentences: readonly JudgedSentence[];
  readonly chains: readonly Chain[];
  readonly substitution: {
    readonly findings: readonly SubstitutionFinding[];
    /** substitution sentences / (substitution sentences + kinds of links the chains build), 0..1. */
    readonly share: number;
    /** Multiplier applied to the chain score, 0.55..1. */
    readonly factor: number;
    readonly summary: Bilingual;
  };
  readonly calibration: Calibration;
  /**
   * How much the text speaks in the vocabulary of technology and rights, and whether it is a plain business text on
   * which the judgement is less reliable (v2.25; absent on results saved before).
   */
  readonly coverage?: VocabularyCoverage;
  readonly companyNames: readonly string[];
  /** Kept for the v1 response shape: share of generic sentences and the substitution factor. */
  readonly boilerplate: {
    readonly genericShare: number;
    readonly factor: number;
    readonly genericSentences: readonly EvidenceSpan[];
    readonly duplicateSentences: readonly EvidenceSpan[];
  };
  /**
   * The learned link-likeness (v2.44): how much the text's most mechanism-like and most value-like sentence reads like
   * the analysts' "why it wins" / "what it brings" (0..1, with that sentence), the points they add (0 when no chain is
   * told) and the scale the sum is divided by to stay 0-100.
   */
  readonly learned?: {
    readonly mechanism: { readonly probability: number; readonly sentence: number | null };
    readonly value: { readonly probability: number; readonly sentence: number | null };
    readonly points: number;
    readonly scale: number;
    /**
     * The whole-text reading (v2.51): how much the text's sentences together (since v2.52 every sentence once but general
     * statements, risk lines, hollow claims and bare titles) read like passages two analysts rated at least medium and
     * strong (0..1 each), the points it gives, the share of the score it makes (PASSAGE_READING_SHARE, growing with the
     * story read; 0 when no chain is told)
     * and the score before it (rules and the two links, 0-100): overall = before × (1 − share) + points.
     */
    readonly passage?: {
      readonly medium: number;
      readonly strong: number;
      readonly points: number;
      readonly share: number;
      readonly before: number;
    };
  };
  readonly stats: {
    readonly characters: number;
    readonly sentences: number;
    readonly distinctSentences: number;
    readonly substantiveSentences: number;
    /**
     * Share of the text's sentences (headings aside, repeats once) that make a claim about something named, in a
     * chain: the part of the text that is not filler. Up to CLAIM_SHARE_WEIGHT points of the score (v2.41).
     */
    readonly claimShare: number;
  };
}

export interface JudgeOptions {
  readonly language?: Language;
  /** The company's own names (ja/en from the organization profile). Never count as specific content. */
  readonly companyNames?: readonly string[];
  readonly documentType?: DocumentType;
}
