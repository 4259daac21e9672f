import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { pageOf, type Page, type PageRequest } from '@ipgn/contracts';
import { generateDraft, type CompanyFacts, type DraftDetail, type DraftSummary } from '@ipgn/drafting';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentRoundsService } from '../assessments/assessment-rounds.service';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PublicationsService } from '../publishing/publications.service';
import { toCommentView, toDraftSummary, toVersionView } from './draft-mappers';
import { DraftStore } from './draft-store.service';
import type { CreateDraftDto } from './dto/drafts.dto';
import { CompanyFactsEntity } from './entities/company-facts.entity';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { DraftEntity } from './entities/draft.entity';
import { tokyoDate } from './tokyo-date';

export { ORGANIZATION_TIME_ZONE, tokyoDate } from './tokyo-date';

/** Drafts as a whole: generating one, the list, one draft with its current version, and any version. */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>,
    @InjectRepository(DraftVersionEntity) private readonly versions: Repository<DraftVersionEntity>,
    @InjectRepository(DraftCommentEntity) private readonly comments: Repository<DraftCommentEntity>,
    @InjectRepository(CompanyFactsEntity) private readonly facts: Repository<CompanyFactsEntity>,
    private readonly store: DraftStore,
    private readonly organizations: OrganizationsService,
    private readonly rounds: AssessmentRoundsService,
    private readonly publications: PublicationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Generates a draft from the assessment answers, the company facts and the profile, scores it and saves version 1. */
  async create(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    dto: CreateDraftDto,
    now: Date = new Date(),
  ): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const organization = await this.organizations.findById(organizationId);
    const profile = { listingStatus: organization.listingStatus, companySize: organization.companySize };
    const round = await this.rounds.pickScored(organizationId, dto.assessmentId, profile);
    const facts: CompanyFacts | undefined = (await this.facts.findOne({ where: { organizationId } }))?.facts;
    const draft = generateDraft(dto.type, dto.language, {
      organization: {
        legalNameJa: organization.legalNameJa,
        legalNameEn: organization.legalNameEn,
        listingStatus: organization.listingStatus,
        companySize: organization.companySize,
        industry: organization.industry,
        fiscalYearEndMonth: organization.fiscalYearEndMonth,
        employeeCount: organization.employeeCount,
      },
      answers: round?.answers ?? {},
      ...(round && { result: round.result }),
      ...(facts && { facts }),
      asOf: tokyoDate(now),
    });
    const id = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DraftEntity);
      const row = await repo.save(
        repo.create({
          organizationId,
          type: dto.type,
          language: dto.language,
          title: draft.title.slice(0, 300),
          status: 'draft',
          currentVersion: 1,
          assessmentId: round?.assessment.id ?? null,
          createdBy: actor.id,
        }),
      );
      await this.store.insertVersion(manager, row, 1, draft, actor.id, null);
      await this.audit.record(
        {
          organizationId,
          actorUserId: actor.id,
          action: 'draft.created',
          target: row.title,
          data: { id: row.id, type: dto.type, language: dto.language, assessmentId: row.assessmentId },
        },
        manager,
      );
      return row.id;
    });
    return this.get(org, id);
  }

  /** One page of the organization's drafts, newest first, each with its current version's score (two queries; three with an SME one-pager). */
  async list(org: OrganizationContext, page: PageRequest): Promise<Page<DraftSummary>> {
    const organizationId = org.organizationId;
    const [rows, total] = await this.drafts.findAndCount({
      where: { organizationId },
      relations: { creator: true, reviewer: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    if (rows.length === 0) return pageOf([], total, page);
    const current = await this.versions
      .createQueryBuilder('v')
      .select(['v.draftId', 'v.version', 'v.score', 'v.completeness'])
      .where('v.organization_id = :organizationId', { organizationId })
      .andWhere(
        '(v.draft_id, v.version) IN (SELECT d.id, d.current_version FROM drafts d WHERE d.organization_id = :organizationId AND d.id IN (:...ids))',
        {
          ids: rows.map((d) => d.id),
        },
      )
      .getMany();
    // An SME one-pager's row shows its checklist count, worked out from its text: only those versions' text is read.
    const smeIds = rows.filter((d) => d.type === 'sme-one-pager').map((d) => d.id);
    const smeTexts =
      smeIds.length === 0
        ? []
        : await this.versions
            .createQueryBuilder('v')
            .select(['v.draftId', 'v.sections'])
            .where('v.organization_id = :organizationId', { organizationId })
            .andWhere(
              '(v.draft_id, v.version) IN (SELECT d.id, d.current_version FROM drafts d WHERE d.organization_id = :organizationId AND d.id IN (:...ids))',
              { ids: smeIds },
            )
            .getMany();
    const textOf = new Map(smeTexts.map((v) => [v.draftId, v.sections]));
    const byDraft = new Map(
      current.map((v) => {
        const sections = textOf.get(v.draftId);
        return [v.draftId, sections ? Object.assign(v, { sections }) : v];
      }),
    );
    return pageOf(
      rows.map((d) => toDraftSummary(d, byDraft.get(d.id))),
      total,
      page,
    );
  }

  async get(org: OrganizationContext, id: string): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    const draft = await this.store.findDraft(organizationId, id);
    const version = await this.store.findVersion(organizationId, id, draft.currentVersion);
    const comments = await this.comments.find({
      where: { organizationId, draftId: id },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
    return {
      ...toDraftSummary(draft, version),
      current: toVersionView(version),
      comments: comments.map(toCommentView),
      publications: await this.publications.ofDraft(organizationId, id),
      aiRewriteEnabled: Boolean(this.config.AI_REWRITE_URL && this.config.AI_REWRITE_MODEL),
    };
  }

  /** One version of the draft (404 when the draft or the version is not the organization's). */
  async version(org: OrganizationContext, id: string, version: number): Promise<DraftVersionEntity> {
    await this.store.findDraft(org.organizationId, id);
    return this.store.findVersion(org.organizationId, id, version);
  }
}
