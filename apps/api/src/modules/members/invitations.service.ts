import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import {
  assignableRoles,
  type CreatedInvitation,
  type CurrentUser,
  type Invitation,
  type InvitationPreview,
} from '@ipgn/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';
import { formatJapanDateTime, pageOf, type Page, type PageRequest } from '@ipgn/contracts';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { publicUrl } from '../../common/http/public-url';
import { AuditService } from '../audit/audit.service';
import { AccountService } from '../auth/account.service';
import { UsersService } from '../auth/users/users.service';
import type { UserEntity } from '../auth/entities/user.entity';
import { SessionInvalidator } from '../auth/session-cache/session-invalidator.service';
import { hashToken, newToken } from '../auth/token';
import { translateMail } from '../mail/mail-texts';
import { Mailer } from '../mail/mailer';
import { OrganizationsService } from '../organizations/organizations.service';
import type { CreateInvitationDto } from './dto/members.dto';
import { InvitationEntity } from './entities/invitation.entity';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;
const ROLE_LABELS = {
  ja: {
    owner: 'オーナー',
    admin: '管理者',
    contributor: '編集者',
    reviewer: 'レビュアー',
    advisor: 'アドバイザー',
    viewer: '閲覧者',
  },
  en: {
    owner: 'Owner',
    admin: 'Admin',
    contributor: 'Contributor',
    reviewer: 'Reviewer',
    advisor: 'Advisor',
    viewer: 'Viewer',
  },
} as const;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly audit: AuditService,
    private readonly accounts: AccountService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly mailer: Mailer,
    private readonly sessionInvalidator: SessionInvalidator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One page of the organization's invitations, newest first. */
  async list(organizationId: string, page: PageRequest): Promise<Page<Invitation>> {
    const [rows, total] = await this.invitations.findAndCount({
      where: { organizationId },
      relations: { inviter: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return pageOf(rows.map(toInvitation), total, page);
  }

  async create(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    if (!assignableRoles(org.role).includes(dto.role)) throw new ApiException(403, 'ROLE_NOT_ASSIGNABLE');
    const token = newToken();
    const { invitation, organization } = await this.db.transaction(async (manager) => {
      if (await this.organizations.hasMemberWithEmail(org.organizationId, dto.email, manager))
        throw ApiException.badRequest('ALREADY_MEMBER', [{ field: 'email', code: 'alreadyMember' }]);
      const repo = manager.getRepository(InvitationEntity);
      const saved = await repo.save(
        repo.create({
          organizationId: org.organizationId,
          email: dto.email,
          role: dto.role,
          tokenHash: hashToken(token),
          invitedBy: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: actor.id,
          action: 'invitation.created',
          target: dto.email,
          data: { role: dto.role },
        },
        manager,
      );
      const organization = await this.organizations.findById(org.organizationId, manager);
      return { invitation: saved, organization };
    });
    const acceptUrl = `${publicUrl(this.config)}/invitations/${token}`;
    const locale = actor.locale;
    await this.mailer.send({
      kind: 'invitation',
      to: dto.email,
      ...translateMail(locale, 'invitation', {
        inviter: actor.displayName,
        organization: organization.legalNameJa,
        role: ROLE_LABELS[locale][dto.role],
        // The instant, in Japan's time and labelled, as the invitation list on screen shows it.
        expires: formatJapanDateTime(invitation.expiresAt),
        link: acceptUrl,
      }),
    });
    return {
      ...toInvitation({ ...invitation, inviter: { id: actor.id, displayName: actor.displayName } as UserEntity }),
      acceptUrl,
    };
  }

  async revoke(org: OrganizationContext, actorUserId: string, invitationId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(InvitationEntity);
      const inv = await repo.findOne({ where: { id: invitationId, organizationId: org.organizationId } });
      if (!inv) throw ApiException.notFound();
      if (inv.acceptedAt || inv.revokedAt) return;
      await repo.update({ id: inv.id, organizationId: org.organizationId }, { revokedAt: new Date() });
      await this.audit.record(
        { organizationId: org.organizationId, actorUserId, action: 'invitation.revoked', target: inv.email },
        manager,
      );
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const inv = await this.findUsable(token);
    return {
      organizationName: inv.organization!.legalNameJa,
      email: inv.email,
      role: inv.role,
      expiresAt: inv.expiresAt.toISOString(),
    };
  }

  async accept(token: string, user: AuthenticatedUser): Promise<CurrentUser> {
    if (user.accountType !== 'company') throw new ApiException(403, 'INVESTOR_CANNOT_JOIN');
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(InvitationEntity);
      const inv = await repo.findOne({
        where: { tokenHash: hashToken(token), acceptedAt: IsNull(), revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!inv || inv.expiresAt.getTime() <= Date.now())
        throw ApiException.badRequest('INVALID_TOKEN', [{ field: 'token', code: 'invalidToken' }]);
      // The link is for one address: a forwarded link cannot make someone else a member.
      if (inv.email !== user.email) throw new ApiException(403, 'INVITATION_EMAIL_MISMATCH', { email: inv.email });
      await this.organizations.addMember(manager, inv.organizationId, user.id, inv.role);
      await repo.update({ id: inv.id }, { acceptedAt: new Date() });
      await this.users.rememberOrganization(user.id, inv.organizationId, manager);
      await this.audit.record(
        {
          organizationId: inv.organizationId,
          actorUserId: user.id,
          action: 'invitation.accepted',
          target: user.email,
          data: { role: inv.role },
        },
        manager,
      );
    });
    // The new membership must count on the very next request, on whichever instance serves it.
    await this.sessionInvalidator.forgetUser(user.id);
    return this.accounts.currentUser(user.id);
  }

  private async findUsable(token: string): Promise<InvitationEntity> {
    const inv = await this.invitations.findOne({
      where: { tokenHash: hashToken(token), acceptedAt: IsNull(), revokedAt: IsNull() },
      relations: { organization: true },
    });
    if (!inv || inv.expiresAt.getTime() <= Date.now() || !inv.organization) throw ApiException.notFound();
    return inv;
  }
}

function toInvitation(inv: InvitationEntity): Invitation {
  const status = inv.acceptedAt
    ? 'accepted'
    : inv.revokedAt
      ? 'revoked'
      : inv.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : 'pending';
  return {
    id: inv.id,
    email: inv.email,
    role: inv.role,
    invitedBy: inv.inviter ? { userId: inv.inviter.id, displayName: inv.inviter.displayName } : null,
    createdAt: inv.createdAt.toISOString(),
    expiresAt: inv.expiresAt.toISOString(),
    status,
  };
}
