import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  buildTransfer,
  previewImport,
  sheetsToTransfer,
  transferToSheets,
  type AssessmentTransfer,
  type ImportPreview,
  type TransferDecision,
  type TransferError,
} from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { AssessmentPlanningService } from './assessment-planning.service';
import { readTransferXlsx, UnreadableXlsxError, writeTransferXlsx } from './assessment-transfer-xlsx';
import { answersOf, type LoadedRound } from './assessment-round';
import { decidedInOf } from './assessment-validation';
import { AssessmentsService } from './assessments.service';
import type { AssessmentEntity } from './entities/assessment.entity';

/** The part of a multer file we use (memory storage). */
export interface ImportFile {
  readonly buffer: Buffer;
  readonly originalname: string;
  readonly size: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CAMEL: Readonly<Record<TransferError['code'], string>> = {
  'not-an-object': 'notAnObject',
  'wrong-format': 'wrongFormat',
  'unsupported-format-version': 'unsupportedFormatVersion',
  'unknown-bank-version': 'unknownBankVersion',
  'newer-bank-version': 'newerBankVersion',
  'wrong-track': 'wrongTrack',
  'invalid-field': 'invalidField',
  'broken-cell': 'brokenCell',
};

function refuse(error: TransferError): ApiException {
  return ApiException.badRequest('IMPORT_INVALID', [{ field: error.at ?? 'file', code: CAMEL[error.code] }]);
}

/** Export of a whole round (JSON, XLSX) and import into a draft round: preview first, write only on confirm. */
@Injectable()
export class AssessmentTransferService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly planning: AssessmentPlanningService,
    private readonly audit: AuditService,
  ) {}

  async exportFile(organizationId: string, id: string): Promise<AssessmentTransfer> {
    const round = await this.assessments.loadRound(organizationId, id);
    const planning = await this.planning.load(this.db.manager, organizationId, id);
    return buildTransfer({
      bankVersion: round.assessment.bankVersion,
      track: round.assessment.track,
      round: round.assessment.round,
      status: round.assessment.status,
      answers: answersOf(round.answers),
      targets: planning.targets,
      scope: planning.scope,
      notes: planning.notes,
      decisions: decisionsOf(round),
      exportedAt: new Date().toISOString(),
    });
  }

  async exportXlsx(organizationId: string, id: string): Promise<Buffer> {
    return writeTransferXlsx(transferToSheets(await this.exportFile(organizationId, id)));
  }

  /** What an import would write; nothing is written. */
  async preview(organizationId: string, id: string, file: ImportFile | undefined): Promise<ImportPreview> {
    const round = await this.planning.findRound(this.db.manager, organizationId, id);
    return this.previewFor(round, file);
  }

  /** Re-reads the same file, re-checks it against the round, and writes answers and planning in one transaction. */
  async confirm(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    file: ImportFile | undefined,
  ): Promise<ImportPreview> {
    const organizationId = org.organizationId;
    // Parse outside the transaction (no lock held while reading the file).
    const unlocked = await this.planning.findRound(this.db.manager, organizationId, id);
    const raw = await this.readFile(file);
    return this.db.transaction(async (manager) => {
      const round = await this.planning.findRound(manager, organizationId, id, true);
      if (round.status !== 'draft' || round.track !== unlocked.track)
        throw new ApiException(409, 'IMPORT_TARGET_NOT_DRAFT');
      const result = previewImport(raw, { track: round.track, bankVersion: round.bankVersion });
      if (!result.ok) throw refuse(result.error);
      const { payload } = result.preview;
      for (const [questionId, value] of Object.entries(payload.answers)) {
        await manager.query(
          `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
           VALUES ($1, $2, $3, $4::jsonb, 1, $5, now(), 'import')
           ON CONFLICT (organization_id, assessment_id, question_id)
           DO UPDATE SET value = EXCLUDED.value, version = assessment_answers.version + 1, answered_by = EXCLUDED.answered_by,
                         answered_at = EXCLUDED.answered_at, source = EXCLUDED.source
            WHERE assessment_answers.value IS DISTINCT FROM EXCLUDED.value`,
          [organizationId, id, questionId, JSON.stringify(value), user.id],
        );
      }
      // An answer the file leaves unchanged keeps its version (and so a decision on it); a changed one is a new answer
      // and waits for review again. The file's decisions become read-only history: they never validate this round.
      await this.planning.write(
        manager,
        organizationId,
        id,
        {
          targets: payload.targets,
          scope: payload.scope,
          notes: payload.notes,
          priorDecisions: payload.priorDecisions,
        },
        user.id,
      );
      await this.audit.record(
        {
          organizationId,
          actorUserId: user.id,
          action: 'assessment.imported',
          target: id,
          data: {
            fromBankVersion: result.preview.fromBankVersion,
            answers: result.preview.mapped.length,
            priorDecisions: Object.keys(payload.priorDecisions).length,
            notImportable: result.preview.notImportable.length,
          },
        },
        manager,
      );
      return result.preview;
    });
  }

  private async previewFor(round: AssessmentEntity, file: ImportFile | undefined): Promise<ImportPreview> {
    if (round.status !== 'draft') throw new ApiException(409, 'IMPORT_TARGET_NOT_DRAFT');
    const raw = await this.readFile(file);
    const result = previewImport(raw, { track: round.track, bankVersion: round.bankVersion });
    if (!result.ok) throw refuse(result.error);
    return result.preview;
  }

  /** JSON or XLSX by content (zip magic), never by name or declared type. */
  private async readFile(file: ImportFile | undefined): Promise<unknown> {
    if (!file || file.size === 0)
      throw ApiException.badRequest('FILE_REQUIRED', [{ field: 'file', code: 'fileRequired' }]);
    const bytes = file.buffer;
    if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
      try {
        const sheets = await readTransferXlsx(bytes);
        const parsed = sheetsToTransfer(sheets);
        if (!parsed.ok) throw refuse(parsed.error);
        return parsed.value;
      } catch (error) {
        if (error instanceof UnreadableXlsxError)
          throw ApiException.badRequest('IMPORT_INVALID', [
            { field: error.at, code: error.at === 'file' ? 'fileUnreadable' : 'brokenCell' },
          ]);
        throw error;
      }
    }
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      throw ApiException.badRequest('IMPORT_INVALID', [{ field: 'file', code: 'fileUnreadable' }]);
    }
  }
}

/** The round's own latest decisions, with the reviewer's name (ids mean nothing in another tool or organization). */
function decisionsOf(round: LoadedRound): Record<string, TransferDecision> {
  const versions = new Map(round.answers.map((a) => [a.questionId, a.version]));
  return Object.fromEntries(
    round.reviews.map((r): [string, TransferDecision] => {
      // Kept in the file: a decision carried from an earlier round still says where it was made.
      const decidedIn = decidedInOf(r);
      return [
        r.questionId,
        {
          decision: r.decision,
          comment: r.comment,
          reviewedBy: r.reviewer?.displayName ?? null,
          reviewedAt: r.reviewedAt.toISOString(),
          current: versions.get(r.questionId) === r.answerVersion,
          ...(decidedIn && { decidedIn }),
        },
      ];
    }),
  );
}
