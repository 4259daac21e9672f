import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, type QueryResult } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  SUPPORTED_BANK_VERSIONS,
  TRACKS,
  checkAnswerEditable,
  getQuestion,
  questionsForTrack,
  validateAnswer,
  type AnswerView,
} from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AnswerConflictException, InvalidAnswerException } from './assessment-errors';
import { personOf } from './assessment-round';
import { validationOfRound } from './assessment-validation';
import { AssessmentsService } from './assessments.service';
import type { SaveAnswerDto } from './dto/assessments.dto';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';

interface AnswerRow {
  version: number;
  answered_at: Date;
}

/** Saving one answer (the autosave hot path), with optimistic concurrency. */
@Injectable()
export class AssessmentAnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentsService,
  ) {}

  /**
   * Saves one answer with optimistic concurrency in a single conditional statement: an INSERT that does
   * nothing when a row already exists (expectedVersion 0) or an UPDATE … WHERE version = expected. When two
   * writers race, exactly one statement matches; the other gets 409 with both values.
   */
  async saveAnswer(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    questionId: string,
    dto: SaveAnswerDto,
  ): Promise<AnswerView> {
    const organizationId = org.organizationId;
    // Hot path (autosave): the round's existence, status and track are checked inside the one conditional
    // statement below; only when it matches nothing do we look closer to say why (404, locked or conflict).
    const question = getQuestion(questionId);
    if (!question) throw ApiException.notFound();
    const checked = validateAnswer(question, dto.value);
    if (!checked.ok) throw new InvalidAnswerException(checked.error.code, checked.error.message);

    const json = checked.value === null ? null : JSON.stringify(checked.value);
    const params = [organizationId, id, questionId, json, user.id, askedIn(questionId)];
    // Autosave: one statement straight on the pool (no TypeORM query runner to create and release per save).
    let row = await writeAnswer(
      async (sql, values) => (await this.pool().query<AnswerRow>(sql, values)).rows,
      params,
      dto.expectedVersion,
      'draft',
    );
    // In the validation step a contributor may still fix an answer the reviewer returned (locked check, then write).
    if (!row) row = await this.saveReturnedAnswer(organizationId, id, questionId, params, dto.expectedVersion);
    if (row) {
      return {
        questionId,
        value: checked.value,
        version: row.version,
        answeredBy: { userId: user.id, displayName: user.displayName },
        answeredAt: new Date(row.answered_at).toISOString(),
        source: 'manual',
      };
    }
    // Nothing matched: either the round was submitted meanwhile, or someone else wrote first.
    const now = await this.assessments.findAssessment(organizationId, id);
    if (!askedIn(questionId).includes(`${now.track}|${now.bankVersion}`)) throw ApiException.notFound();
    if (now.status === 'submitted') throw new ApiException(409, 'ASSESSMENT_LOCKED');
    const current = await this.db.getRepository(AssessmentAnswerEntity).findOne({
      where: { organizationId, assessmentId: id, questionId },
      relations: { answerer: true },
    });
    throw new AnswerConflictException({
      current: current
        ? {
            value: current.value,
            version: current.version,
            answeredBy: personOf(current.answeredBy, current.answerer),
            answeredAt: current.answeredAt.toISOString(),
          }
        : { value: null, version: 0, answeredBy: null, answeredAt: null },
      yours: checked.value,
    });
  }

  /** Writes an answer of a round in review when the domain says it may change (it was returned); else undefined. */
  private async saveReturnedAnswer(
    organizationId: string,
    id: string,
    questionId: string,
    params: unknown[],
    expectedVersion: number,
  ): Promise<AnswerRow | undefined> {
    return this.db.transaction(async (manager) => {
      const now = await this.assessments.findAssessment(organizationId, id, manager, true);
      if (now.status !== 'in_review' || !askedIn(questionId).includes(`${now.track}|${now.bankVersion}`))
        return undefined;
      const round = await this.assessments.loadRound(organizationId, id, {}, manager);
      const editable = checkAnswerEditable(
        now.status,
        validationOfRound(round).items.find((i) => i.questionId === questionId),
      );
      if (!editable.ok) throw new ApiException(409, 'ANSWER_NOT_RETURNED');
      const runner = manager.queryRunner;
      if (!runner) throw new Error('transaction without a query runner');
      return writeAnswer(
        async (sql, values) => ((await runner.query(sql, values, true)) as QueryResult<AnswerRow>).records,
        params,
        expectedVersion,
        'in_review',
      );
    });
  }

  /** The pg pool under the module's DataSource (the same connections and settings TypeORM uses). */
  private pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }
}

/**
 * One conditional statement: an INSERT that does nothing when a row already exists (expectedVersion 0) or an
 * UPDATE … WHERE version = expected, both only while the round has the given status and asks the question.
 */
async function writeAnswer(
  run: (sql: string, values: unknown[]) => Promise<AnswerRow[]>,
  params: unknown[],
  expectedVersion: number,
  status: 'draft' | 'in_review',
): Promise<AnswerRow | undefined> {
  const roundOpen = `EXISTS (SELECT 1 FROM assessments a WHERE a.organization_id = $1 AND a.id = $2 AND a.status = '${status}' AND (a.track || '|' || a.bank_version) = ANY($6::text[]))`;
  const sql =
    expectedVersion === 0
      ? `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
         SELECT $1, $2, $3, $4::jsonb, 1, $5, now(), 'manual' WHERE ${roundOpen}
         ON CONFLICT (organization_id, assessment_id, question_id) DO NOTHING
         RETURNING version, answered_at`
      : `UPDATE assessment_answers
            SET value = $4::jsonb, version = version + 1, answered_by = $5, answered_at = now(), source = 'manual'
          WHERE organization_id = $1 AND assessment_id = $2 AND question_id = $3 AND version = $7 AND ${roundOpen}
         RETURNING version, answered_at`;
  const rows = await run(sql, expectedVersion === 0 ? params : [...params, expectedVersion]);
  return rows[0];
}

/** 'track|bankVersion' pairs in which a question is asked (cached: the bank is static). */
const ASKED_IN = new Map<string, string[]>();
function askedIn(questionId: string): string[] {
  let pairs = ASKED_IN.get(questionId);
  if (!pairs) {
    pairs = TRACKS.flatMap((track) =>
      SUPPORTED_BANK_VERSIONS.filter((v) => questionsForTrack(track, v).some((q) => q.id === questionId)).map(
        (v) => `${track}|${v}`,
      ),
    );
    ASKED_IN.set(questionId, pairs);
  }
  return pairs;
}
