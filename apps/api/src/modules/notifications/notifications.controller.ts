import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NotificationList, NotificationView } from '@ipgn/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import { ParseId } from '../../common/http/parse-id.pipe';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { NotificationsService } from './notifications.service';

/** The signed-in member's own notifications in one organization (every role may read its own). */
@ApiTags('notifications')
@Controller('orgs/:orgId/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission('organization:read')
  list(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationList> {
    return this.notifications.list(org, user);
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermission('organization:read')
  markAllRead(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationList> {
    return this.notifications.markAllRead(org, user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission('organization:read')
  markRead(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseId) id: string,
  ): Promise<NotificationView> {
    return this.notifications.markRead(org, user, id);
  }
}
