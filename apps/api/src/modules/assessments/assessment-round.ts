import {
  countedAnswers,
  progress,
  scoreAssessment,
  type AnswerValue,
  type Answers,
  type AssessmentProfile,
  type AssessmentResult,
  type AssessmentScope,
  type AssessmentTargets,
  type AnswerView,
  type AssessmentSummary,
} from '@ipgn/assessment';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { validationOfRound } from './assessment-validation';
import type { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import type { AssessmentEntity } from './entities/assessment.entity';
import type { AssessmentReviewEntity } from './entities/assessment-review.entity';
import type { PersonRef } from '@ipgn/contracts';

/** Everything needed to score or export one round. */
export interface LoadedRound {
  assessment: AssessmentEntity;
  organization: OrganizationEntity;
  answers: AssessmentAnswerEntity[];
  profile: AssessmentProfile;
  /** Targets and scope of the round (empty when none were saved). */
  planning?: { targets: AssessmentTargets; scope: AssessmentScope };
  /** The latest accept/return decision per answer (validation step). */
  reviews: AssessmentReviewEntity[];
}

export function answersOf(rows: readonly AssessmentAnswerEntity[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const row of rows) if (row.value !== null) answers[row.questionId] = row.value;
  return answers;
}

export function scoreRound(round: LoadedRound): AssessmentResult {
  const answers = answersOf(round.answers);
  return scoreAssessment({
    track: round.assessment.track,
    // Once validation is on, a claim still pending or returned counts as unanswered.
    answers: round.assessment.validationRequestedAt ? countedAnswers(answers, validationOfRound(round)) : answers,
    profile: round.profile,
    bankVersion: round.assessment.bankVersion,
    ...(round.planning && { targets: round.planning.targets, scope: round.planning.scope }),
  });
}

export function personOf(userId: string | null, user: { displayName: string } | null | undefined): PersonRef | null {
  return userId ? { userId, displayName: user?.displayName ?? '' } : null;
}

export function toAnswerView(a: AssessmentAnswerEntity): AnswerView {
  return {
    questionId: a.questionId,
    value: a.value,
    version: a.version,
    answeredBy: personOf(a.answeredBy, a.answerer),
    answeredAt: a.answeredAt.toISOString(),
    source: a.source,
  };
}

export function toSummary(a: AssessmentEntity, answers: Answers, profile: AssessmentProfile): AssessmentSummary {
  const p = progress(a.track, answers, profile, a.bankVersion).overall;
  return {
    id: a.id,
    track: a.track,
    bankVersion: a.bankVersion,
    round: a.round,
    status: a.status,
    copiedFrom: a.copiedFrom,
    createdBy: personOf(a.createdBy, a.creator),
    createdAt: a.createdAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submittedBy: personOf(a.submittedBy, a.submitter),
    progress: { answered: p.answered, visible: p.visible, ratio: p.ratio },
  };
}
