import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../auth/entities/user.entity';
import { DraftSectionsService } from '../drafts/draft-sections.service';
import { DraftWorkflowService } from '../drafts/draft-workflow.service';
import { DraftsService } from '../drafts/drafts.service';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { MAX_PUBLICATION_TITLE_CHARS } from '../publishing/dto/publishing.dto';
import { PublicationsService } from '../publishing/publications.service';
import {
  DEMO_PUBLICATION_TITLE_MARK,
  DEMO_PUBLISHED_DRAFT,
  DEMO_SECOND_DISCLOSURE,
  DEMO_SECOND_ORGANIZATION,
  DEMO_SECOND_PERSONAS,
} from './demo-content';
import { actingWith, demoActor, type DemoActor } from './demo-personas';

/**
 * A second fictional listed company that has published one CG-report entry, so the investor's 「比較」 has two
 * companies. Its owner writes the entry over the generated draft (no self-assessment: every gap is replaced by
 * written text), its board member approves (four eyes), the owner publishes under a title marked fictional.
 */
@Injectable()
export class DemoSecondCompanyStep {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly drafts: DraftsService,
    private readonly sections: DraftSectionsService,
    private readonly workflow: DraftWorkflowService,
    private readonly publications: PublicationsService,
  ) {}

  /** Returns the second company's slug. */
  async run(): Promise<string> {
    const { owner, reviewer } = await this.createCompany();
    const editing = actingWith(owner, 'draft:edit');
    let draft = await this.drafts.create(editing, owner.user, { ...DEMO_PUBLISHED_DRAFT });
    for (const section of draft.current.draft.sections) {
      const text = DEMO_SECOND_DISCLOSURE[section.id];
      if (text === undefined) throw new Error(`demo seed: no text for section ${section.id} of the second company`);
      draft = await this.sections.saveSection(editing, owner.user, draft.id, section.id, {
        text,
        expectedVersion: draft.currentVersion,
      });
    }
    if (draft.current.completenessDetail.slots > 0)
      throw new Error('demo seed: the second company’s entry still has gaps to fill');
    await this.workflow.submit(editing, owner.user, draft.id, { reviewerId: reviewer.user.id, acknowledgedGaps: [] });
    await this.workflow.approve(actingWith(reviewer, 'draft:review'), reviewer.user, draft.id);
    const published = await this.workflow.publish(actingWith(owner, 'draft:publish'), owner.user, draft.id);
    const publication = published.publications.at(-1);
    if (!publication) throw new Error('demo seed: publishing the second company’s entry made no publication');
    const title = `${publication.title}${DEMO_PUBLICATION_TITLE_MARK}`.slice(0, MAX_PUBLICATION_TITLE_CHARS);
    await this.publications.rename(actingWith(owner, 'draft:publish'), owner.user, publication.publicationId, title);
    return DEMO_SECOND_ORGANIZATION.slug;
  }

  /** The organization and its two staff accounts (random passwords, never printed) in one transaction. */
  private async createCompany(): Promise<{ owner: DemoActor; reviewer: DemoActor }> {
    const cast: Partial<Record<'owner' | 'reviewer', DemoActor>> = {};
    await this.db.transaction(async (manager) => {
      const org = await manager
        .getRepository(OrganizationEntity)
        .save(manager.getRepository(OrganizationEntity).create({ ...DEMO_SECOND_ORGANIZATION }));
      for (const persona of DEMO_SECOND_PERSONAS) {
        if (persona.key !== 'owner' && persona.key !== 'reviewer') continue;
        const role = persona.key;
        const user = await manager.getRepository(UserEntity).save(
          manager.getRepository(UserEntity).create({
            email: persona.email,
            passwordHash: await this.hasher.hash(randomBytes(18).toString('base64url')),
            displayName: persona.displayName,
            locale: 'ja',
            accountType: 'company',
            lastOrganizationId: org.id,
          }),
        );
        await manager.getRepository(MembershipEntity).insert({ organizationId: org.id, userId: user.id, role });
        cast[role] = demoActor(persona, user, org.id);
      }
      await this.audit.record(
        { organizationId: org.id, actorUserId: null, action: 'organization.created', target: 'demo seed' },
        manager,
      );
    });
    if (!cast.owner || !cast.reviewer) throw new Error('demo seed: the second company needs an owner and a reviewer');
    return { owner: cast.owner, reviewer: cast.reviewer };
  }
}
