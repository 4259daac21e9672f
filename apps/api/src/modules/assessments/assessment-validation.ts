import {
  roundValidation,
  type AnswerReview,
  type DecisionOrigin,
  type RoundValidation,
  type VersionedAnswer,
} from '@ipgn/assessment';
import type { ValidationView } from '@ipgn/contracts';
import type { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import type { AssessmentReviewEntity } from './entities/assessment-review.entity';
import type { LoadedRound } from './assessment-round';

/** The domain's view of a stored round: which answers need a decision and where each stands. */
export function validationOfRound(
  round: Pick<LoadedRound, 'assessment' | 'answers' | 'profile' | 'planning' | 'reviews'>,
): RoundValidation {
  return roundValidation({
    track: round.assessment.track,
    bankVersion: round.assessment.bankVersion,
    profile: round.profile,
    answers: versionedAnswers(round.answers),
    reviews: round.reviews.map(toDomainReview),
    ...(round.planning && { scope: round.planning.scope }),
  });
}

export function versionedAnswers(rows: readonly AssessmentAnswerEntity[]): Record<string, VersionedAnswer> {
  return Object.fromEntries(rows.map((a) => [a.questionId, { value: a.value, version: a.version }]));
}

function toDomainReview(r: AssessmentReviewEntity): AnswerReview {
  return {
    questionId: r.questionId,
    decision: r.decision,
    comment: r.comment,
    answerVersion: r.answerVersion,
    reviewedBy: r.reviewedBy,
  };
}

export function toValidationView(
  round: Pick<LoadedRound, 'assessment' | 'answers' | 'reviews'>,
  validation: RoundValidation,
): ValidationView {
  const versions = new Map(round.answers.map((a) => [a.questionId, a.version]));
  const rows = new Map(round.reviews.map((r) => [r.questionId, r]));
  return {
    requested: round.assessment.validationRequestedAt !== null,
    requestedAt: round.assessment.validationRequestedAt?.toISOString() ?? null,
    items: validation.items.map((item) => {
      const row = rows.get(item.questionId);
      return {
        questionId: item.questionId,
        state: item.state,
        answerVersion: versions.get(item.questionId) ?? 0,
        review: row
          ? {
              decision: row.decision,
              comment: row.comment,
              answerVersion: row.answerVersion,
              reviewedBy: row.reviewedBy
                ? { userId: row.reviewedBy, displayName: row.reviewer?.displayName ?? '' }
                : null,
              reviewedAt: row.reviewedAt.toISOString(),
              decidedIn: decidedInOf(row),
            }
          : null,
      };
    }),
    counts: { ...validation.counts },
    complete: validation.complete,
  };
}

/** Where a decision carried in from an earlier round was made; null for one made in this round. */
export function decidedInOf(
  row: Pick<AssessmentReviewEntity, 'decidedInRound' | 'decidedInFiscalYear'>,
): DecisionOrigin | null {
  return row.decidedInRound !== null && row.decidedInFiscalYear !== null
    ? { round: row.decidedInRound, fiscalYear: row.decidedInFiscalYear }
    : null;
}
