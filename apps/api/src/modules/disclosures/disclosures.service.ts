import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  CRITERIA,
  CRITERIA_V2,
  RUBRIC_VERSION_V2,
  VCG_HEADINGS,
  type DisclosureScore,
  type DisclosureComparison,
  type DisclosureRecord,
  type DisclosureRubric,
  type DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { secondOpinionConfigured } from './second-opinion-config';
import { compareScoredTexts, type ScoredText } from './compare-scored-texts';
import { ApiException } from '../../common/errors/api-exception';
import { CostlyWorkLimiter } from '../../common/throttle/costly-work-limiter';
import { judgeDisclosureText as score } from './judging/judge-disclosure-text';
import { gradeBasisOf, type StoredCalibration } from '../../common/scoring/grade-basis';
import {
  pageOf,
  type DisclosureCompareOrder,
  type DisclosureListSort,
  type Page,
  type PageRequest,
  DISCLOSURE_DOCUMENT_TYPES,
  DISCLOSURE_UPLOAD_EXTENSIONS,
  MAX_DISCLOSURE_TEXT_CHARS,
  MAX_DISCLOSURE_UPLOAD_BYTES,
  type DisclosureSourceKind,
} from '@ipgn/contracts';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import type { CreateDisclosureDto, DisclosureMetaDto } from './dto/create-disclosure.dto';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { acceptDisclosureUpload, extractDisclosureText } from './extract-disclosure-text';
import { DocumentExtractor } from './document-extractor';

/** The part of a multer file we use (memory storage). */
export interface UploadedDisclosureFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

@Injectable()
export class DisclosuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(DisclosureScoreEntity) private readonly scores: Repository<DisclosureScoreEntity>,
    private readonly audit: AuditService,
    private readonly extractor: DocumentExtractor,
    private readonly organizations: OrganizationsService,
    private readonly limits: CostlyWorkLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  secondOpinionEnabled(): boolean {
    return secondOpinionConfigured(this.config);
  }

  rubric(): DisclosureRubric {
    return {
      rubricVersion: RUBRIC_VERSION_V2,
      // v2 criteria first; v1's stay listed so that results saved before v2 still find their names.
      criteria: [...CRITERIA_V2, ...CRITERIA],
      vcgHeadings: VCG_HEADINGS,
      documentTypes: DISCLOSURE_DOCUMENT_TYPES,
      limits: {
        maxTextChars: MAX_DISCLOSURE_TEXT_CHARS,
        maxUploadBytes: MAX_DISCLOSURE_UPLOAD_BYTES,
        extensions: DISCLOSURE_UPLOAD_EXTENSIONS,
      },
    };
  }

  /**
   * Judges a pasted text and saves it. The actor's judging budget (shared with uploads and investor checks) is
   * charged after the body was validated and before anything is judged: over it, 429 and nothing is written.
   */
  async scoreText(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    dto: CreateDisclosureDto,
  ): Promise<DisclosureRecord> {
    await this.limits.judging(actor.id);
    const result = await score(
      dto.text,
      dto.language,
      'text',
      await this.companyNames(org, dto.companyName),
      dto.documentType,
    );
    return this.save(org, actor, dto, { kind: 'paste', filename: null }, dto.text, result);
  }

  async scoreUpload(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    dto: DisclosureMetaDto,
    file: UploadedDisclosureFile | undefined,
  ): Promise<DisclosureRecord> {
    const { filename, data } = acceptDisclosureUpload(file);
    // Before the document is read: a refused upload costs no extraction either.
    await this.limits.judging(actor.id);
    const text = await extractDisclosureText(this.extractor, data, filename);
    const result = await score(
      text,
      dto.language,
      'file',
      await this.companyNames(org, dto.companyName),
      dto.documentType,
    );
    return this.save(org, actor, dto, { kind: 'upload', filename }, text, result);
  }

  /**
   * One page of the organization's scored texts, newest first or by score (high → low, then newest, then id). The
   * order is total (the id breaks every tie), so consecutive pages neither repeat nor skip a row.
   */
  async list(
    org: OrganizationContext,
    page: PageRequest,
    sort: DisclosureListSort = 'newest',
  ): Promise<Page<DisclosureSummary>> {
    const query = this.scores
      .createQueryBuilder('d')
      .select([
        'd.id',
        'd.title',
        'd.documentType',
        'd.source',
        'd.sourceFilename',
        'd.language',
        'd.overall',
        'd.grade',
        'd.disclosureClass',
        'd.rubricVersion',
        'd.createdBy',
        'd.createdAt',
        'u.id',
        'u.displayName',
      ])
      .leftJoin('d.creator', 'u')
      .where('d.organization_id = :organizationId', { organizationId: org.organizationId });
    if (sort === 'score') query.orderBy('d.overall', 'DESC').addOrderBy('d.createdAt', 'DESC');
    else query.orderBy('d.createdAt', 'DESC');
    const [rows, total] = await query.addOrderBy('d.id', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    // The grades' basis: only the stored calibration of the page's rows, cut out of their results in SQL.
    const calibrations = await this.calibrationsOf(
      org.organizationId,
      rows.map((r) => r.id),
    );
    return pageOf(
      rows.map((r) => toSummary(r, calibrations.get(r.id))),
      total,
      page,
    );
  }

  private async calibrationsOf(organizationId: string, ids: string[]): Promise<Map<string, StoredCalibration | null>> {
    if (ids.length === 0) return new Map();
    const rows = await this.scores
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .addSelect(`d.result -> 'calibration'`, 'calibration')
      .where('d.organization_id = :organizationId', { organizationId })
      .andWhere('d.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; calibration: StoredCalibration | null }>();
    return new Map(rows.map((r) => [r.id, r.calibration]));
  }

  async get(org: OrganizationContext, id: string): Promise<DisclosureRecord> {
    return toRecord(await this.find(org, id), this.secondOpinionEnabled());
  }

  /** Two of the organization's scored texts side by side (compareScoredTexts says in which order). */
  async compare(
    org: OrganizationContext,
    firstId: string,
    secondId: string,
    order: DisclosureCompareOrder = 'document',
  ): Promise<DisclosureComparison> {
    const [first, second] = [await this.find(org, firstId), await this.find(org, secondId)];
    const scored = (row: DisclosureScoreEntity): ScoredText => ({ ...row, summary: toSummary(row) });
    return compareScoredTexts(scored(first), scored(second), order);
  }

  async remove(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DisclosureScoreEntity);
      const row = await repo.findOne({
        where: { id, organizationId: org.organizationId },
        select: { id: true, title: true },
      });
      if (!row) throw ApiException.notFound();
      await repo.delete({ id, organizationId: org.organizationId });
      await this.audit.record(
        { organizationId: org.organizationId, actorUserId: actor.id, action: 'disclosure.deleted', target: row.title },
        manager,
      );
    });
  }

  /**
   * The organization's own names (ja/en from its profile) and, when the text is another company's, the name given
   * with it: the judgement never counts them as specific content.
   */
  private async companyNames(org: OrganizationContext, textCompany?: string): Promise<string[]> {
    const row = await this.organizations.findById(org.organizationId);
    return [row?.legalNameJa, row?.legalNameEn, textCompany].filter(
      (n): n is string => typeof n === 'string' && n.trim().length > 0,
    );
  }

  private async find(org: OrganizationContext, id: string): Promise<DisclosureScoreEntity> {
    const row = await this.scores.findOne({
      where: { id, organizationId: org.organizationId },
      relations: { creator: true },
    });
    if (!row) throw ApiException.notFound();
    return row;
  }

  private async save(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    meta: DisclosureMetaDto,
    source: { kind: DisclosureSourceKind; filename: string | null },
    text: string,
    result: DisclosureScore,
  ): Promise<DisclosureRecord> {
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DisclosureScoreEntity);
      const row = await repo.save(
        repo.create({
          organizationId: org.organizationId,
          title: meta.title,
          documentType: meta.documentType,
          source: source.kind,
          sourceFilename: source.filename,
          language: result.language,
          text,
          result,
          overall: result.overall,
          grade: result.grade,
          disclosureClass: result.class,
          rubricVersion: result.rubricVersion,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: actor.id,
          action: 'disclosure.scored',
          target: meta.title,
          data: { id: row.id, overall: result.overall, source: source.kind },
        },
        manager,
      );
      return row;
    });
    return toRecord(
      { ...saved, creator: { id: actor.id, displayName: actor.displayName } as DisclosureScoreEntity['creator'] },
      this.secondOpinionEnabled(),
    );
  }
}

/** `calibration`: the stored result's, when only the summary columns were read (otherwise from `row.result`). */
function toSummary(
  row: DisclosureScoreEntity,
  calibration: StoredCalibration | null | undefined = row.result?.calibration,
): DisclosureSummary {
  return {
    id: row.id,
    title: row.title,
    documentType: row.documentType,
    source: row.source,
    filename: row.sourceFilename,
    language: row.language,
    overall: row.overall,
    grade: row.grade,
    class: row.disclosureClass,
    gradeBasis: gradeBasisOf(calibration),
    rubricVersion: row.rubricVersion,
    createdBy: row.creator ? { userId: row.creator.id, displayName: row.creator.displayName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toRecord(row: DisclosureScoreEntity, secondOpinionEnabled: boolean): DisclosureRecord {
  return { ...toSummary(row), text: row.text, result: row.result, secondOpinionEnabled };
}
