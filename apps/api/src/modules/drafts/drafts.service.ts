import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scoreAssessment, type AnswerValue, type Answers, type AssessmentResult } from '@ipgn/assessment';
import { roleHasPermission } from '@ipgn/contracts';
import { generateDraft, renderDraftText, type CompanyFacts, type Draft, type DraftSection, type Paragraph, type Run, type SlotRun } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { isUuid } from '../../common/http/is-uuid';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { AssessmentAnswerEntity } from '../assessments/entities/assessment-answer.entity';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { PublicationEntity } from '../publishing/entities/publication.entity';
import { PublicPageCache } from '../publishing/public-page-cache';
import { diffDrafts, scoreVersion, slotMarker, slotsOf } from './draft-text';
import type {
  DraftCommentView,
  DraftDetail,
  DraftDiff,
  DraftSummary,
  DraftVersionSummary,
  DraftVersionView,
  PersonRef,
} from './draft-views';
import type { CreateCommentDto, CreateDraftDto, ParagraphDto, RequestChangesDto, SaveSectionDto } from './dto/drafts.dto';
import { CompanyFactsEntity } from './entities/company-facts.entity';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { DraftEntity, type DraftStatus } from './entities/draft.entity';

/** The organization's time zone: "today" of a draft's as-of date is a Tokyo date. */
export const ORGANIZATION_TIME_ZONE = 'Asia/Tokyo';

/** YYYY-MM-DD of `now` in Asia/Tokyo. */
export function tokyoDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ORGANIZATION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

type Transition = 'submit' | 'approve' | 'request_changes' | 'publish';

/** The workflow: which states each transition leaves from, where it goes, and its audit action. */
const TRANSITIONS: Record<Transition, { from: readonly DraftStatus[]; to: DraftStatus; action: string }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', action: 'draft.submitted_for_review' },
  approve: { from: ['in_review'], to: 'approved', action: 'draft.approved' },
  request_changes: { from: ['in_review'], to: 'changes_requested', action: 'draft.changes_requested' },
  publish: { from: ['approved'], to: 'published', action: 'draft.published' },
};

/** States in which the text can be edited (editing a published draft starts a new cycle). */
const EDITABLE: readonly DraftStatus[] = ['draft', 'changes_requested', 'published'];

const SLOT_MARKER_START = /【要記入：|\[To be completed:/;

@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly publicPages: PublicPageCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Generates a draft from the assessment answers, the company facts and the profile, scores it and saves version 1. */
  async create(org: OrganizationContext, actor: AuthenticatedUser, dto: CreateDraftDto, now: Date = new Date()): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const id = await this.db.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneOrFail({ where: { id: organizationId } });
      const round = await this.pickAssessment(manager, organizationId, dto.assessmentId);
      const factsRow = await manager.getRepository(CompanyFactsEntity).findOne({ where: { organizationId } });
      const answers = round ? answersOf(await manager.getRepository(AssessmentAnswerEntity).find({ where: { organizationId, assessmentId: round.id } })) : {};
      const profile = { listingStatus: organization.listingStatus, companySize: organization.companySize };
      const result: AssessmentResult | undefined = round
        ? scoreAssessment({ track: round.track, answers, profile, bankVersion: round.bankVersion })
        : undefined;
      const facts: CompanyFacts | undefined = factsRow?.facts;
      const draft = generateDraft(dto.type, dto.language, {
        organization: {
          legalNameJa: organization.legalNameJa,
          legalNameEn: organization.legalNameEn,
          listingStatus: organization.listingStatus,
          companySize: organization.companySize,
          industry: organization.industry,
          fiscalYearEndMonth: organization.fiscalYearEndMonth,
        },
        answers,
        ...(result && { result }),
        ...(facts && { facts }),
        asOf: tokyoDate(now),
      });
      const repo = manager.getRepository(DraftEntity);
      const row = await repo.save(
        repo.create({
          organizationId,
          type: dto.type,
          language: dto.language,
          title: draft.title.slice(0, 300),
          status: 'draft',
          currentVersion: 1,
          assessmentId: round?.id ?? null,
          createdBy: actor.id,
        }),
      );
      await this.insertVersion(manager, row, 1, draft, actor.id, null);
      await this.audit.record(
        { organizationId, actorUserId: actor.id, action: 'draft.created', target: row.title, data: { id: row.id, type: dto.type, language: dto.language, assessmentId: row.assessmentId } },
        manager,
      );
      return row.id;
    });
    return this.get(org, id);
  }

  async list(org: OrganizationContext): Promise<DraftSummary[]> {
    const rows = await this.db.getRepository(DraftEntity).find({
      where: { organizationId: org.organizationId },
      relations: { creator: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    if (rows.length === 0) return [];
    const versions = await this.db
      .getRepository(DraftVersionEntity)
      .createQueryBuilder('v')
      .select(['v.draftId', 'v.version', 'v.score', 'v.completeness'])
      .where('v.organization_id = :organizationId', { organizationId: org.organizationId })
      .andWhere('(v.draft_id, v.version) IN (SELECT d.id, d.current_version FROM drafts d WHERE d.organization_id = :organizationId)')
      .getMany();
    const current = new Map(versions.map((v) => [v.draftId, v]));
    return rows.map((d) => toSummary(d, current.get(d.id)));
  }

  async get(org: OrganizationContext, id: string): Promise<DraftDetail> {
    const draft = await this.findDraft(this.db.manager, org.organizationId, id);
    const version = await this.findVersion(this.db.manager, org.organizationId, id, draft.currentVersion);
    const comments = await this.db.getRepository(DraftCommentEntity).find({
      where: { organizationId: org.organizationId, draftId: id },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
    const publications = await this.db.getRepository(PublicationEntity).find({
      where: { organizationId: org.organizationId, draftId: id },
      select: { id: true, version: true, publishedAt: true },
      order: { version: 'ASC' },
    });
    return {
      ...toSummary(draft, version),
      current: toVersionView(version),
      comments: comments.map(toCommentView),
      publications: publications.map((p) => ({ publicationId: p.id, version: p.version, publishedAt: p.publishedAt.toISOString() })),
      aiRewriteEnabled: Boolean(this.config.AI_REWRITE_URL && this.config.AI_REWRITE_MODEL),
    };
  }

  /**
   * Saves a new text for one section as a new version (optimistic concurrency on the draft's version: 409
   * `DRAFT_VERSION_CONFLICT` when someone saved first), and scores it.
   */
  async saveSection(org: OrganizationContext, actor: AuthenticatedUser, id: string, sectionId: string, dto: SaveSectionDto): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const draft = await this.findDraft(manager, organizationId, id, true);
      const current = await this.findVersion(manager, organizationId, id, draft.currentVersion);
      const section = current.sections.sections.find((s) => s.id === sectionId);
      if (!section) throw ApiException.notFound();
      if (!EDITABLE.includes(draft.status)) throw new ApiException(409, 'DRAFT_LOCKED', { status: draft.status });
      if (dto.expectedVersion !== draft.currentVersion) {
        throw new ApiException(409, 'DRAFT_VERSION_CONFLICT', { currentVersion: draft.currentVersion });
      }
      const first = draft.currentVersion === 1 ? current : await this.findVersion(manager, organizationId, id, 1);
      const known = slotsOf(first.sections, current.sections);
      const paragraphs = dto.paragraphs !== undefined ? fromParagraphs(dto.paragraphs, known) : fromText(dto.text ?? '', known, current.sections.language);
      const next: Draft = {
        ...current.sections,
        sections: current.sections.sections.map((s): DraftSection => (s.id === sectionId ? { ...s, paragraphs } : s)),
      };
      const version = draft.currentVersion + 1;
      await this.insertVersion(manager, draft, version, next, actor.id, dto.note ?? null);
      await manager
        .getRepository(DraftEntity)
        .update({ organizationId, id }, { currentVersion: version, status: draft.status === 'published' ? 'draft' : draft.status });
    });
    return this.get(org, id);
  }

  async versions(org: OrganizationContext, id: string): Promise<DraftVersionSummary[]> {
    await this.findDraft(this.db.manager, org.organizationId, id);
    const rows = await this.db.getRepository(DraftVersionEntity).find({
      where: { organizationId: org.organizationId, draftId: id },
      relations: { creator: true },
      order: { version: 'DESC' },
    });
    return rows.map(toVersionSummary);
  }

  async version(org: OrganizationContext, id: string, version: number): Promise<DraftVersionEntity> {
    await this.findDraft(this.db.manager, org.organizationId, id);
    return this.findVersion(this.db.manager, org.organizationId, id, version);
  }

  async diff(org: OrganizationContext, id: string, a: string, b: string): Promise<DraftDiff> {
    const from = await this.version(org, id, parseVersion(a));
    const to = await this.version(org, id, parseVersion(b));
    return {
      from: toVersionSummary(from),
      to: toVersionSummary(to),
      overallDelta: from.score && to.score ? to.score.overall - from.score.overall : null,
      sections: diffDrafts(from.sections, to.sections),
    };
  }

  /**
   * A comment on a section. The route needs `draft:read`; writing a comment also needs a role that works on
   * drafts (`draft:edit` or `draft:review`), so a viewer stays read-only (docs/permissions.md).
   */
  async comment(org: OrganizationContext, actor: AuthenticatedUser, id: string, dto: CreateCommentDto): Promise<DraftCommentView> {
    if (!roleHasPermission(org.role, 'draft:edit') && !roleHasPermission(org.role, 'draft:review')) throw ApiException.forbidden();
    const organizationId = org.organizationId;
    const draft = await this.findDraft(this.db.manager, organizationId, id);
    const current = await this.findVersion(this.db.manager, organizationId, id, draft.currentVersion);
    if (!current.sections.sections.some((s) => s.id === dto.sectionId)) {
      throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'sectionId', code: 'unknown' }]);
    }
    const repo = this.db.getRepository(DraftCommentEntity);
    const saved = await repo.save(
      repo.create({ organizationId, draftId: id, sectionId: dto.sectionId, version: draft.currentVersion, kind: 'comment', authorId: actor.id, body: dto.body }),
    );
    return toCommentView({ ...saved, author: { id: actor.id, displayName: actor.displayName } as DraftCommentEntity['author'] });
  }

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
    let slug: string | null = null;
    const detail = await this.transition(org, actor, id, 'publish', async (manager, draft) => {
      const version = await this.findVersion(manager, draft.organizationId, draft.id, draft.currentVersion);
      if (version.score === null) throw new ApiException(409, 'DRAFT_INCOMPLETE', { slots: version.completeness.slots });
      const organization = await manager.getRepository(OrganizationEntity).findOneOrFail({ where: { id: draft.organizationId } });
      slug = organization.slug;
      const text = renderDraftText(version.sections);
      const repo = manager.getRepository(PublicationEntity);
      const row = await repo.save(
        repo.create({
          organizationId: draft.organizationId,
          draftId: draft.id,
          version: version.version,
          slug: organization.slug,
          publishedAt: now,
          publishedBy: actor.id,
          type: draft.type,
          language: draft.language,
          title: draft.title,
          text,
          content: version.sections,
          score: version.score,
          overall: version.score.overall,
          disclosureClass: version.score.class,
        }),
      );
      return { publicationId: row.id, version: version.version, overall: version.score.overall };
    });
    // After the commit: this process's cached public page of the company shows the new publication at once.
    if (slug) this.publicPages.invalidate(slug);
    return detail;
  }

  private async transition(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    name: Transition,
    effect?: (manager: EntityManager, draft: DraftEntity) => Promise<Record<string, unknown> | void>,
  ): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const rule = TRANSITIONS[name];
    await this.db.transaction(async (manager) => {
      const draft = await this.findDraft(manager, organizationId, id, true);
      if (!rule.from.includes(draft.status)) {
        throw new ApiException(409, 'INVALID_TRANSITION', { from: draft.status, to: rule.to });
      }
      const data = (await effect?.(manager, draft)) ?? {};
      await manager.getRepository(DraftEntity).update({ organizationId, id }, { status: rule.to });
      await this.audit.record(
        {
          organizationId,
          actorUserId: actor.id,
          action: rule.action,
          target: draft.title,
          data: { id, from: draft.status, to: rule.to, version: draft.currentVersion, ...data },
        },
        manager,
      );
    });
    return this.get(org, id);
  }

  private async insertVersion(manager: EntityManager, draft: DraftEntity, version: number, content: Draft, userId: string, note: string | null): Promise<void> {
    const { score, completeness } = scoreVersion(content);
    const repo = manager.getRepository(DraftVersionEntity);
    await repo.insert({ organizationId: draft.organizationId, draftId: draft.id, version, sections: content, score, completeness, note, createdBy: userId });
  }

  /** The given round (404 outside the organization), else the latest submitted one, else the latest; none is fine. */
  private async pickAssessment(manager: EntityManager, organizationId: string, assessmentId: string | undefined): Promise<AssessmentEntity | null> {
    const repo = manager.getRepository(AssessmentEntity);
    if (assessmentId !== undefined) {
      const round = await repo.findOne({ where: { organizationId, id: assessmentId } });
      if (!round) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'assessmentId', code: 'unknown' }]);
      return round;
    }
    const submitted = await repo.findOne({ where: { organizationId, status: 'submitted' }, order: { submittedAt: 'DESC', createdAt: 'DESC' } });
    return submitted ?? (await repo.findOne({ where: { organizationId }, order: { createdAt: 'DESC' } }));
  }

  private async findDraft(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<DraftEntity> {
    if (!isUuid(id)) throw ApiException.notFound();
    const draft = await manager.getRepository(DraftEntity).findOne({
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : { relations: { creator: true } }),
    });
    if (!draft) throw ApiException.notFound();
    return draft;
  }

  private async findVersion(manager: EntityManager, organizationId: string, draftId: string, version: number): Promise<DraftVersionEntity> {
    const row = await manager.getRepository(DraftVersionEntity).findOne({ where: { organizationId, draftId, version }, relations: { creator: true } });
    if (!row) throw ApiException.notFound();
    return row;
  }
}

function parseVersion(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw ApiException.notFound();
  return Number(value);
}

function answersOf(rows: readonly AssessmentAnswerEntity[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const row of rows) if (row.value !== null) answers[row.questionId] = row.value;
  return answers;
}

/** Paragraphs given as runs: slots are named by id and must be slots this draft has had. */
function fromParagraphs(input: readonly ParagraphDto[], known: Map<string, SlotRun>): Paragraph[] {
  const problems: { field: string; code: string }[] = [];
  const paragraphs = input.map((p, i): Paragraph => ({
    runs: p.runs.map((r, j): Run => {
      if (r.kind === 'slot') {
        const slot = known.get(r.slotId ?? '');
        if (!slot) problems.push({ field: `paragraphs.${i}.runs.${j}.slotId`, code: 'unknown' });
        return slot ?? { kind: 'text', text: '' };
      }
      if (SLOT_MARKER_START.test(r.text ?? '')) problems.push({ field: `paragraphs.${i}.runs.${j}.text`, code: 'slotMarker' });
      return { kind: 'text', text: r.text ?? '' };
    }),
  }));
  if (problems.length > 0) throw ApiException.badRequest('VALIDATION_FAILED', problems);
  return paragraphs.map((p) => ({ runs: p.runs.filter((r) => r.kind === 'slot' || r.text.length > 0) })).filter((p) => p.runs.length > 0);
}

/**
 * Plain text: paragraphs are separated by an empty line; a slot marker exactly as the draft renders it
 * (【要記入：…】 / [To be completed: …]) turns back into that slot, any other marker is refused.
 */
function fromText(text: string, known: Map<string, SlotRun>, language: Draft['language']): Paragraph[] {
  const markers = [...known.values()].map((slot) => ({ slot, marker: slotMarker(slot, language) })).sort((a, b) => b.marker.length - a.marker.length);
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n+/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return blocks.map((block): Paragraph => {
    const runs: Run[] = [];
    let rest = block;
    while (rest.length > 0) {
      let best: { index: number; slot: SlotRun; marker: string } | null = null;
      for (const m of markers) {
        const index = rest.indexOf(m.marker);
        if (index >= 0 && (best === null || index < best.index)) best = { index, ...m };
      }
      if (!best) {
        runs.push({ kind: 'text', text: rest });
        break;
      }
      if (best.index > 0) runs.push({ kind: 'text', text: rest.slice(0, best.index) });
      runs.push(best.slot);
      rest = rest.slice(best.index + best.marker.length);
    }
    for (const r of runs) {
      if (r.kind === 'text' && SLOT_MARKER_START.test(r.text)) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'text', code: 'slotMarker' }]);
    }
    return { runs };
  });
}

function person(id: string | null, user: { displayName: string } | null | undefined): PersonRef | null {
  return id ? { userId: id, displayName: user?.displayName ?? '' } : null;
}

function toSummary(d: DraftEntity, v: Pick<DraftVersionEntity, 'score' | 'completeness'> | undefined): DraftSummary {
  return {
    id: d.id,
    type: d.type,
    language: d.language,
    title: d.title,
    status: d.status,
    currentVersion: d.currentVersion,
    assessmentId: d.assessmentId,
    overall: v?.score?.overall ?? null,
    class: v?.score?.class ?? null,
    completeness: v?.completeness.ratio ?? 0,
    createdBy: person(d.createdBy, d.creator),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

function toVersionSummary(v: DraftVersionEntity): DraftVersionSummary {
  return {
    version: v.version,
    overall: v.score?.overall ?? null,
    completeness: v.completeness.ratio,
    slots: v.completeness.slots,
    note: v.note,
    createdBy: person(v.createdBy, v.creator),
    createdAt: v.createdAt.toISOString(),
  };
}

function toVersionView(v: DraftVersionEntity): DraftVersionView {
  return { ...toVersionSummary(v), draft: v.sections, score: v.score, completenessDetail: v.completeness, text: renderDraftText(v.sections) };
}

function toCommentView(c: DraftCommentEntity): DraftCommentView {
  return {
    id: c.id,
    sectionId: c.sectionId,
    version: c.version,
    kind: c.kind,
    author: person(c.authorId, c.author),
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  };
}
