import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AdvisorDashboardService } from './advisor-dashboard.service';
import { AdvisorsController } from './advisors.controller';

/** Where advisors live: the dashboard of the organizations they advise. */
@Module({
  imports: [OrganizationsModule, AssessmentsModule],
  providers: [AdvisorDashboardService],
  controllers: [AdvisorsController],
})
export class AdvisorsModule {}
