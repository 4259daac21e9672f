import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkRequestValidation, checkReview, type ReviewErrorCode, type AssessmentDetail } from '@ipgn/assessment';
import type { ValidationView } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { toValidationView, validationOfRound } from './assessment-validation';
import { AssessmentsService } from './assessments.service';
import type { ReviewAnswerDto } from './dto/review.dto';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';

/** How a refused decision is answered: the round's state is a conflict, self-review a forbidden act. */
function reviewError(code: ReviewErrorCode, field?: string): ApiException {
  switch (code) {
    case 'round-not-in-review':
      return new ApiException(409, 'ASSESSMENT_NOT_IN_REVIEW');
    case 'not-required':
      return new ApiException(409, 'REVIEW_NOT_REQUIRED');
    case 'self-review':
      return new ApiException(403, 'SELF_REVIEW');
    case 'stale-answer':
      return new ApiException(409, 'REVIEW_STALE');
    case 'comment-required':
      return ApiException.badRequest('VALIDATION_FAILED', [
        { field: field ?? 'comment', code: 'reviewCommentRequired' },
      ]);
    default:
      return ApiException.badRequest('VALIDATION_FAILED', [{ field: field ?? 'decision', code: 'unknown' }]);
  }
}

/**
 * The validation step: a round's managers send it for validation; a reviewer (assessment:validate, never the person
 * who gave the answer) accepts or returns each high claim with a comment. The rules are the domain library's
 * (libs/assessment/src/validation); this service loads, locks, writes and audits.
 */
@Injectable()
export class AssessmentValidationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly assessments: AssessmentsService,
  ) {}

  /** draft → in_review: answers freeze except the ones a reviewer returns; only accepted claims count from now on. */
  async request(org: OrganizationContext, actorUserId: string, id: string): Promise<AssessmentDetail> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const round = await this.assessments.loadRound(organizationId, id, {}, manager, true);
      const check = checkRequestValidation(round.assessment.status);
      if (!check.ok)
        throw new ApiException(409, check.code === 'round-locked' ? 'ASSESSMENT_LOCKED' : 'ASSESSMENT_NOT_DRAFT');
      await manager
        .getRepository(AssessmentEntity)
        .update({ organizationId, id }, { status: 'in_review', validationRequestedAt: new Date() });
      const validation = validationOfRound(round);
      await this.audit.record(
        {
          organizationId,
          actorUserId,
          action: 'assessment.validation-requested',
          target: id,
          data: { answersToValidate: validation.items.length },
        },
        manager,
      );
    });
    return this.assessments.detail(organizationId, id);
  }

  /** Accepts or returns one answer; the decision (with its comment) goes to the audit trail. */
  async review(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    questionId: string,
    dto: ReviewAnswerDto,
  ): Promise<ValidationView> {
    const organizationId = org.organizationId;
    return this.db.transaction(async (manager) => {
      const round = await this.assessments.loadRound(organizationId, id, {}, manager, true);
      const answer = round.answers.find((a) => a.questionId === questionId);
      if (!answer || answer.value === null) throw ApiException.notFound();
      const checked = checkReview({
        roundStatus: round.assessment.status,
        validation: validationOfRound(round),
        questionId,
        answer: { version: answer.version, answeredBy: answer.answeredBy },
        reviewerId: user.id,
        decision: dto.decision,
        comment: dto.comment,
        answerVersion: dto.answerVersion,
      });
      if (!checked.ok) throw reviewError(checked.code, checked.field);
      const { review } = checked;
      const repo = manager.getRepository(AssessmentReviewEntity);
      await repo.upsert(
        {
          organizationId,
          assessmentId: id,
          questionId,
          decision: review.decision,
          comment: review.comment,
          answerVersion: review.answerVersion,
          reviewedBy: user.id,
          reviewedAt: new Date(),
          // Decided in this round now: a decision carried from an earlier round is replaced, origin and all.
          decidedInRound: null,
          decidedInFiscalYear: null,
        },
        ['organizationId', 'assessmentId', 'questionId'],
      );
      await this.audit.record(
        {
          organizationId,
          actorUserId: user.id,
          action: review.decision === 'accepted' ? 'assessment.answer-accepted' : 'assessment.answer-returned',
          target: id,
          data: {
            questionId,
            answerVersion: review.answerVersion,
            comment: review.comment,
            answeredBy: answer.answeredBy,
          },
        },
        manager,
      );
      const fresh = await this.assessments.loadRound(organizationId, id, {}, manager);
      return toValidationView(fresh, validationOfRound(fresh));
    });
  }
}
