import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import {
  roleHasPermission,
  type NotificationKind,
  type NotificationList,
  type NotificationView,
  type Permission,
} from '@ipgn/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';
import { publicUrl } from '../../common/http/public-url';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { UsersService } from '../auth/users/users.service';
import { Mailer } from '../mail/mailer';
import { translateMail } from '../mail/mail-texts';
import { OrganizationsService } from '../organizations/organizations.service';
import { NotificationEntity } from './entities/notification.entity';

/** What a feature hands over: who is told what. Recipients are user ids of the organization's members. */
export interface NewNotification {
  organizationId: string;
  kind: NotificationKind;
  recipients: readonly string[];
  draftId: string | null;
  title: string;
  actorName: string | null;
}

const LIST_LIMIT = 50;

/**
 * In-app notifications (per member and organization, read or unread) and the e-mail sent with each. Called after
 * the feature's transaction commits: a notification never announces something that was rolled back, and a
 * failing mail server never undoes a review step (it is logged).
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The members whose role grants `permission`, except `exceptUserId` (the one who acted). */
  async membersWith(organizationId: string, permission: Permission, exceptUserId?: string): Promise<string[]> {
    const rows = await this.organizations.members(organizationId);
    return rows.filter((m) => roleHasPermission(m.role, permission) && m.userId !== exceptUserId).map((m) => m.userId);
  }

  /** Is `userId` a member of the organization whose role grants `permission`? */
  async isMemberWith(organizationId: string, userId: string, permission: Permission): Promise<boolean> {
    const row = await this.organizations.membership(organizationId, userId);
    return row !== null && roleHasPermission(row.role, permission);
  }

  async notify(n: NewNotification): Promise<void> {
    // Only current members: someone who left the organization since is not told (nor mailed).
    const members = new Set((await this.organizations.members(n.organizationId)).map((m) => m.userId));
    const recipients = [...new Set(n.recipients)].filter((u) => members.has(u));
    if (recipients.length === 0) return;
    await this.notifications.insert(
      recipients.map((userId) => ({
        organizationId: n.organizationId,
        userId,
        kind: n.kind,
        draftId: n.draftId,
        title: n.title.slice(0, 300),
        actorName: n.actorName?.slice(0, 100) ?? null,
      })),
    );
    try {
      await this.mail(n, recipients);
    } catch (e) {
      this.logger.error(`mail for ${n.kind} not sent: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async list(org: OrganizationContext, user: AuthenticatedUser): Promise<NotificationList> {
    const where = { organizationId: org.organizationId, userId: user.id };
    const [rows, unread] = await Promise.all([
      this.notifications.find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: LIST_LIMIT }),
      this.notifications.count({ where: { ...where, readAt: IsNull() } }),
    ]);
    return { items: rows.map(toView), unread };
  }

  /** Marks one of the member's own notifications read (404 for anyone else's); reading twice changes nothing. */
  async markRead(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<NotificationView> {
    const where = { organizationId: org.organizationId, userId: user.id, id };
    const row = await this.notifications.findOne({ where });
    if (!row) throw ApiException.notFound();
    if (!row.readAt) {
      row.readAt = new Date();
      await this.notifications.update(where, { readAt: row.readAt });
    }
    return toView(row);
  }

  async markAllRead(org: OrganizationContext, user: AuthenticatedUser): Promise<NotificationList> {
    await this.notifications.update(
      { organizationId: org.organizationId, userId: user.id, readAt: IsNull() },
      { readAt: new Date() },
    );
    return this.list(org, user);
  }

  private async mail(n: NewNotification, recipients: string[]): Promise<void> {
    const users = await this.users.contacts(recipients);
    const organization = await this.organizations.find(n.organizationId);
    const base = `${publicUrl(this.config)}/o/${n.organizationId}`;
    const link = n.draftId ? `${base}/drafts/${n.draftId}` : `${base}/questions`;
    for (const u of users) {
      const text = translateMail(u.locale, n.kind, {
        title: n.title,
        actor: n.actorName ?? '',
        organization: organization?.legalNameJa ?? '',
        link,
      });
      await this.mailer.send({ kind: n.kind, to: u.email, ...text });
    }
  }
}

function toView(n: NotificationEntity): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    draftId: n.draftId,
    title: n.title,
    actorName: n.actorName,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
