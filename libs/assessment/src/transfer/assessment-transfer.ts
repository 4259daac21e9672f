import { AnswerValue } from '../bank/answer';
import { Track } from '../bank/track';
import { AssessmentScope } from '../planning/assessment-scope';
import { AssessmentTargets } from '../planning/assessment-targets';
import { QuestionNote } from '../planning/question-note';
import { ReviewDecision } from '../validation/answer-review';
import { DecisionOrigin } from '../validation/decision-origin';

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
  /**
   * The validation decisions of the round (who, when, accepted or returned, the reviewer's evidence note). Absent in
   * files written before decisions were exported. Imported as read-only history: they never validate the new round.
   */
  readonly decisions?: Readonly<Record<string, TransferDecision>>;
}

/** One reviewer's decision on one answer, as carried in a transfer file. */
export interface TransferDecision {
  readonly decision: ReviewDecision;
  /** What the reviewer checked, or why the answer was returned ('' when nothing was written). */
  readonly comment: string;
  /** The reviewer's display name (user ids mean nothing in another tool), null when the account is gone. */
  readonly reviewedBy: string | null;
  /** ISO 8601. */
  readonly reviewedAt: string;
  /** The decision was made on the answer in this file; false when the answer changed after it (it had lapsed). */
  readonly current: boolean;
  /**
   * Where a decision carried in from an earlier round was made (round and fiscal year). Absent when it was made in
   * the exported round itself, and in files written before origins were exported.
   */
  readonly decidedIn?: DecisionOrigin;
}

/** Longest reviewer name kept from a file. */
export const TRANSFER_REVIEWER_MAX_LENGTH = 200;
