import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { scoreAssessment, type Answers, type AssessmentProfile, type AssessmentResult } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { answersOf, scoreRound } from './assessment-round';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentEntity } from './entities/assessment.entity';

/** A round with its answers and score, for modules that build on an assessment (drafts). */
export interface ScoredRound {
  assessment: AssessmentEntity;
  answers: Answers;
  result: AssessmentResult;
}

/** Read access to the assessments module's rounds for other modules (exported by AssessmentsModule). */
@Injectable()
export class AssessmentRoundsService {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly rounds: Repository<AssessmentEntity>,
    @InjectRepository(AssessmentAnswerEntity) private readonly answers: Repository<AssessmentAnswerEntity>,
    @InjectRepository(AssessmentReviewEntity) private readonly reviews: Repository<AssessmentReviewEntity>,
  ) {}

  /**
   * The organization's latest round (null when none) with its overall score — only for a submitted round: a draft's
   * or a round in validation's score would be a partial number that reads as final.
   */
  async latestWithScore(
    organization: OrganizationEntity,
  ): Promise<{ round: AssessmentEntity; overallScore: number | null } | null> {
    const organizationId = organization.id;
    const round = await this.rounds.findOne({ where: { organizationId }, order: { createdAt: 'DESC' } });
    if (!round) return null;
    if (round.status !== 'submitted') return { round, overallScore: null };
    const where = { organizationId, assessmentId: round.id };
    const answers = await this.answers.find({ where });
    const reviews = await this.reviews.find({ where });
    const profile = { listingStatus: organization.listingStatus, companySize: organization.companySize };
    return {
      round,
      overallScore: scoreRound({ assessment: round, organization, answers, profile, reviews }).overall.score,
    };
  }

  /**
   * The given round (400 `assessmentId` unknown when not the organization's), else the latest submitted one, else
   * the latest; null when the organization has none. Scored with `profile`.
   */
  async pickScored(
    organizationId: string,
    assessmentId: string | undefined,
    profile: AssessmentProfile,
  ): Promise<ScoredRound | null> {
    const round = await this.pick(organizationId, assessmentId);
    if (!round) return null;
    const answers = answersOf(await this.answers.find({ where: { organizationId, assessmentId: round.id } }));
    const result = scoreAssessment({ track: round.track, answers, profile, bankVersion: round.bankVersion });
    return { assessment: round, answers, result };
  }

  private async pick(organizationId: string, assessmentId: string | undefined): Promise<AssessmentEntity | null> {
    if (assessmentId !== undefined) {
      const round = await this.rounds.findOne({ where: { organizationId, id: assessmentId } });
      if (!round) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'assessmentId', code: 'unknown' }]);
      return round;
    }
    const submitted = await this.rounds.findOne({
      where: { organizationId, status: 'submitted' },
      order: { submittedAt: 'DESC', createdAt: 'DESC' },
    });
    return submitted ?? (await this.rounds.findOne({ where: { organizationId }, order: { createdAt: 'DESC' } }));
  }
}
