import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OrganizationProfile } from '@ipgn/contracts';
import { RequirePermission, SignedIn } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller()
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post('organizations')
  @SignedIn()
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateOrganizationDto): Promise<OrganizationProfile> {
    return this.organizations.create(user, dto);
  }

  @Get('orgs/:orgId')
  @RequirePermission('organization:read')
  get(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrganizationProfile> {
    return this.organizations.get(org.organizationId, user.id);
  }

  @Patch('orgs/:orgId')
  @RequirePermission('organization:update')
  update(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationProfile> {
    return this.organizations.update(org.organizationId, user.id, dto);
  }
}
