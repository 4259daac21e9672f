/**
 * The validation step of a round (issue 17): before its results count as final, a reviewer — a member other than
 * the one who gave the answer — accepts or returns each answer that claims a high maturity. A decision refers to
 * the answer version it saw, so when the contributor changes a returned answer the decision lapses and the answer
 * waits for review again.
 */
export const REVIEW_DECISIONS = ['accepted', 'returned'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The latest decision on one answer of a round. */
export interface AnswerReview {
  readonly questionId: string;
  readonly decision: ReviewDecision;
  /** Why it was returned (required) or what the reviewer checked (optional on acceptance). */
  readonly comment: string;
  /** The answer version the reviewer decided on. */
  readonly answerVersion: number;
  readonly reviewedBy: string | null;
}

/** Where one answer stands in the validation step. */
export type ReviewState = 'not-required' | 'pending' | 'accepted' | 'returned';

/** A round is answered (draft), waits for validation (in_review) or is final (submitted). */
export type RoundStatus = 'draft' | 'in_review' | 'submitted';

/** Longest reviewer comment. */
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/**
 * Maturity claims at this ladder level or higher ("defined and in use": level 3 and 4 anchors describe rules,
 * records and reporting that exist on paper) must be shown with evidence before they count.
 */
export const EVIDENCE_REQUIRED_FROM_LEVEL = 3;
