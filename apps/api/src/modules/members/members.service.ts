import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  assignableRoles,
  pageOf,
  type Member,
  type OrganizationRole,
  type Page,
  type PageRequest,
} from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { SessionInvalidator } from '../auth/session-cache/session-invalidator.service';
import type { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { WorkshopParticipantsService } from '../workshops/workshop-participants.service';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly workshopParticipants: WorkshopParticipantsService,
    private readonly sessionInvalidator: SessionInvalidator,
  ) {}

  /** One page of the organization's members, longest-standing first. */
  async list(organizationId: string, page: PageRequest): Promise<Page<Member>> {
    const [rows, total] = await this.organizations.membersPage(organizationId, page);
    return pageOf(rows.map(toMember), total, page);
  }

  async updateRole(
    org: OrganizationContext,
    actorUserId: string,
    userId: string,
    role: OrganizationRole,
  ): Promise<Member> {
    const updated = await this.db.transaction(async (manager) => {
      const member = await this.lockMember(manager, org.organizationId, userId);
      const allowed = assignableRoles(org.role);
      // Both the old and the new role must be within what the actor may hand out: an admin cannot demote an owner.
      if (!allowed.includes(member.role) || !allowed.includes(role)) throw new ApiException(403, 'ROLE_NOT_ASSIGNABLE');
      if (member.role === 'owner' && role !== 'owner')
        await this.ensureAnotherOwner(manager, org.organizationId, userId);
      if (member.role !== role) {
        await this.organizations.setRole(manager, org.organizationId, userId, role);
        await this.audit.record(
          {
            organizationId: org.organizationId,
            actorUserId,
            action: 'member.role_changed',
            target: member.user?.email ?? userId,
            data: { from: member.role, to: role },
          },
          manager,
        );
      }
      return toMember({ ...member, role } as MembershipEntity);
    });
    // The new role counts from the member's next request on every instance (sessions carry their roles).
    await this.sessionInvalidator.forgetUser(userId);
    return updated;
  }

  async remove(org: OrganizationContext, actorUserId: string, userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const member = await this.lockMember(manager, org.organizationId, userId);
      if (!assignableRoles(org.role).includes(member.role)) throw new ApiException(403, 'ROLE_NOT_ASSIGNABLE');
      if (member.role === 'owner') await this.ensureAnotherOwner(manager, org.organizationId, userId);
      await this.organizations.removeMember(manager, org.organizationId, userId);
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId,
          action: 'member.removed',
          target: member.user?.email ?? userId,
          data: { role: member.role },
        },
        manager,
      );
    });
    // Access ends at once everywhere: the cached sessions on every instance, participant tokens and open event streams.
    await this.sessionInvalidator.forgetUser(userId);
    await this.workshopParticipants.revokeUser(org.organizationId, userId);
  }

  private async lockMember(manager: EntityManager, organizationId: string, userId: string): Promise<MembershipEntity> {
    const member = await this.organizations.lockMembership(manager, organizationId, userId);
    if (!member) throw ApiException.notFound();
    return member;
  }

  /** An organization always keeps at least one owner. Owner rows are locked so two demotions cannot race. */
  private async ensureAnotherOwner(
    manager: EntityManager,
    organizationId: string,
    exceptUserId: string,
  ): Promise<void> {
    const owners = await this.organizations.lockOwners(manager, organizationId);
    if (!owners.some((o) => o.userId !== exceptUserId)) throw ApiException.badRequest('LAST_OWNER');
  }
}

export function toMember(m: MembershipEntity): Member {
  return {
    userId: m.userId,
    email: m.user?.email ?? '',
    displayName: m.user?.displayName ?? '',
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}
