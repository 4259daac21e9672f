import { getBank } from '../bank/question-bank';
import { Question } from '../bank/question';
import { AnswerReview } from './answer-review';
import { DecisionOrigin, fiscalYearOf } from './decision-origin';
import { VersionedAnswer } from './round-validation';

/** The version an answer copied into a new round starts at (a fresh row). */
export const COPIED_ANSWER_VERSION = 1;

/**
 * The version a carried decision points at when it no longer applies to the copied answer. Answer versions start at
 * 1, so such a decision never matches: the answer waits for review again ("needs re-validation") and the reviewer
 * still sees what was decided on it before (a lapsed decision, as when an answer changes inside a round).
 */
export const LAPSED_ANSWER_VERSION = 0;

/** A decision of the earlier round, with when it was made and, if it was itself carried, where it came from. */
export interface CarriableReview extends AnswerReview {
  /** ISO 8601. */
  readonly reviewedAt: string;
  /** Null when it was made in the earlier round itself. */
  readonly origin: DecisionOrigin | null;
}

/** A decision in the new round, with the round and fiscal year it was made in. */
export interface CarriedReview extends AnswerReview {
  readonly origin: DecisionOrigin;
}

export interface CarryDecisionsInput {
  /** The earlier round's bank version and the new round's. */
  readonly fromBankVersion: string;
  readonly toBankVersion: string;
  /** The earlier round's answers with their versions. */
  readonly previousAnswers: Readonly<Record<string, VersionedAnswer>>;
  /** The earlier round's number (1, 2, 3… of the track). */
  readonly fromRound: number;
  /** The organization's fiscal-year end month (1–12), to name the fiscal year a decision was made in. */
  readonly fiscalYearEndMonth: number;
  /** The earlier round's latest decision per answer. */
  readonly previousReviews: readonly CarriableReview[];
  /** The question ids whose answers were copied into the new round (unchanged values). */
  readonly copied: ReadonlySet<string>;
}

function sameQuestion(from: Question | undefined, to: Question | undefined): boolean {
  if (!from || !to) return false;
  return JSON.stringify(from) === JSON.stringify(to);
}

/**
 * Validation decisions that come along when a new round starts from a copy of an earlier round's answers. A decision
 * belongs to the answer it judged: it is carried as is (still counting) when that exact answer was copied, on a
 * question the new bank asks the same way; when the answer had changed after the decision (it had lapsed already)
 * or the question's wording, options or anchors differ in the new bank, it is carried as lapsed, so the answer
 * needs re-validation and the reviewer sees the earlier decision. Decisions on answers not copied are dropped.
 * A later edit in the new round makes a carried decision lapse like any other. Each carried decision names where it
 * was made: the earlier round, or the round it had itself been carried from (so it never looks like a new decision).
 */
export function carryDecisions(input: CarryDecisionsInput): CarriedReview[] {
  const fromBank = new Map(getBank(input.fromBankVersion)?.questions.map((q) => [q.id, q]) ?? []);
  const toBank = new Map(getBank(input.toBankVersion)?.questions.map((q) => [q.id, q]) ?? []);
  const carried: CarriedReview[] = [];
  for (const review of input.previousReviews) {
    const answer = input.previousAnswers[review.questionId];
    if (!answer || answer.value === null || !input.copied.has(review.questionId)) continue;
    const current =
      review.answerVersion === answer.version &&
      sameQuestion(fromBank.get(review.questionId), toBank.get(review.questionId));
    const { reviewedAt, origin, ...decision } = review;
    carried.push({
      ...decision,
      answerVersion: current ? COPIED_ANSWER_VERSION : LAPSED_ANSWER_VERSION,
      origin: origin ?? {
        round: input.fromRound,
        fiscalYear: fiscalYearOf(new Date(reviewedAt), input.fiscalYearEndMonth),
      },
    });
  }
  return carried;
}
