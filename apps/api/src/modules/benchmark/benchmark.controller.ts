import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BenchmarkParticipationView, BenchmarkStandingView } from '@ipgn/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { ParseId } from '../../common/http/parse-id.pipe';
import { UpdateBenchmarkParticipationDto } from './dto/benchmark-participation.dto';
import { BenchmarkService } from './benchmark.service';

@ApiTags('benchmark')
@Controller('orgs/:orgId')
export class BenchmarkController {
  constructor(private readonly benchmark: BenchmarkService) {}

  @Get('benchmark-participation')
  @RequirePermission('organization:read')
  participation(@CurrentOrganization() org: OrganizationContext): Promise<BenchmarkParticipationView> {
    return this.benchmark.participation(org.organizationId);
  }

  @Put('benchmark-participation')
  @RequirePermission('organization:update')
  update(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateBenchmarkParticipationDto,
  ): Promise<BenchmarkParticipationView> {
    return this.benchmark.update(org, user, dto.optedIn);
  }

  @Get('assessments/:id/benchmark')
  @RequirePermission('assessment:read')
  standing(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id', ParseId) id: string,
  ): Promise<BenchmarkStandingView> {
    return this.benchmark.standing(org.organizationId, id);
  }
}
