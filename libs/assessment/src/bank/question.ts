import { LocalizedText } from '../i18n/localized-text';
import { CgcTag } from '../taxonomy/cgc-clauses';
import { GglActionId } from '../taxonomy/ggl-actions';
import { GglPrincipleId } from '../taxonomy/ggl-principles';
import { AgendaItemId } from '../taxonomy/ip-program-agenda';
import { VcgSectionId } from '../taxonomy/value-co-creation-sections';
import { ModuleId } from './assessment-module';
import { Condition } from './condition';
import { Track } from './track';

export const QUESTION_TYPES = [
  'maturity',
  'single',
  'multiple',
  'number',
  'currency',
  'percentage',
  'text',
  'evidence',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Ladder levels run 0–4; a level's maturity on the 0–100 scale is level × 25. */
export type MaturityLevel = 0 | 1 | 2 | 3 | 4;

export interface QuestionTags {
  readonly gglActions: readonly GglActionId[];
  readonly gglPrinciples: readonly GglPrincipleId[];
  readonly cgc: readonly CgcTag[];
  readonly vcg: readonly VcgSectionId[];
  /** IP Strategic Program 2026 agenda items the question asks about (REFERENCE §12); absent on older questions. */
  readonly agenda?: readonly AgendaItemId[];
}

interface QuestionBase {
  readonly id: string;
  readonly module: ModuleId;
  readonly tracks: readonly Track[];
  readonly prompt: LocalizedText;
  readonly help: LocalizedText;
  readonly tags: QuestionTags;
  /** Glossary term ids explained inline next to the question. */
  readonly glossary?: readonly string[];
  readonly showIf?: Condition;
  /** Relative weight in every score the question feeds (default 1). */
  readonly weight?: number;
  /**
   * Written for one respondent or one department (e.g. "answer from management's standpoint"): a workshop may
   * still ask it of everyone, but department gaps on it mean nothing, so they are left out of gap rankings.
   */
  readonly singleRespondent?: true;
}

export interface MaturityQuestion extends QuestionBase {
  readonly type: 'maturity';
  /** Anchor description for levels 0, 1, 2, 3, 4 — every level is described. */
  readonly levels: readonly [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText];
}

export interface ChoiceOption {
  readonly id: string;
  readonly label: LocalizedText;
  /** Ladder-equivalent maturity (0–4) when the question is scored. */
  readonly maturity?: MaturityLevel;
  /** An option such as "none" that cannot be combined with others. */
  readonly exclusive?: boolean;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly ChoiceOption[];
}

/** Scored multiple choice: the sum of the selected options' maturity, capped at 4. */
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly options: readonly ChoiceOption[];
}

/** Maps a numeric answer to a ladder level: the highest band whose `min` the value reaches. */
export interface NumericBand {
  readonly min: number;
  readonly maturity: MaturityLevel;
}

export interface NumberQuestion extends QuestionBase {
  readonly type: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit?: LocalizedText;
  readonly bands?: readonly NumericBand[];
}

export interface CurrencyQuestion extends QuestionBase {
  readonly type: 'currency';
  readonly currency: 'JPY';
  /** Amounts are entered in this unit; every financial figure in the bank uses 百万円. */
  readonly unit: 'million';
  readonly unitLabel: LocalizedText;
  readonly min: number;
}

export interface PercentageQuestion extends QuestionBase {
  readonly type: 'percentage';
  readonly min: number;
  readonly max: number;
  readonly bands?: readonly NumericBand[];
}

export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  readonly maxLength: number;
}

export interface EvidenceQuestion extends QuestionBase {
  readonly type: 'evidence';
}

export type Question =
  | MaturityQuestion
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | NumberQuestion
  | CurrencyQuestion
  | PercentageQuestion
  | TextQuestion
  | EvidenceQuestion;

export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;
