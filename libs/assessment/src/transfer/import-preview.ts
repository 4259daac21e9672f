import { AnswerValue } from '../bank/answer';
import { Track } from '../bank/track';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { QuestionNote } from '../planning/question-note';
import { TransferDecision } from './assessment-transfer';

export interface MappedAnswer {
  readonly from: string;
  readonly to: string;
  /** The question id changed between the file's bank version and the round's. */
  readonly renamed: boolean;
  /** The question's wording, options or anchors differ between the two versions: check the answer. */
  readonly changed: boolean;
}

export type NotImportableReason = 'unknown-question' | 'not-in-track' | string;

export interface NotImportable {
  readonly part: 'answer' | 'target' | 'scope' | 'note' | 'decision';
  readonly id: string;
  readonly reason: NotImportableReason;
}

/** What an import would write, shown before anything is written. */
export interface ImportPreview {
  readonly fromBankVersion: string;
  readonly toBankVersion: string;
  readonly track: Track;
  readonly mapped: readonly MappedAnswer[];
  readonly notImportable: readonly NotImportable[];
  /** Exactly what is written on confirmation. */
  readonly payload: {
    readonly answers: Readonly<Record<string, AnswerValue>>;
    readonly targets: AssessmentTargets;
    readonly scope: AssessmentScope;
    readonly notes: Readonly<Record<string, QuestionNote>>;
    /** The file's validation decisions, kept as read-only history of the new round (they validate nothing). */
    readonly priorDecisions: Readonly<Record<string, TransferDecision>>;
  };
}
