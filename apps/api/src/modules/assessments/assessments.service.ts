import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError, type QueryResult, type QueryRunner } from 'typeorm';
import { pageOf, type Page, type PageRequest } from '@ipgn/contracts';
import {
  BANK_VERSION,
  SUPPORTED_BANK_VERSIONS,
  TRACKS,
  checkAnswerEditable,
  checkFinalize,
  compareRounds,
  countedAnswers,
  getBank,
  getQuestion,
  progress,
  questionsForTrack,
  scoreAssessment,
  smePrefill,
  validateAnswer,
  visibleQuestions,
  type AnswerValue,
  type Answers,
  type AssessmentProfile,
  type AssessmentResult,
  type AssessmentScope,
  type AssessmentTargets,
  type ModuleId,
  type RoundComparison,
  type Track,
} from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { AnswerConflictException, InvalidAnswerException } from './assessment-errors';
import { copyPreviousRound } from './assessment-round-copy';
import type {
  AnswerView,
  AssessmentBankView,
  AssessmentDetail,
  AssessmentSummary,
  AssignmentView,
  PersonRef,
} from './dto/assessment-views';
import type { AssignModuleDto, SaveAnswerDto } from './dto/assessments.dto';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentAssignmentEntity } from './entities/assessment-assignment.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentPlanningEntity } from './entities/assessment-planning.entity';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';
import { toValidationView, validationOfRound } from './assessment-validation';

/** Everything needed to score or export one round. */
export interface LoadedRound {
  assessment: AssessmentEntity;
  organization: OrganizationEntity;
  answers: AssessmentAnswerEntity[];
  profile: AssessmentProfile;
  /** Targets and scope of the round (empty when none were saved). */
  planning?: { targets: AssessmentTargets; scope: AssessmentScope };
  /** The latest accept/return decision per answer (validation step). */
  reviews: AssessmentReviewEntity[];
}

interface AnswerRow {
  version: number;
  answered_at: Date;
}

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** The current question bank for a track, both languages side by side. */
  bank(track: Track, version: string = BANK_VERSION): AssessmentBankView {
    const bank = getBank(version);
    if (!bank) throw ApiException.notFound();
    const questions = questionsForTrack(track, version);
    const modules = bank.modules.filter((m) => questions.some((q) => q.module === m.id));
    return { version: bank.version, track, modules, questions, glossary: bank.glossary };
  }

  /** One page of the organization's rounds, newest first, with their progress (the page's answers in one query). */
  async list(organizationId: string, page: PageRequest): Promise<Page<AssessmentSummary>> {
    const [rows, total] = await this.db.getRepository(AssessmentEntity).findAndCount({
      where: { organizationId },
      relations: { creator: true, submitter: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    if (rows.length === 0) return pageOf([], total, page);
    const profile = await this.profileOf(this.db.manager, organizationId);
    const answers = await this.db
      .getRepository(AssessmentAnswerEntity)
      .find({ where: { organizationId, assessmentId: In(rows.map((a) => a.id)) } });
    const byRound = new Map<string, AssessmentAnswerEntity[]>();
    for (const a of answers) byRound.set(a.assessmentId, [...(byRound.get(a.assessmentId) ?? []), a]);
    return pageOf(
      rows.map((a) => toSummary(a, answersOf(byRound.get(a.id) ?? []), profile)),
      total,
      page,
    );
  }

  /**
   * Starts a new round. A round starts from a copy of the answers of the latest submitted round of the same
   * track, with the validation decisions that still apply to them (assessment-round-copy.ts); only one draft per
   * track may be open at a time.
   */
  async start(org: OrganizationContext, user: AuthenticatedUser, track: Track): Promise<AssessmentDetail> {
    const organizationId = org.organizationId;
    let id: string;
    try {
      id = await this.db.transaction(async (manager) => {
        const repo = manager.getRepository(AssessmentEntity);
        const existing = await repo.find({ where: { organizationId, track }, order: { round: 'DESC' } });
        if (existing.some((a) => a.status !== 'submitted')) throw new ApiException(409, 'ASSESSMENT_DRAFT_EXISTS');
        const previous = existing.find((a) => a.status === 'submitted') ?? null;
        const created = await repo.save(
          repo.create({
            organizationId,
            track,
            bankVersion: BANK_VERSION,
            round: (existing[0]?.round ?? 0) + 1,
            status: 'draft',
            copiedFrom: previous?.id ?? null,
            createdBy: user.id,
          }),
        );
        // Answers still asked, with the validation decisions on them (those on an unchanged answer still count).
        const carried = previous
          ? await copyPreviousRound(manager, previous, { id: created.id, track, bankVersion: BANK_VERSION })
          : null;
        if (track === 'sme')
          await prefillFromProfile(
            manager,
            await this.organizations.findById(organizationId, manager),
            created.id,
            track,
            user.id,
          );
        await this.audit.record(
          {
            organizationId,
            actorUserId: user.id,
            action: 'assessment.started',
            target: created.id,
            data: {
              track,
              round: created.round,
              copiedFrom: created.copiedFrom,
              ...(carried && { copiedAnswers: carried.answers, carriedDecisions: carried.decisions }),
            },
          },
          manager,
        );
        return created.id;
      });
    } catch (error) {
      // Two starts at the same moment: the unique (organization, track, round) index lets only one win.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ApiException(409, 'ASSESSMENT_DRAFT_EXISTS');
      }
      throw error;
    }
    return this.detail(organizationId, id);
  }

  async detail(organizationId: string, id: string): Promise<AssessmentDetail> {
    const round = await this.loadRound(organizationId, id, { creator: true, submitter: true });
    const assignments = await this.db.getRepository(AssessmentAssignmentEntity).find({
      where: { organizationId, assessmentId: id },
      relations: { user: true },
      order: { moduleId: 'ASC' },
    });
    const answers = answersOf(round.answers);
    const { track } = round.assessment;
    return {
      ...toSummary(round.assessment, answers, round.profile),
      profile: { listingStatus: round.profile.listingStatus, companySize: round.profile.companySize },
      answers: round.answers.map(toAnswerView),
      assignments: assignments.map((a): AssignmentView => ({
        moduleId: a.moduleId,
        assignee: { userId: a.userId, displayName: a.user?.displayName ?? '' },
      })),
      progressDetail: progress(track, answers, round.profile, round.assessment.bankVersion),
      visibleQuestionIds: visibleQuestions(track, answers, round.profile, round.assessment.bankVersion).map(
        (q) => q.id,
      ),
      validation: toValidationView(round, validationOfRound(round)),
    };
  }

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
    const runner = this.db.createQueryRunner();
    let row: AnswerRow | undefined;
    try {
      row = await writeAnswer(runner, params, dto.expectedVersion, 'draft');
    } finally {
      await runner.release();
    }
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
    const now = await this.findAssessment(this.db.manager, organizationId, id);
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
      const now = await this.findAssessment(manager, organizationId, id, true);
      if (now.status !== 'in_review' || !askedIn(questionId).includes(`${now.track}|${now.bankVersion}`))
        return undefined;
      const round = await this.loadRound(organizationId, id, {}, manager);
      const editable = checkAnswerEditable(
        now.status,
        validationOfRound(round).items.find((i) => i.questionId === questionId),
      );
      if (!editable.ok) throw new ApiException(409, 'ANSWER_NOT_RETURNED');
      if (!manager.queryRunner) throw new Error('transaction without a query runner');
      return writeAnswer(manager.queryRunner, params, expectedVersion, 'in_review');
    });
  }

  async assign(
    org: OrganizationContext,
    actorUserId: string,
    id: string,
    moduleId: string,
    dto: AssignModuleDto,
  ): Promise<AssignmentView[]> {
    const organizationId = org.organizationId;
    const assessment = await this.findAssessment(this.db.manager, organizationId, id);
    if (!questionsForTrack(assessment.track, assessment.bankVersion).some((q) => q.module === moduleId))
      throw ApiException.notFound();
    if (assessment.status !== 'draft') throw new ApiException(409, 'ASSESSMENT_LOCKED');
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(AssessmentAssignmentEntity);
      if (dto.userId === null) {
        await repo.delete({ organizationId, assessmentId: id, moduleId: moduleId as ModuleId });
      } else {
        const member = await this.organizations.membership(organizationId, dto.userId, manager);
        if (!member) throw ApiException.badRequest('ASSIGNEE_NOT_MEMBER', [{ field: 'userId', code: 'unknown' }]);
        await repo.upsert({ organizationId, assessmentId: id, moduleId: moduleId as ModuleId, userId: dto.userId }, [
          'organizationId',
          'assessmentId',
          'moduleId',
        ]);
      }
      await this.audit.record(
        {
          organizationId,
          actorUserId,
          action: 'assessment.module_assigned',
          target: id,
          data: { moduleId, userId: dto.userId },
        },
        manager,
      );
    });
    const rows = await this.db.getRepository(AssessmentAssignmentEntity).find({
      where: { organizationId, assessmentId: id },
      relations: { user: true },
      order: { moduleId: 'ASC' },
    });
    return rows.map((a) => ({
      moduleId: a.moduleId,
      assignee: { userId: a.userId, displayName: a.user?.displayName ?? '' },
    }));
  }

  /**
   * Locks the round: answers can no longer change. A round in the validation step can be submitted only when every
   * answer that needs a decision has been accepted.
   */
  async submit(org: OrganizationContext, actorUserId: string, id: string): Promise<AssessmentDetail> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const round = await this.loadRound(organizationId, id, {}, manager, true);
      const { assessment } = round;
      // Submitting twice (a double click, a second tab) reaches the same state: answer it, record nothing new.
      if (assessment.status === 'submitted') return;
      const check = checkFinalize(assessment.status, validationOfRound(round));
      if (!check.ok)
        throw new ApiException(
          409,
          check.code === 'validation-incomplete' ? 'VALIDATION_INCOMPLETE' : 'ASSESSMENT_LOCKED',
        );
      await manager
        .getRepository(AssessmentEntity)
        .update({ organizationId, id }, { status: 'submitted', submittedAt: new Date(), submittedBy: actorUserId });
      await this.audit.record(
        {
          organizationId,
          actorUserId,
          action: 'assessment.submitted',
          target: id,
          data: {
            track: assessment.track,
            round: assessment.round,
            validated: assessment.validationRequestedAt !== null,
          },
        },
        manager,
      );
    });
    return this.detail(organizationId, id);
  }

  async results(organizationId: string, id: string): Promise<AssessmentResult> {
    return scoreRound(await this.loadRound(organizationId, id));
  }

  /** The scores of the organization's most recently submitted round (any track), or null when none is submitted. */
  async latestSubmittedResult(organizationId: string): Promise<AssessmentResult | null> {
    const latest = await this.db.getRepository(AssessmentEntity).findOne({
      where: { organizationId, status: 'submitted' },
      order: { submittedAt: 'DESC', id: 'ASC' },
    });
    return latest ? scoreRound(await this.loadRound(organizationId, latest.id)) : null;
  }

  /** Compares two rounds of the organization, the earlier one first whatever the order in the path. */
  async compare(organizationId: string, id: string, otherId: string): Promise<RoundComparison> {
    const a = await this.loadRound(organizationId, id);
    const b = await this.loadRound(organizationId, otherId);
    const [earlier, later] = a.assessment.createdAt <= b.assessment.createdAt ? [a, b] : [b, a];
    return compareRounds(scoreRound(earlier), scoreRound(later));
  }

  /** The round, its answers (with who gave them), decisions and the organization profile; 404 outside the organization. */
  async loadRound(
    organizationId: string,
    id: string,
    relations: { creator?: boolean; submitter?: boolean } = {},
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<LoadedRound> {
    const assessment = await manager.getRepository(AssessmentEntity).findOne({
      where: { organizationId, id },
      relations,
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!assessment) throw ApiException.notFound();
    const organization = await this.organizations.findById(organizationId, manager);
    const answers = await manager.getRepository(AssessmentAnswerEntity).find({
      where: { organizationId, assessmentId: id },
      relations: { answerer: true },
    });
    const planning = await manager
      .getRepository(AssessmentPlanningEntity)
      .findOne({ where: { organizationId, assessmentId: id } });
    const reviews = await manager
      .getRepository(AssessmentReviewEntity)
      .find({ where: { organizationId, assessmentId: id }, relations: { reviewer: true } });
    return {
      assessment,
      organization,
      answers,
      profile: { listingStatus: organization.listingStatus, companySize: organization.companySize },
      ...(planning && { planning: { targets: planning.targets, scope: planning.scope } }),
      reviews,
    };
  }

  private async findAssessment(
    manager: EntityManager,
    organizationId: string,
    id: string,
    lock = false,
  ): Promise<AssessmentEntity> {
    const assessment = await manager
      .getRepository(AssessmentEntity)
      .findOne({ where: { organizationId, id }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!assessment) throw ApiException.notFound();
    return assessment;
  }

  private async profileOf(manager: EntityManager, organizationId: string): Promise<AssessmentProfile> {
    const org = await this.organizations.findById(organizationId, manager);
    return { listingStatus: org.listingStatus, companySize: org.companySize };
  }
}

/**
 * One conditional statement: an INSERT that does nothing when a row already exists (expectedVersion 0) or an
 * UPDATE … WHERE version = expected, both only while the round has the given status and asks the question.
 */
async function writeAnswer(
  runner: QueryRunner,
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
  const result = (await runner.query(
    sql,
    expectedVersion === 0 ? params : [...params, expectedVersion],
    true,
  )) as QueryResult<AnswerRow>;
  return result.records[0];
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

/** A new SME round starts with what the owner already told us at sign-up (whether they sell abroad). */
async function prefillFromProfile(
  manager: EntityManager,
  org: OrganizationEntity,
  assessmentId: string,
  track: Track,
  userId: string,
): Promise<void> {
  if (track !== 'sme') return;
  const organizationId = org.id;
  for (const [questionId, value] of Object.entries(smePrefill({ sellsAbroad: org.sellsAbroad }))) {
    await manager.query(
      `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
       VALUES ($1, $2, $3, $4::jsonb, 1, $5, now(), 'copied')
       ON CONFLICT (organization_id, assessment_id, question_id) DO NOTHING`,
      [organizationId, assessmentId, questionId, JSON.stringify(value), userId],
    );
  }
}

export function answersOf(rows: readonly AssessmentAnswerEntity[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const row of rows) if (row.value !== null) answers[row.questionId] = row.value;
  return answers;
}

export function scoreRound(round: LoadedRound): AssessmentResult {
  const answers = answersOf(round.answers);
  return scoreAssessment({
    track: round.assessment.track,
    // Once validation is on, a claim still pending or returned counts as unanswered.
    answers: round.assessment.validationRequestedAt ? countedAnswers(answers, validationOfRound(round)) : answers,
    profile: round.profile,
    bankVersion: round.assessment.bankVersion,
    ...(round.planning && { targets: round.planning.targets, scope: round.planning.scope }),
  });
}

function personOf(userId: string | null, user: { displayName: string } | null | undefined): PersonRef | null {
  return userId ? { userId, displayName: user?.displayName ?? '' } : null;
}

function toAnswerView(a: AssessmentAnswerEntity): AnswerView {
  return {
    questionId: a.questionId,
    value: a.value,
    version: a.version,
    answeredBy: personOf(a.answeredBy, a.answerer),
    answeredAt: a.answeredAt.toISOString(),
    source: a.source,
  };
}

function toSummary(a: AssessmentEntity, answers: Answers, profile: AssessmentProfile): AssessmentSummary {
  const p = progress(a.track, answers, profile, a.bankVersion).overall;
  return {
    id: a.id,
    track: a.track,
    bankVersion: a.bankVersion,
    round: a.round,
    status: a.status,
    copiedFrom: a.copiedFrom,
    createdBy: personOf(a.createdBy, a.creator),
    createdAt: a.createdAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submittedBy: personOf(a.submittedBy, a.submitter),
    progress: { answered: p.answered, visible: p.visible, ratio: p.ratio },
  };
}
