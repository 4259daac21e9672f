import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, Repository } from 'typeorm';
import type { CurrentUser } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import { OrganizationsService } from '../organizations/organizations.service';
import { UserEntity } from './entities/user.entity';

/** Reads a user's own account as the web app sees it: profile plus the organizations they belong to. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Where and in which language to write to these users (for e-mails other modules send). */
  async contacts(userIds: readonly string[]): Promise<Pick<UserEntity, 'id' | 'email' | 'locale'>[]> {
    return this.users.find({ where: { id: In([...userIds]) }, select: { id: true, email: true, locale: true } });
  }

  /** The organization the web app opens after the user's next sign-in; pass `manager` inside a transaction. */
  async rememberOrganization(userId: string, organizationId: string, manager?: EntityManager): Promise<void> {
    await (manager?.getRepository(UserEntity) ?? this.users).update(
      { id: userId },
      { lastOrganizationId: organizationId },
    );
  }

  async currentUser(userId: string): Promise<CurrentUser> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user) throw new ApiException(401, 'UNAUTHENTICATED');
    const memberships = await this.organizations.membershipsOf(userId);
    const summaries = memberships
      .filter((m) => m.organization)
      .map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.organization!.legalNameJa,
        slug: m.organization!.slug,
        role: m.role,
      }));
    const last = summaries.some((m) => m.organizationId === user.lastOrganizationId)
      ? user.lastOrganizationId
      : (summaries[0]?.organizationId ?? null);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      accountType: user.accountType,
      memberships: summaries,
      lastOrganizationId: last,
    };
  }
}
