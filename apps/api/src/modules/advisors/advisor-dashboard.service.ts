import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdvisorClientView } from '@ipgn/contracts';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { scoreRound } from '../assessments/assessments.service';
import { AssessmentReviewEntity } from '../assessments/entities/assessment-review.entity';
import { AssessmentAnswerEntity } from '../assessments/entities/assessment-answer.entity';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';

/**
 * The advisor's home: the organizations that invited this user as an advisor, each with its latest round. An
 * overall score is shown only for a submitted round; a draft's score would be a partial number that reads as final.
 */
@Injectable()
export class AdvisorDashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async clients(user: AuthenticatedUser): Promise<AdvisorClientView[]> {
    const memberships = await this.db.getRepository(MembershipEntity).find({ where: { userId: user.id, role: 'advisor' }, relations: { organization: true } });
    const views: AdvisorClientView[] = [];
    for (const m of memberships) {
      const organization = m.organization;
      if (!organization) continue;
      const latest = await this.db.getRepository(AssessmentEntity).findOne({ where: { organizationId: m.organizationId }, order: { createdAt: 'DESC' } });
      let latestAssessment: AdvisorClientView['latestAssessment'] = null;
      if (latest) {
        let overallScore: number | null = null;
        // Only a submitted round has a final score (a round in validation still waits for its reviewer).
        if (latest.status === 'submitted') {
          const where = { organizationId: m.organizationId, assessmentId: latest.id };
          const answers = await this.db.getRepository(AssessmentAnswerEntity).find({ where });
          const reviews = await this.db.getRepository(AssessmentReviewEntity).find({ where });
          const profile = { listingStatus: organization.listingStatus, companySize: organization.companySize };
          overallScore = scoreRound({ assessment: latest, organization, answers, profile, reviews }).overall.score;
        }
        latestAssessment = {
          id: latest.id,
          track: latest.track,
          round: latest.round,
          status: latest.status,
          createdAt: latest.createdAt.toISOString(),
          submittedAt: latest.submittedAt?.toISOString() ?? null,
          overallScore,
        };
      }
      views.push({ organizationId: organization.id, legalNameJa: organization.legalNameJa, legalNameEn: organization.legalNameEn, latestAssessment });
    }
    return views.sort((a, b) => a.legalNameJa.localeCompare(b.legalNameJa, 'ja'));
  }
}
