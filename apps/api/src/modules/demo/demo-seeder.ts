import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import type { AccountType } from '@ipgn/contracts';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../auth/entities/user.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { DemoAdvisorStep } from './demo-advisor-step';
import { DemoAssessmentStep } from './demo-assessment-step';
import {
  DEMO_ORGANIZATION,
  DEMO_PERSONAS,
  DEMO_SECOND_ORGANIZATION,
  DEMO_SECOND_PERSONAS,
  type DemoPersona,
  type DemoRole,
} from './demo-content';
import { DemoDisclosureStep } from './demo-disclosure-step';
import { demoActor, type DemoActor } from './demo-personas';
import { DemoPublicationStep } from './demo-publication-step';
import { DemoSecondCompanyStep } from './demo-second-company-step';
import { DemoWorkshopStep } from './demo-workshop-step';

export interface DemoCredential {
  email: string;
  password: string;
  role: DemoRole;
}

type Cast = Record<DemoPersona['key'], DemoActor>;

/**
 * On an empty database: the demo organization and its accounts (fresh random passwords, returned to be printed
 * once and never stored in clear), then a year of the company's work through the same services the app calls
 * (demo-*-step.ts). If a step fails the accounts stay usable and the log says which step broke.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly assessment: DemoAssessmentStep,
    private readonly publication: DemoPublicationStep,
    private readonly secondCompany: DemoSecondCompanyStep,
    private readonly disclosure: DemoDisclosureStep,
    private readonly advisor: DemoAdvisorStep,
    private readonly workshop: DemoWorkshopStep,
  ) {}

  async seedIfEmpty(): Promise<DemoCredential[] | null> {
    const organizations = await this.db.getRepository(OrganizationEntity).count();
    const users = await this.db.getRepository(UserEntity).count();
    if (organizations > 0 || users > 0) return null;
    // CPU time says more than wall time on a busy machine (the embedded database runs in this process too).
    const cpu = process.cpuUsage();
    const wall = Date.now();
    const timings: string[] = [];
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      const result = await run();
      timings.push(`${name} ${Date.now() - started} ms`);
      return result;
    };
    const { credentials, cast: first } = await step('accounts', () =>
      this.createCompany(DEMO_ORGANIZATION, DEMO_PERSONAS),
    );
    const cast = first as Cast;
    try {
      await this.seedYear(cast, step);
      const used = process.cpuUsage(cpu);
      this.logger.log(
        `demo data seeded in ${Date.now() - wall} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms): ${timings.join(', ')}`,
      );
    } catch (error) {
      this.logger.error(
        `the demo data is incomplete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    return credentials;
  }

  /** The year, in the order the team lives it (each step is one file; see there for who does what). */
  private async seedYear(cast: Cast, step: <T>(name: string, run: () => Promise<T>) => Promise<T>): Promise<void> {
    const assessmentId = await step('assessment', () => this.assessment.run(cast.owner, cast.contributor));
    await step('disclosure', () => this.disclosure.run(cast.contributor));
    await step('publication', () => this.publication.run(cast, assessmentId));
    // Another fictional company has published too, so the investor's comparison has two companies. Its two staff
    // accounts get random passwords that are never printed (nobody signs in as them).
    await step('second company', async () => {
      const { cast: second } = await this.createCompany(DEMO_SECOND_ORGANIZATION, DEMO_SECOND_PERSONAS);
      if (!second['owner'] || !second['reviewer'])
        throw new Error('demo seed: the second company needs an owner and a reviewer');
      return this.secondCompany.run(second['owner'], second['reviewer']);
    });
    const advisor = await step('advisor', () => this.advisor.run(cast.owner, cast.advisor));
    await step('workshop', () => this.workshop.run(advisor));
  }

  /** Bootstrap: an organization, its personas' accounts and their staff memberships in one transaction. */
  private async createCompany(
    organization: Partial<OrganizationEntity>,
    personas: readonly DemoPersona[],
  ): Promise<{ credentials: DemoCredential[]; cast: Partial<Record<DemoPersona['key'], DemoActor>> }> {
    const credentials: DemoCredential[] = [];
    const cast: Partial<Record<DemoPersona['key'], DemoActor>> = {};
    await this.db.transaction(async (manager) => {
      const org = await manager
        .getRepository(OrganizationEntity)
        .save(manager.getRepository(OrganizationEntity).create({ ...organization }));
      for (const persona of personas) {
        const password = randomBytes(9).toString('base64url');
        const accountType: AccountType = persona.role === 'investor' ? 'investor' : 'company';
        // The investor belongs to no organization; the advisor joins by invitation (demo-advisor-step.ts).
        const staffRole = persona.role === 'investor' || persona.role === 'advisor' ? null : persona.role;
        const user = await manager.getRepository(UserEntity).save(
          manager.getRepository(UserEntity).create({
            email: persona.email,
            passwordHash: await this.hasher.hash(password),
            displayName: persona.displayName,
            locale: 'ja',
            accountType,
            lastOrganizationId: staffRole ? org.id : null,
          }),
        );
        if (staffRole)
          await manager
            .getRepository(MembershipEntity)
            .insert({ organizationId: org.id, userId: user.id, role: staffRole });
        credentials.push({ email: persona.email, password, role: persona.role });
        cast[persona.key] = demoActor(persona, user, org.id);
      }
      await this.audit.record(
        { organizationId: org.id, actorUserId: null, action: 'organization.created', target: 'demo seed' },
        manager,
      );
    });
    return { credentials, cast };
  }
}
