import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not, Repository } from 'typeorm';
import { randomBytes } from 'node:crypto';
import type { OrganizationProfile, OrganizationRole, PageRequest } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { SessionInvalidator } from '../auth/session-cache/session-invalidator.service';
import { UsersService } from '../auth/users/users.service';
import type { CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly audit: AuditService,
    private readonly sessionInvalidator: SessionInvalidator,
    private readonly users: UsersService,
  ) {}

  /** The organization's row (for modules that need its names, profile or slug); pass `manager` inside a transaction. */
  async findById(organizationId: string, manager?: EntityManager): Promise<OrganizationEntity> {
    return this.repo(manager).findOneOrFail({ where: { id: organizationId } });
  }

  /** The organization's row, or null when it does not exist. */
  async find(organizationId: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { id: organizationId } });
  }

  /** Every member of the organization with their role. */
  async members(organizationId: string): Promise<Pick<MembershipEntity, 'userId' | 'role'>[]> {
    return this.memberships.find({ where: { organizationId }, select: { userId: true, role: true } });
  }

  /** The organization behind a public page's slug, or null. */
  async findBySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { slug } });
  }

  /** The slug of an organization (its public page address), or undefined when it does not exist. */
  async slugOf(organizationId: string): Promise<string | undefined> {
    return (await this.organizations.findOne({ where: { id: organizationId }, select: { id: true, slug: true } }))
      ?.slug;
  }

  /** One person's membership of an organization, or null. */
  async membership(organizationId: string, userId: string, manager?: EntityManager): Promise<MembershipEntity | null> {
    return (manager?.getRepository(MembershipEntity) ?? this.memberships).findOne({
      where: { organizationId, userId },
    });
  }

  /** Every organization a user belongs to with the role, in one query (what a session carries). */
  async rolesOf(userId: string): Promise<{ organizationId: string; role: OrganizationRole }[]> {
    const rows = await this.memberships.find({ where: { userId }, select: { organizationId: true, role: true } });
    return rows.map((m) => ({ organizationId: m.organizationId, role: m.role }));
  }

  /** Every membership of a user, oldest first, each with its organization. */
  async membershipsOf(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } });
  }

  /** A user's memberships in one role, each with its organization (e.g. the organizations an advisor advises). */
  async membershipsInRole(userId: string, role: OrganizationRole): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { userId, role }, relations: { organization: true } });
  }

  /** How many members other than `userId` hold one of `roles`. */
  async countOtherMembersInRoles(
    organizationId: string,
    userId: string,
    roles: readonly OrganizationRole[],
    manager?: EntityManager,
  ): Promise<number> {
    return (manager?.getRepository(MembershipEntity) ?? this.memberships).count({
      where: { organizationId, userId: Not(userId), role: In([...roles]) },
    });
  }

  /** One page of the organization's members with their user, longest-standing first, and the total. */
  async membersPage(organizationId: string, page: PageRequest): Promise<[MembershipEntity[], number]> {
    return this.memberships.findAndCount({
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC', userId: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  /** Is someone with this e-mail address a member already? */
  async hasMemberWithEmail(organizationId: string, email: string, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(MembershipEntity).exists({ where: { organizationId, user: { email } } });
  }

  /** A membership (with its user) locked for the caller's transaction, or null. */
  async lockMembership(
    manager: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<MembershipEntity | null> {
    return manager.getRepository(MembershipEntity).findOne({
      where: { organizationId, userId },
      lock: { mode: 'pessimistic_write', tables: ['memberships'] },
      relations: { user: true },
    });
  }

  /** The organization's owners, locked for the caller's transaction so two demotions cannot race. */
  async lockOwners(manager: EntityManager, organizationId: string): Promise<MembershipEntity[]> {
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.organization_id = :organizationId AND m.role = :role', { organizationId, role: 'owner' })
      .getMany();
  }

  /** Member writes, inside the caller's transaction (the members module audits them there). */
  async setRole(manager: EntityManager, organizationId: string, userId: string, role: OrganizationRole): Promise<void> {
    await manager.getRepository(MembershipEntity).update({ organizationId, userId }, { role });
  }

  async removeMember(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.getRepository(MembershipEntity).delete({ organizationId, userId });
  }

  /** Adds the user with `role` unless they are a member already (then nothing changes). */
  async addMember(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    role: OrganizationRole,
  ): Promise<void> {
    const memberships = manager.getRepository(MembershipEntity);
    const existing = await memberships.findOne({ where: { organizationId, userId } });
    if (!existing) await memberships.insert({ organizationId, userId, role });
  }

  private repo(manager?: EntityManager): Repository<OrganizationEntity> {
    return manager ? manager.getRepository(OrganizationEntity) : this.organizations;
  }

  /** Creates an organization with `userId` as its first owner, inside the caller's transaction. */
  async createWithOwner(
    manager: EntityManager,
    userId: string,
    data: CreateOrganizationDto,
  ): Promise<OrganizationEntity> {
    const repo = manager.getRepository(OrganizationEntity);
    const org = await repo.save(
      repo.create({
        slug: slugFor(data.legalNameEn),
        legalNameJa: data.legalNameJa,
        legalNameEn: data.legalNameEn ?? null,
        listingStatus: data.listingStatus ?? 'unlisted',
        companySize: data.companySize ?? 'sme',
        industry: data.industry ?? null,
        fiscalYearEndMonth: data.fiscalYearEndMonth ?? 3,
        securitiesCode: data.securitiesCode ?? null,
        prefecture: data.prefecture ?? null,
        employeeCount: data.employeeCount ?? null,
        sellsAbroad: data.sellsAbroad ?? null,
      }),
    );
    await manager.getRepository(MembershipEntity).insert({ organizationId: org.id, userId, role: 'owner' });
    await this.audit.record(
      { organizationId: org.id, actorUserId: userId, action: 'organization.created', target: org.legalNameJa },
      manager,
    );
    return org;
  }

  async create(user: AuthenticatedUser, dto: CreateOrganizationDto): Promise<OrganizationProfile> {
    if (user.accountType !== 'company') throw new ApiException(403, 'INVESTOR_NO_ORGANIZATION');
    const org = await this.db.transaction(async (manager) => {
      const created = await this.createWithOwner(manager, user.id, dto);
      await this.users.rememberOrganization(user.id, created.id, manager);
      return created;
    });
    // The new membership must count on the very next request, on whichever instance serves it.
    await this.sessionInvalidator.forgetUser(user.id);
    return toProfile(org);
  }

  async get(organizationId: string, userId: string): Promise<OrganizationProfile> {
    const org = await this.organizations.findOne({ where: { id: organizationId } });
    if (!org) throw ApiException.notFound();
    // Opening an organization makes it the one the web app returns to after the next sign-in.
    await this.users.rememberOrganization(userId, organizationId);
    return toProfile(org);
  }

  async update(organizationId: string, actorUserId: string, dto: UpdateOrganizationDto): Promise<OrganizationProfile> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(OrganizationEntity);
      const org = await repo.findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw ApiException.notFound();
      const changed: Record<string, unknown> = {};
      for (const key of [
        'legalNameJa',
        'legalNameEn',
        'listingStatus',
        'companySize',
        'industry',
        'fiscalYearEndMonth',
        'securitiesCode',
        'prefecture',
        'employeeCount',
        'sellsAbroad',
      ] as const) {
        if (dto[key] !== undefined && dto[key] !== org[key]) {
          changed[key] = dto[key];
          (org as unknown as Record<string, unknown>)[key] = dto[key];
        }
      }
      if (Object.keys(changed).length === 0) return toProfile(org);
      const saved = await repo.save(org);
      await this.audit.record({ organizationId, actorUserId, action: 'organization.updated', data: changed }, manager);
      return toProfile(saved);
    });
  }
}

export function toProfile(org: OrganizationEntity): OrganizationProfile {
  return {
    id: org.id,
    slug: org.slug,
    legalNameJa: org.legalNameJa,
    legalNameEn: org.legalNameEn,
    listingStatus: org.listingStatus,
    companySize: org.companySize,
    industry: org.industry,
    fiscalYearEndMonth: org.fiscalYearEndMonth,
    securitiesCode: org.securitiesCode,
    prefecture: org.prefecture,
    employeeCount: org.employeeCount,
    sellsAbroad: org.sellsAbroad,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

/** A readable, unique handle: the English name's words plus a random suffix (Japanese names are not slugged). */
function slugFor(englishName: string | undefined): string {
  const base = (englishName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const suffix = randomBytes(4).toString('hex');
  return base ? `${base}-${suffix}` : `org-${suffix}`;
}
