import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
