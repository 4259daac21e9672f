import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { CompanyFactsService } from './company-facts.service';
import { PutCompanyFactsDto } from './dto/drafts.dto';
import type { CompanyFactsView } from '@ipgn/drafting';

@ApiTags('drafts')
@Controller('orgs/:orgId/company-facts')
export class CompanyFactsController {
  constructor(private readonly facts: CompanyFactsService) {}

  @Get()
  @RequirePermission('draft:read')
  get(@CurrentOrganization() org: OrganizationContext): Promise<CompanyFactsView> {
    return this.facts.get(org);
  }

  @Put()
  @RequirePermission('draft:edit')
  put(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: PutCompanyFactsDto,
  ): Promise<CompanyFactsView> {
    return this.facts.put(org, user, dto);
  }
}
