import { Module } from '@nestjs/common';
import { AdvisorDashboardService } from './advisor-dashboard.service';
import { AdvisorsController } from './advisors.controller';

/** Where advisors live: the dashboard of the organizations they advise. */
@Module({
  providers: [AdvisorDashboardService],
  controllers: [AdvisorsController],
})
export class AdvisorsModule {}
