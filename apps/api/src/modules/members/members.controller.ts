import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  CreatedInvitation,
  CurrentUser as CurrentUserDto,
  Invitation,
  InvitationPreview,
  Member,
  Page,
  PageRequest,
} from '@ipgn/contracts';
import { Public, RequirePermission, SignedIn } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import { PageQuery } from '../../common/http/page-request.decorator';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { ParseId } from '../../common/http/parse-id.pipe';
import { CreateInvitationDto, UpdateMemberDto } from './dto/members.dto';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('orgs/:orgId/members')
  @RequirePermission('members:read')
  list(@CurrentOrganization() org: OrganizationContext, @PageQuery() page: PageRequest): Promise<Page<Member>> {
    return this.members.list(org.organizationId, page);
  }

  @Patch('orgs/:orgId/members/:userId')
  @RequirePermission('members:manage')
  updateRole(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('userId', ParseId) userId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<Member> {
    return this.members.updateRole(org, user.id, userId, dto.role);
  }

  @Delete('orgs/:orgId/members/:userId')
  @HttpCode(204)
  @RequirePermission('members:manage')
  remove(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('userId', ParseId) userId: string,
  ): Promise<void> {
    return this.members.remove(org, user.id, userId);
  }

  @Get('orgs/:orgId/invitations')
  @RequirePermission('members:read')
  listInvitations(
    @CurrentOrganization() org: OrganizationContext,
    @PageQuery() page: PageRequest,
  ): Promise<Page<Invitation>> {
    return this.invitations.list(org.organizationId, page);
  }

  @Post('orgs/:orgId/invitations')
  @RequirePermission('members:invite')
  invite(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.invitations.create(org, user, dto);
  }

  @Delete('orgs/:orgId/invitations/:invitationId')
  @HttpCode(204)
  @RequirePermission('members:invite')
  revoke(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('invitationId', ParseId) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(org, user.id, invitationId);
  }

  @Get('invitations/:token')
  @Public()
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  @SignedIn()
  accept(@Param('token') token: string, @CurrentUser() user: AuthenticatedUser): Promise<CurrentUserDto> {
    return this.invitations.accept(token, user);
  }
}
