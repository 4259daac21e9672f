import type { EntityManager } from 'typeorm';
import { carryDecisions, COPIED_ANSWER_VERSION, questionsForTrack, type Track } from '@ipgn/assessment';
import { decidedInOf, versionedAnswers } from './assessment-validation';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';
import type { AssessmentEntity } from './entities/assessment.entity';

/**
 * A new round starts from the latest submitted round of its track: its answers to questions the current bank still
 * asks in the track are copied (version COPIED_ANSWER_VERSION, source 'copied'), and the validation decisions on
 * them come along by the domain's rule (carryDecisions): a decision on the very answer copied still counts, one that
 * had lapsed marks the answer as needing re-validation. Each carried decision keeps where it was made (round and
 * fiscal year, from the organization's year end). Returns how many answers and decisions were carried.
 */
export async function copyPreviousRound(
  manager: EntityManager,
  previous: Pick<AssessmentEntity, 'organizationId' | 'id' | 'bankVersion' | 'round'>,
  next: { id: string; track: Track; bankVersion: string },
  fiscalYearEndMonth: number,
): Promise<{ answers: number; decisions: number }> {
  const { organizationId } = previous;
  const rows: { question_id: string }[] = await manager.query(
    `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
     SELECT organization_id, $2, question_id, value, $5, answered_by, answered_at, 'copied'
       FROM assessment_answers
      WHERE organization_id = $1 AND assessment_id = $3 AND value IS NOT NULL AND question_id = ANY($4::text[])
     RETURNING question_id`,
    [
      organizationId,
      next.id,
      previous.id,
      questionsForTrack(next.track, next.bankVersion).map((q) => q.id),
      COPIED_ANSWER_VERSION,
    ],
  );
  const copied = new Set(rows.map((r) => r.question_id));
  if (copied.size === 0) return { answers: 0, decisions: 0 };
  const [answers, reviews] = await Promise.all([
    manager.getRepository(AssessmentAnswerEntity).find({ where: { organizationId, assessmentId: previous.id } }),
    manager.getRepository(AssessmentReviewEntity).find({ where: { organizationId, assessmentId: previous.id } }),
  ]);
  const at = new Map(reviews.map((r) => [r.questionId, r.reviewedAt]));
  const carried = carryDecisions({
    fromRound: previous.round,
    fiscalYearEndMonth,
    fromBankVersion: previous.bankVersion,
    toBankVersion: next.bankVersion,
    previousAnswers: versionedAnswers(answers),
    previousReviews: reviews.map((r) => ({
      questionId: r.questionId,
      decision: r.decision,
      comment: r.comment,
      answerVersion: r.answerVersion,
      reviewedBy: r.reviewedBy,
      reviewedAt: r.reviewedAt.toISOString(),
      origin: decidedInOf(r),
    })),
    copied,
  });
  if (carried.length > 0)
    await manager.getRepository(AssessmentReviewEntity).insert(
      carried.map((r) => ({
        organizationId,
        assessmentId: next.id,
        questionId: r.questionId,
        decision: r.decision,
        comment: r.comment,
        answerVersion: r.answerVersion,
        reviewedBy: r.reviewedBy,
        // When and where the decision was made: the reviewer sees it comes from an earlier round.
        reviewedAt: at.get(r.questionId) ?? new Date(),
        decidedInRound: r.origin.round,
        decidedInFiscalYear: r.origin.fiscalYear,
      })),
    );
  return { answers: copied.size, decisions: carried.length };
}
