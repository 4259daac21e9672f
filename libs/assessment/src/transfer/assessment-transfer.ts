import { AnswerValue } from '../bank/answer';
import { Track } from '../bank/track';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { QuestionNote } from '../planning/question-note';

export const TRANSFER_FORMAT = 'ipgn.assessment';
export const TRANSFER_FORMAT_VERSION = 1;

/**
 * A whole round as a file (JSON, or the same content as XLSX sheets): answers, targets, scope, evidence links and
 * comments, with the bank version they refer to. Import maps it into a new round of the same or a later version.
 */
export interface AssessmentTransfer {
  readonly format: typeof TRANSFER_FORMAT;
  readonly formatVersion: typeof TRANSFER_FORMAT_VERSION;
  readonly bankVersion: string;
  readonly track: Track;
  readonly exportedAt: string;
  /** The round number and status in the tool it came from (informative only). */
  readonly source: { readonly round: number; readonly status: string };
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly targets: AssessmentTargets;
  readonly scope: AssessmentScope;
  readonly notes: Readonly<Record<string, QuestionNote>>;
}
