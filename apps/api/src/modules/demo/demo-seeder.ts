import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import type { AccountType, OrganizationRole } from '@ipgn/contracts';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../auth/entities/user.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';

export interface DemoCredential {
  email: string;
  password: string;
  role: OrganizationRole | 'investor';
}

const DEMO_USERS: { email: string; displayName: string; role: OrganizationRole | 'investor' }[] = [
  { email: 'owner@demo.ipgn.example', displayName: 'デモ 知財部長', role: 'owner' },
  { email: 'ip@demo.ipgn.example', displayName: 'デモ 知財部員', role: 'contributor' },
  { email: 'board@demo.ipgn.example', displayName: 'デモ 取締役', role: 'reviewer' },
  { email: 'investor@demo.ipgn.example', displayName: 'Demo Investor', role: 'investor' },
];

/**
 * Creates the demo organization and its users on an empty database, with fresh random passwords that are
 * returned (to be printed once) and never stored anywhere in clear.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async seedIfEmpty(): Promise<DemoCredential[] | null> {
    const organizations = await this.db.getRepository(OrganizationEntity).count();
    const users = await this.db.getRepository(UserEntity).count();
    if (organizations > 0 || users > 0) return null;

    const credentials: DemoCredential[] = [];
    await this.db.transaction(async (manager) => {
      const org = await manager.getRepository(OrganizationEntity).save(
        manager.getRepository(OrganizationEntity).create({
          slug: 'demo-corporation',
          legalNameJa: 'デモ電機株式会社',
          legalNameEn: 'Demo Electric Corporation',
          listingStatus: 'prime',
          companySize: 'large',
          industry: '3650',
          fiscalYearEndMonth: 3,
        }),
      );
      for (const demo of DEMO_USERS) {
        const password = randomBytes(9).toString('base64url');
        const accountType: AccountType = demo.role === 'investor' ? 'investor' : 'company';
        const user = await manager.getRepository(UserEntity).save(
          manager.getRepository(UserEntity).create({
            email: demo.email,
            passwordHash: await this.hasher.hash(password),
            displayName: demo.displayName,
            locale: 'ja',
            accountType,
            lastOrganizationId: accountType === 'company' ? org.id : null,
          }),
        );
        if (demo.role !== 'investor') {
          await manager
            .getRepository(MembershipEntity)
            .insert({ organizationId: org.id, userId: user.id, role: demo.role });
        }
        credentials.push({ email: demo.email, password, role: demo.role });
      }
      await this.audit.record(
        { organizationId: org.id, actorUserId: null, action: 'organization.created', target: 'demo seed' },
        manager,
      );
    });
    return credentials;
  }
}
