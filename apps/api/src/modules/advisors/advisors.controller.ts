import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AdvisorClientView } from '@ipgn/contracts';
import { SignedIn } from '../../common/auth/access.decorators';
import { CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { AdvisorDashboardService } from './advisor-dashboard.service';

@ApiTags('advisors')
@Controller()
export class AdvisorsController {
  constructor(private readonly dashboard: AdvisorDashboardService) {}

  @Get('me/advisor-clients')
  @SignedIn()
  advisorClients(@CurrentUser() user: AuthenticatedUser): Promise<AdvisorClientView[]> {
    return this.dashboard.clients(user);
  }
}
