import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ORGANIZATION_ROLES, roleHasPermission, type NotificationKind } from '@ipgn/contracts';
import {
  checkDraftTransition,
  defaultPublicationTitle,
  DRAFT_TRANSITIONS,
  gapsToAcknowledge,
  passesFourEyes,
  renderDraftText,
  type DraftTransitionName,
  type DraftDetail,
} from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicPageCache } from '../publishing/public-page-cache';
import { PublicationsService } from '../publishing/publications.service';
import { DraftStore } from './draft-store.service';
import { DraftsService } from './drafts.service';
import type { RequestChangesDto, SubmitForReviewDto } from './dto/drafts.dto';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import type { DraftEntity } from './entities/draft.entity';
import type { DraftVersionEntity } from './entities/draft-version.entity';

/** Work a step does inside the transaction; what it returns goes into the audit entry. */
type Effect = (
  manager: EntityManager,
  draft: DraftEntity,
  version: DraftVersionEntity,
) => Promise<Record<string, unknown> | void>;

/** Who hears of a step once it committed. */
type Audience = (draft: DraftEntity) => Promise<string[]>;

/**
 * The review cycle: submit, approve, request changes, publish, unpublish — the rules are libs/drafting's workflow
 * table. A step the draft already took (a second click) answers with the state reached and changes nothing.
 */
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
    private readonly notifications: NotificationsService,
  ) {}

  /** Asks for review: open gaps must be listed back (accepted), the picked reviewer must be able to review. */
  async submit(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    dto: SubmitForReviewDto = {},
  ): Promise<DraftDetail> {
    const reviewerId = dto.reviewerId ?? null;
    if (reviewerId && !(await this.notifications.isMemberWith(org.organizationId, reviewerId, 'draft:review'))) {
      throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'reviewerId', code: 'notAReviewer' }]);
    }
    return this.transition(
      org,
      actor,
      id,
      'submit',
      async (manager, draft, version) => {
        const open = version.completeness.missing.map((m) => m.slotId);
        const unacknowledged = gapsToAcknowledge('submit', open, dto.acknowledgedGaps ?? []);
        if (unacknowledged.length > 0)
          throw new ApiException(409, 'GAPS_NOT_ACKNOWLEDGED', { count: new Set(open).size, slots: unacknowledged });
        await this.store.setStatus(manager, org.organizationId, draft.id, { reviewerId });
        return { reviewerId, acknowledgedGaps: [...new Set(open)] };
      },
      async (draft) =>
        draft.reviewerId
          ? [draft.reviewerId]
          : this.notifications.membersWith(org.organizationId, 'draft:review', actor.id),
    );
  }

  approve(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<DraftDetail> {
    return this.transition(org, actor, id, 'approve', undefined, (draft) => this.editorsAndPublishers(draft, actor));
  }

  requestChanges(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    dto: RequestChangesDto,
  ): Promise<DraftDetail> {
    return this.transition(
      org,
      actor,
      id,
      'request_changes',
      async (manager, draft) => {
        const repo = manager.getRepository(DraftCommentEntity);
        await repo.save(
          repo.create({
            organizationId: draft.organizationId,
            draftId: draft.id,
            sectionId: null,
            version: draft.currentVersion,
            kind: 'changes_requested',
            authorId: actor.id,
            body: dto.comment,
          }),
        );
      },
      (draft) => this.editors(draft, actor),
    );
  }

  /** Publishes the approved version: a frozen copy in `publications` (text, model, score), public from now on. */
  async publish(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    now: Date = new Date(),
  ): Promise<DraftDetail> {
    const organization = await this.organizations.findById(org.organizationId);
    const detail = await this.transition(
      org,
      actor,
      id,
      'publish',
      async (manager, draft, version) => {
        if (version.score === null)
          throw new ApiException(409, 'DRAFT_INCOMPLETE', { slots: version.completeness.slots });
        const row = await this.publications.record(manager, {
          organizationId: draft.organizationId,
          draftId: draft.id,
          version: version.version,
          slug: organization.slug,
          publishedAt: now,
          publishedBy: actor.id,
          type: draft.type,
          language: draft.language,
          title: defaultPublicationTitle(draft.title),
          text: renderDraftText(version.sections),
          content: version.sections,
          score: version.score,
          overall: version.score.overall,
          disclosureClass: version.score.class,
        });
        return { publicationId: row.id, version: version.version, overall: version.score.overall };
      },
      (draft) => this.editorsAndPublishers(draft, actor, true),
    );
    // After the commit: this process's cached public page of the company shows the new publication at once.
    this.publicPages.invalidate(organization.slug);
    return detail;
  }

  /** Takes the draft's publications off the public pages (kept, marked withdrawn); the draft can be corrected. */
  async unpublish(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    now: Date = new Date(),
  ): Promise<DraftDetail> {
    const organization = await this.organizations.findById(org.organizationId);
    const detail = await this.transition(org, actor, id, 'unpublish', async (manager, draft) => ({
      withdrawn: await this.publications.withdraw(manager, draft.organizationId, draft.id, now),
    }));
    this.publicPages.invalidate(organization.slug);
    return detail;
  }

  private async transition(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    name: DraftTransitionName,
    effect?: Effect,
    audience?: Audience,
  ): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const rule = DRAFT_TRANSITIONS[name];
    const moved = await this.db.transaction(async (manager) => {
      const draft = await this.store.findDraft(organizationId, id, manager, true);
      const check = checkDraftTransition(draft.status, org.role, name);
      if (!check.ok && check.reason === 'forbidden') throw ApiException.forbidden();
      // A second click (or another tab) already took this step: answer with the state reached.
      if (!check.ok && check.reason === 'already_done') return null;
      if (!check.ok) throw new ApiException(409, 'INVALID_TRANSITION', { from: draft.status, to: check.to });
      const version = await this.store.findVersion(organizationId, id, draft.currentVersion, manager);
      let soleReviewer = false;
      if (!passesFourEyes(name, actor.id, version.createdBy)) {
        // Only when nobody else could check it (a company of one) may the last editor approve; the audit says so.
        const others = await this.otherReviewers(manager, organizationId, actor.id);
        if (!passesFourEyes(name, actor.id, version.createdBy, others)) throw new ApiException(409, 'FOUR_EYES');
        soleReviewer = true;
      }
      const data = {
        ...((await effect?.(manager, draft, version)) ?? {}),
        ...(soleReviewer ? { soleReviewer: true } : {}),
      };
      await this.store.setStatus(manager, organizationId, id, { status: check.to });
      await this.audit.record(
        {
          organizationId,
          actorUserId: actor.id,
          action: rule.audit,
          target: draft.title,
          data: { id, from: draft.status, to: check.to, version: draft.currentVersion, ...data },
        },
        manager,
      );
      return this.store.findDraft(organizationId, id, manager);
    });
    if (moved && audience) {
      const kind = NOTIFIED[name];
      if (kind)
        await this.notifications.notify({
          organizationId,
          kind,
          recipients: await audience(moved),
          draftId: id,
          title: moved.title,
          actorName: actor.displayName,
        });
    }
    return this.drafts.get(org, id);
  }

  /** Members other than `actorId` whose role may review drafts. */
  private async otherReviewers(manager: EntityManager, organizationId: string, actorId: string): Promise<number> {
    const roles = ORGANIZATION_ROLES.filter((r) => roleHasPermission(r, 'draft:review'));
    return this.organizations.countOtherMembersInRoles(organizationId, actorId, roles, manager);
  }

  /** The draft's creator and every member who saved a version of it (they wait for the review's outcome). */
  private async editors(draft: DraftEntity, actor: AuthenticatedUser): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT created_by AS id FROM draft_versions WHERE organization_id = $1 AND draft_id = $2 AND created_by IS NOT NULL`,
      [draft.organizationId, draft.id],
    )) as { id: string }[];
    return [...new Set([draft.createdBy, ...rows.map((r) => r.id)])].filter(
      (u): u is string => u !== null && u !== actor.id,
    );
  }

  /** The editors, plus (after approval) the members who may publish; `onlyEditors`: the publisher tells the team. */
  private async editorsAndPublishers(
    draft: DraftEntity,
    actor: AuthenticatedUser,
    onlyEditors = false,
  ): Promise<string[]> {
    const editors = await this.editors(draft, actor);
    if (onlyEditors) return editors;
    return [...editors, ...(await this.notifications.membersWith(draft.organizationId, 'draft:publish', actor.id))];
  }
}

/** The notification each step sends (unpublishing tells no one: the publisher's team sees it in the audit log). */
const NOTIFIED: Partial<Record<DraftTransitionName, NotificationKind>> = {
  submit: 'review_requested',
  approve: 'draft_approved',
  request_changes: 'changes_requested',
  publish: 'draft_published',
};
