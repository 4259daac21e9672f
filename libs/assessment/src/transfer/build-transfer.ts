import { AnswerValue, Answers } from '../bank/answer';
import { isAnswered } from '../bank/answer-state';
import { Track } from '../bank/track';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { QuestionNote } from '../planning/question-note';
import { AssessmentTransfer, TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, TransferDecision } from './assessment-transfer';

export interface TransferSource {
  readonly bankVersion: string;
  readonly track: Track;
  readonly round: number;
  readonly status: string;
  readonly answers: Answers;
  readonly targets: AssessmentTargets;
  readonly scope: AssessmentScope;
  readonly notes: Readonly<Record<string, QuestionNote>>;
  /** The round's own validation decisions (none when validation was never used). */
  readonly decisions?: Readonly<Record<string, TransferDecision>>;
  readonly exportedAt: string;
}

/** A round as a transfer file; unanswered (null or blank) answers are left out. */
export function buildTransfer(source: TransferSource): AssessmentTransfer {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(source.answers))
    if (value !== null && value !== undefined && isAnswered(value)) answers[id] = value;
  return {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    bankVersion: source.bankVersion,
    track: source.track,
    exportedAt: source.exportedAt,
    source: { round: source.round, status: source.status },
    answers,
    targets: { questions: { ...(source.targets.questions ?? {}) }, modules: { ...(source.targets.modules ?? {}) } },
    scope: { questions: { ...(source.scope.questions ?? {}) }, modules: { ...(source.scope.modules ?? {}) } },
    notes: source.notes,
    decisions: { ...(source.decisions ?? {}) },
  };
}
