import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { diffArrays } from 'diff';
import {
  CRITERIA,
  CRITERIA_V2,
  RUBRIC_VERSION_V2,
  VCG_HEADINGS,
  comparePeriods,
  documentPeriod,
  segmentSentences,
  type DisclosureScore,
  type DisclosureComparison,
  type DisclosureCriterionDelta,
  type DisclosureRecord,
  type DisclosureRubric,
  type DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { secondOpinionConfigured } from './second-opinion-config';
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
  type DisclosureTextChange,
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

/** Beyond this many sentence edits the diff falls back to "all removed, all added" rather than stall a request. */
const MAX_DIFF_EDITS = 2000;

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

  /**
   * Two scored texts, older left: by the period each document reports on (「2025年度」 before 「2026年3月期」), by
   * scoring time only when a period is missing or equal. `given` keeps the path's order (the swap button).
   */
  async compare(
    org: OrganizationContext,
    firstId: string,
    secondId: string,
    order: DisclosureCompareOrder = 'document',
  ): Promise<DisclosureComparison> {
    const first = await this.find(org, firstId);
    const second = await this.find(org, secondId);
    const periodOf = (d: DisclosureScoreEntity) => documentPeriod(d.title, d.text);
    const [firstPeriod, secondPeriod] = [periodOf(first), periodOf(second)];
    const byPeriod = comparePeriods(firstPeriod, secondPeriod);
    const swap =
      order === 'document' &&
      (byPeriod > 0 || (byPeriod === 0 && first.createdAt.getTime() > second.createdAt.getTime()));
    const [from, to] = swap ? [second, first] : [first, second];
    const [fromPeriod, toPeriod] = swap ? [secondPeriod, firstPeriod] : [firstPeriod, secondPeriod];
    const { changes, approximate } = diffText(from.text, to.text);
    return {
      from: toSummary(from),
      to: toSummary(to),
      fromPeriod,
      toPeriod,
      order,
      overallDelta: to.overall - from.overall,
      criteria: criterionDeltas(from.result, to.result),
      textDiff: changes,
      textDiffApproximate: approximate,
    };
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

function criterionDeltas(from: DisclosureScore, to: DisclosureScore): DisclosureCriterionDelta[] {
  const before = new Map(from.criteria.map((c) => [c.id, c]));
  const after = new Map(to.criteria.map((c) => [c.id, c]));
  const rows: DisclosureCriterionDelta[] = [];
  for (const c of [...to.criteria, ...from.criteria.filter((x) => !after.has(x.id))]) {
    const a = before.get(c.id);
    const b = after.get(c.id);
    // Nothing to judge is not a level: no difference with a level (or with itself), only the mark on its side.
    const fromNotApplicable = a?.notApplicable === true;
    const toNotApplicable = b?.notApplicable === true;
    rows.push({
      id: c.id,
      key: c.key,
      name: c.name,
      from: a?.score ?? null,
      to: b?.score ?? null,
      delta: a && b && !fromNotApplicable && !toNotApplicable ? b.score - a.score : null,
      ...(fromNotApplicable ? { fromNotApplicable: true as const } : {}),
      ...(toNotApplicable ? { toNotApplicable: true as const } : {}),
    });
  }
  return rows;
}

/** Sentence-level diff: both languages segment the same way the scorer does, so a changed sentence shows whole. */
function diffText(fromText: string, toText: string): { changes: DisclosureTextChange[]; approximate: boolean } {
  const a = segmentSentences(fromText).map((s) => s.text.trim());
  const b = segmentSentences(toText).map((s) => s.text.trim());
  const parts = diffArrays(a, b, { maxEditLength: MAX_DIFF_EDITS });
  if (!parts) {
    return {
      changes: [
        { op: 'removed', sentences: a },
        { op: 'added', sentences: b },
      ].filter((c) => c.sentences.length > 0) as DisclosureTextChange[],
      approximate: true,
    };
  }
  return {
    changes: parts.map((p) => ({ op: p.added ? 'added' : p.removed ? 'removed' : 'equal', sentences: p.value })),
    approximate: false,
  };
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
