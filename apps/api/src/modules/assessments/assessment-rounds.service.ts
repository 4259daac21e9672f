import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { scoreAssessment, type Answers, type AssessmentProfile, type AssessmentResult } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import { answersOf } from './assessments.service';
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
  ) {}

  /**
   * The given round (400 `assessmentId` unknown when not the organization's), else the latest submitted one, else
   * the latest; null when the organization has none. Scored with `profile`.
   */
  async pickScored(organizationId: string, assessmentId: string | undefined, profile: AssessmentProfile): Promise<ScoredRound | null> {
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
    const submitted = await this.rounds.findOne({ where: { organizationId, status: 'submitted' }, order: { submittedAt: 'DESC', createdAt: 'DESC' } });
    return submitted ?? (await this.rounds.findOne({ where: { organizationId }, order: { createdAt: 'DESC' } }));
  }
}
