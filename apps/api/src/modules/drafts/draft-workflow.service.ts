import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { checkDraftTransition, DRAFT_TRANSITIONS, renderDraftText, type DraftTransitionName } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicPageCache } from '../publishing/public-page-cache';
import { PublicationsService } from '../publishing/publications.service';
import { DraftStore } from './draft-store.service';
import type { DraftDetail } from './draft-views';
import { DraftsService } from './drafts.service';
import type { RequestChangesDto } from './dto/drafts.dto';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import type { DraftEntity } from './entities/draft.entity';

type Effect = (manager: EntityManager, draft: DraftEntity) => Promise<Record<string, unknown> | void>;

/** The review cycle: submit, approve, request changes, publish — the rules are libs/drafting's workflow table. */
@Injectable()
export class DraftWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: DraftStore,
    private readonly drafts: DraftsService,
    private readonly organizations: OrganizationsService,
    private readonly publications: PublicationsService,
    private readonly publicPages: PublicPageCache,
    private readonly audit: AuditService,
  ) {}

  submit(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<DraftDetail> {
    return this.transition(org, actor, id, 'submit');
  }

  approve(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<DraftDetail> {
    return this.transition(org, actor, id, 'approve');
  }

  requestChanges(org: OrganizationContext, actor: AuthenticatedUser, id: string, dto: RequestChangesDto): Promise<DraftDetail> {
    return this.transition(org, actor, id, 'request_changes', async (manager, draft) => {
      const repo = manager.getRepository(DraftCommentEntity);
      await repo.save(
        repo.create({ organizationId: draft.organizationId, draftId: draft.id, sectionId: null, version: draft.currentVersion, kind: 'changes_requested', authorId: actor.id, body: dto.comment }),
      );
    });
  }

  /** Publishes the approved version: a frozen copy in `publications` (text, model, score), public from now on. */
  async publish(org: OrganizationContext, actor: AuthenticatedUser, id: string, now: Date = new Date()): Promise<DraftDetail> {
    const organization = await this.organizations.findById(org.organizationId);
    const detail = await this.transition(org, actor, id, 'publish', async (manager, draft) => {
      const version = await this.store.findVersion(draft.organizationId, draft.id, draft.currentVersion, manager);
      if (version.score === null) throw new ApiException(409, 'DRAFT_INCOMPLETE', { slots: version.completeness.slots });
      const row = await this.publications.record(manager, {
        organizationId: draft.organizationId,
        draftId: draft.id,
        version: version.version,
        slug: organization.slug,
        publishedAt: now,
        publishedBy: actor.id,
        type: draft.type,
        language: draft.language,
        title: draft.title,
        text: renderDraftText(version.sections),
        content: version.sections,
        score: version.score,
        overall: version.score.overall,
        disclosureClass: version.score.class,
      });
      return { publicationId: row.id, version: version.version, overall: version.score.overall };
    });
    // After the commit: this process's cached public page of the company shows the new publication at once.
    this.publicPages.invalidate(organization.slug);
    return detail;
  }

  private async transition(org: OrganizationContext, actor: AuthenticatedUser, id: string, name: DraftTransitionName, effect?: Effect): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const rule = DRAFT_TRANSITIONS[name];
    await this.db.transaction(async (manager) => {
      const draft = await this.store.findDraft(organizationId, id, manager, true);
      const check = checkDraftTransition(draft.status, org.role, name);
      if (!check.ok && check.reason === 'forbidden') throw ApiException.forbidden();
      if (!check.ok) throw new ApiException(409, 'INVALID_TRANSITION', { from: draft.status, to: check.to });
      const data = (await effect?.(manager, draft)) ?? {};
      await this.store.setStatus(manager, organizationId, id, { status: check.to });
      await this.audit.record(
        { organizationId, actorUserId: actor.id, action: rule.audit, target: draft.title, data: { id, from: draft.status, to: check.to, version: draft.currentVersion, ...data } },
        manager,
      );
    });
    return this.drafts.get(org, id);
  }
}
