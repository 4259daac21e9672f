export type Language = 'ja' | 'en';

export type Level = 0 | 1 | 2 | 3;

export type DisclosureClass = '〇' | '△' | '✕';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export type CriterionId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R13'
  | 'R15'
  // v2 (linkage judgement)
  | 'L1'
  | 'L2'
  | 'L3'
  | 'L4'
  | 'L5'
  | 'L6'
  | 'L7';

/** Top-level headings of METI's Value Co-creation Guidance 2.0 (top level confirmed; see REFERENCE §4). */
export type VcgHeadingId = 'VCG1' | 'VCG2' | 'VCG3' | 'VCG4' | 'VCG5' | 'VCG6';

/** A character span into the ORIGINAL input string (UTF-16 offsets, end exclusive). */
export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CriterionMeta {
  readonly id: CriterionId;
  /** Stable machine key, e.g. "business-linkage". */
  readonly key: string;
  readonly name: Bilingual;
  /** What the criterion checks, in our own words. */
  readonly description: Bilingual;
  /** Index = level 0..3. */
  readonly levels: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
  /** Relative weight in the overall score (R11 acts as a multiplier instead; its weight is 0). */
  readonly weight: number;
  readonly vcgHeading: VcgHeadingId;
  /** Index = level reached 0..2: what is missing to reach the next level. */
  readonly missing: readonly [Bilingual, Bilingual, Bilingual];
  /** What to add, and where (see vcgHeading); shown when score < 3. */
  readonly suggestion: Bilingual;
}

export interface VcgHeading {
  readonly id: VcgHeadingId;
  readonly number: number;
  readonly name: Bilingual;
}

export interface CriterionResult {
  readonly id: CriterionId;
  readonly key: string;
  readonly name: Bilingual;
  readonly score: Level;
  /** Description of the level reached. */
  readonly level: Bilingual;
  readonly evidence: readonly EvidenceSpan[];
  /** Present when score < 3: what is missing, in the detected language (see missingText for both). */
  readonly missing?: string;
  readonly missingText?: Bilingual;
  /**
   * The text gives the criterion nothing to judge (v2 L7: no claims, so nothing can stand in for them): score 0 and a
   * level saying so, never a ✓ for an absence.
   */
  readonly notApplicable?: true;
}

export interface Suggestion {
  readonly criterionId: CriterionId;
  readonly vcgHeading: VcgHeading;
  readonly text: Bilingual;
}

export interface SentenceSummary {
  readonly start: number;
  readonly end: number;
  readonly kind: 'substantive' | 'generic' | 'heading' | 'duplicate';
  readonly futureOnly: boolean;
}

export interface DisclosureScore {
  readonly rubricVersion: string;
  readonly language: Language;
  /** 0-100 */
  readonly overall: number;
  readonly grade: Grade;
  readonly class: DisclosureClass;
  readonly classReason: Bilingual;
  readonly criteria: readonly CriterionResult[];
  readonly suggestions: readonly Suggestion[];
  readonly boilerplate: {
    /** Share of distinct claim sentences judged generic, 0..1. */
    readonly genericShare: number;
    /** Multiplier applied to the criterion sum, 0.5..1. */
    readonly factor: number;
    readonly genericSentences: readonly EvidenceSpan[];
    readonly duplicateSentences: readonly EvidenceSpan[];
  };
  readonly stats: {
    readonly characters: number;
    readonly sentences: number;
    readonly distinctSentences: number;
    readonly substantiveSentences: number;
  };
  readonly sentences: readonly SentenceSummary[];
}

export interface ScoreOptions {
  /** Force the language; detected automatically otherwise. */
  readonly language?: Language;
}
