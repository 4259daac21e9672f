import {
  AnswerReview,
  REVIEW_COMMENT_MAX_LENGTH,
  REVIEW_DECISIONS,
  ReviewDecision,
  RoundStatus,
} from './answer-review';
import { RoundValidation, ValidationItem } from './round-validation';

export type ReviewErrorCode =
  | 'round-not-in-review'
  | 'not-required'
  | 'self-review'
  | 'invalid-decision'
  | 'comment-required'
  | 'comment-too-long'
  | 'stale-answer';

export type ReviewCheck =
  | { ok: true; review: AnswerReview }
  | { ok: false; code: ReviewErrorCode; field?: 'decision' | 'comment' | 'answerVersion' };

export interface ReviewRequest {
  readonly roundStatus: RoundStatus;
  readonly validation: RoundValidation;
  readonly questionId: string;
  /** The current answer: its version and who last wrote it. */
  readonly answer: { readonly version: number; readonly answeredBy: string | null };
  readonly reviewerId: string;
  readonly decision: unknown;
  readonly comment: unknown;
  /** The answer version the reviewer saw; a newer answer must be looked at again. */
  readonly answerVersion: unknown;
}

function isDecision(value: unknown): value is ReviewDecision {
  return typeof value === 'string' && (REVIEW_DECISIONS as readonly string[]).includes(value);
}

/**
 * Checks one accept/return decision. Order matters for the answer a client gets: the round's state first, then
 * whether this answer needs a decision at all, then who decides (never the person who gave the answer: four eyes),
 * then the fields.
 */
export function checkReview(request: ReviewRequest): ReviewCheck {
  if (request.roundStatus !== 'in_review') return { ok: false, code: 'round-not-in-review' };
  const item: ValidationItem | undefined = request.validation.items.find((i) => i.questionId === request.questionId);
  if (!item) return { ok: false, code: 'not-required' };
  if (request.answer.answeredBy !== null && request.answer.answeredBy === request.reviewerId)
    return { ok: false, code: 'self-review' };
  if (!isDecision(request.decision)) return { ok: false, code: 'invalid-decision', field: 'decision' };
  const comment =
    typeof request.comment === 'string'
      ? request.comment.trim()
      : request.comment === undefined || request.comment === null
        ? ''
        : null;
  if (comment === null) return { ok: false, code: 'comment-required', field: 'comment' };
  if (comment.length > REVIEW_COMMENT_MAX_LENGTH) return { ok: false, code: 'comment-too-long', field: 'comment' };
  // A returned answer goes back to its contributor: they need to know why.
  if (request.decision === 'returned' && comment.length === 0)
    return { ok: false, code: 'comment-required', field: 'comment' };
  if (typeof request.answerVersion !== 'number' || !Number.isInteger(request.answerVersion))
    return { ok: false, code: 'stale-answer', field: 'answerVersion' };
  if (request.answerVersion !== request.answer.version)
    return { ok: false, code: 'stale-answer', field: 'answerVersion' };
  return {
    ok: true,
    review: {
      questionId: request.questionId,
      decision: request.decision,
      comment,
      answerVersion: request.answer.version,
      reviewedBy: request.reviewerId,
    },
  };
}

export type TransitionErrorCode = 'round-not-draft' | 'round-locked' | 'validation-incomplete' | 'not-returned';

/** draft → in_review: the team asks for validation; answers are then frozen except the returned ones. */
export function checkRequestValidation(status: RoundStatus): { ok: true } | { ok: false; code: TransitionErrorCode } {
  return status === 'draft'
    ? { ok: true }
    : { ok: false, code: status === 'submitted' ? 'round-locked' : 'round-not-draft' };
}

/**
 * → submitted: a draft can be submitted as before (validation off: nothing counts as validated); a round in
 * review only when every answer that needs a decision has been accepted.
 */
export function checkFinalize(
  status: RoundStatus,
  validation: RoundValidation,
): { ok: true } | { ok: false; code: TransitionErrorCode } {
  if (status === 'submitted') return { ok: false, code: 'round-locked' };
  if (status === 'in_review' && !validation.complete) return { ok: false, code: 'validation-incomplete' };
  return { ok: true };
}

/**
 * Whether a contributor may change an answer: freely in a draft; in review only an answer the reviewer returned
 * (or one that waits again after such a change); never once submitted.
 */
export function checkAnswerEditable(
  status: RoundStatus,
  item: ValidationItem | undefined,
): { ok: true } | { ok: false; code: TransitionErrorCode } {
  if (status === 'draft') return { ok: true };
  if (status === 'submitted') return { ok: false, code: 'round-locked' };
  if (item && (item.state === 'returned' || (item.state === 'pending' && item.review?.decision === 'returned')))
    return { ok: true };
  return { ok: false, code: 'not-returned' };
}
