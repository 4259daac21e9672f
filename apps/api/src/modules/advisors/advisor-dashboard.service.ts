import { Injectable } from '@nestjs/common';
import type { AdvisorClientView } from '@ipgn/contracts';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { AssessmentRoundsService } from '../assessments/assessment-rounds.service';
import { OrganizationsService } from '../organizations/organizations.service';

/**
 * The advisor's home: the organizations that invited this user as an advisor, each with its latest round. An
 * overall score is shown only for a submitted round; a draft's score would be a partial number that reads as final.
 */
@Injectable()
export class AdvisorDashboardService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly rounds: AssessmentRoundsService,
  ) {}

  async clients(user: AuthenticatedUser): Promise<AdvisorClientView[]> {
    const memberships = await this.organizations.membershipsInRole(user.id, 'advisor');
    const views: AdvisorClientView[] = [];
    for (const m of memberships) {
      const organization = m.organization;
      if (!organization) continue;
      const latest = await this.rounds.latestWithScore(organization);
      let latestAssessment: AdvisorClientView['latestAssessment'] = null;
      if (latest) {
        const { round, overallScore } = latest;
        latestAssessment = {
          id: round.id,
          track: round.track,
          round: round.round,
          status: round.status,
          createdAt: round.createdAt.toISOString(),
          submittedAt: round.submittedAt?.toISOString() ?? null,
          overallScore,
        };
      }
      views.push({
        organizationId: organization.id,
        legalNameJa: organization.legalNameJa,
        legalNameEn: organization.legalNameEn,
        latestAssessment,
      });
    }
    return views.sort((a, b) => a.legalNameJa.localeCompare(b.legalNameJa, 'ja'));
  }
}
