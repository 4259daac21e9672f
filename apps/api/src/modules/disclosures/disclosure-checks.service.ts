import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type {
  DisclosureComparison,
  DisclosureRecord,
  DisclosureScore,
  DisclosureSummary,
} from '@ipgn/disclosure-scoring';
import {
  pageOf,
  type DisclosureCompareOrder,
  type DisclosureListSort,
  type DisclosureSourceKind,
  type Page,
  type PageRequest,
} from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { CostlyWorkLimiter } from '../../common/throttle/costly-work-limiter';
import type { CreateDisclosureCheckDto, DisclosureCheckMetaDto } from './dto/create-disclosure-check.dto';
import { DisclosureCheckEntity } from './entities/disclosure-check.entity';
import { acceptDisclosureUpload, extractDisclosureText } from './extract-disclosure-text';
import { DocumentExtractor } from './document-extractor';
import { judgeDisclosureText } from './judging/judge-disclosure-text';
import { gradeBasisOf, type StoredCalibration } from '../../common/scoring/grade-basis';
import type { UploadedDisclosureFile } from './disclosures.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { secondOpinionConfigured } from './second-opinion-config';
import { compareScoredTexts } from './compare-scored-texts';

/**
 * An investor's own disclosure checks: any company's text judged exactly as a company's (same worker pool, same
 * limits), kept in a personal history that only its owner reads. Investor accounts only (403 `INVESTOR_ONLY`);
 * another user's id is 404, as a missing one.
 */
@Injectable()
export class DisclosureChecksService {
  constructor(
    @InjectRepository(DisclosureCheckEntity) private readonly checks: Repository<DisclosureCheckEntity>,
    private readonly extractor: DocumentExtractor,
    private readonly limits: CostlyWorkLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async checkText(user: AuthenticatedUser, dto: CreateDisclosureCheckDto): Promise<DisclosureRecord> {
    assertInvestor(user);
    const earlier = await this.earlier(user, dto.submissionId);
    if (earlier) return earlier;
    await this.limits.judging(user.id);
    const result = await judgeDisclosureText(dto.text, dto.language, 'text', namesOf(dto), dto.documentType);
    return this.save(user, dto, { kind: 'paste', filename: null }, dto.text, result);
  }

  async checkUpload(
    user: AuthenticatedUser,
    dto: DisclosureCheckMetaDto,
    file: UploadedDisclosureFile | undefined,
  ): Promise<DisclosureRecord> {
    assertInvestor(user);
    const earlier = await this.earlier(user, dto.submissionId);
    if (earlier) return earlier;
    const { filename, data } = acceptDisclosureUpload(file);
    await this.limits.judging(user.id);
    const text = await extractDisclosureText(this.extractor, data, filename);
    const result = await judgeDisclosureText(text, dto.language, 'file', namesOf(dto), dto.documentType);
    return this.save(user, dto, { kind: 'upload', filename }, text, result);
  }

  /** One page of the user's own checks, newest first (the id breaks ties, so pages neither repeat nor skip). */
  /** The user's checks, newest first or by score (high → low, then newest, then id: stable across pages). */
  async list(
    user: AuthenticatedUser,
    page: PageRequest,
    sort: DisclosureListSort = 'newest',
  ): Promise<Page<DisclosureSummary>> {
    assertInvestor(user);
    const [rows, total] = await this.checks.findAndCount({
      where: { userId: user.id },
      select: {
        id: true,
        title: true,
        companyName: true,
        documentType: true,
        source: true,
        sourceFilename: true,
        language: true,
        overall: true,
        grade: true,
        disclosureClass: true,
        rubricVersion: true,
        createdAt: true,
      },
      order: sort === 'score' ? { overall: 'DESC', createdAt: 'DESC', id: 'DESC' } : { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    const calibrations = await this.calibrationsOf(
      user.id,
      rows.map((r) => r.id),
    );
    return pageOf(
      rows.map((r) => toSummary(r, calibrations.get(r.id))),
      total,
      page,
    );
  }

  /** The stored calibration of the listed checks (the grades' basis), cut out of their results in SQL. */
  private async calibrationsOf(userId: string, ids: string[]): Promise<Map<string, StoredCalibration | null>> {
    if (ids.length === 0) return new Map();
    const rows = await this.checks
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect(`c.result -> 'calibration'`, 'calibration')
      .where('c.user_id = :userId', { userId })
      .andWhere('c.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; calibration: StoredCalibration | null }>();
    return new Map(rows.map((r) => [r.id, r.calibration]));
  }

  async get(user: AuthenticatedUser, id: string): Promise<DisclosureRecord> {
    assertInvestor(user);
    return toRecord(await this.find(user, id), secondOpinionConfigured(this.config));
  }

  /**
   * Two of the investor's own checks side by side — usually two companies' documents (document A and B, no text diff
   * in the web app), or two versions of one. Another user's id is 404 on either side.
   */
  async compare(
    user: AuthenticatedUser,
    firstId: string,
    secondId: string,
    order: DisclosureCompareOrder = 'document',
  ): Promise<DisclosureComparison> {
    assertInvestor(user);
    const [first, second] = [await this.find(user, firstId), await this.find(user, secondId)];
    return compareScoredTexts(
      { ...first, summary: toSummary(first) },
      { ...second, summary: toSummary(second) },
      order,
    );
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    assertInvestor(user);
    const { affected } = await this.checks.delete({ id, userId: user.id });
    if (!affected) throw ApiException.notFound();
  }

  private async find(user: AuthenticatedUser, id: string): Promise<DisclosureCheckEntity> {
    const row = await this.checks.findOne({ where: { id, userId: user.id } });
    if (!row) throw ApiException.notFound();
    return row;
  }

  /** The record a submission id already made (a resent form): answered again, not judged or counted again. */
  private async earlier(user: AuthenticatedUser, submissionId: string | undefined): Promise<DisclosureRecord | null> {
    if (!submissionId) return null;
    const row = await this.checks.findOne({ where: { userId: user.id, submissionId } });
    return row ? toRecord(row, secondOpinionConfigured(this.config)) : null;
  }

  private async save(
    user: AuthenticatedUser,
    meta: DisclosureCheckMetaDto,
    source: { kind: DisclosureSourceKind; filename: string | null },
    text: string,
    result: DisclosureScore,
  ): Promise<DisclosureRecord> {
    const companyName = meta.companyName ? meta.companyName : null;
    try {
      const row = await this.checks.save(
        this.checks.create({
          userId: user.id,
          submissionId: meta.submissionId ?? null,
          title: meta.title || companyName || '',
          companyName,
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
        }),
      );
      return toRecord(row, secondOpinionConfigured(this.config));
    } catch (error) {
      // The same submission judged twice at once (two requests in flight): the first one's row is the answer.
      if (isUniqueViolation(error) && meta.submissionId) {
        const earlier = await this.earlier(user, meta.submissionId);
        if (earlier) return earlier;
      }
      throw error;
    }
  }
}

function assertInvestor(user: AuthenticatedUser): void {
  if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
}

/** Only the name given with the text: an investor's account has no organization whose names would stand in. */
function namesOf(meta: DisclosureCheckMetaDto): string[] {
  return meta.companyName ? [meta.companyName] : [];
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** `calibration`: the stored result's, when only the summary columns were read (otherwise from `row.result`). */
function toSummary(
  row: DisclosureCheckEntity,
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
    // Always the reader's own: no name to show.
    createdBy: null,
    createdAt: row.createdAt.toISOString(),
    companyName: row.companyName,
  };
}

/** The same shape as an organization's saved judgement, so the web app shows it with the same view. */
function toRecord(row: DisclosureCheckEntity, secondOpinionEnabled: boolean): DisclosureRecord {
  return { ...toSummary(row), text: row.text, result: row.result, secondOpinionEnabled };
}
