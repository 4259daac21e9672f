import { Injectable, type MessageEvent } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomInt } from 'node:crypto';
import { Observable } from 'rxjs';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { getBank, getQuestion, isScorable, validateAnswer, type AnswerValue, type ModuleId, type Question } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import { isUuid } from '../../common/http/is-uuid';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { InvalidAnswerException } from '../assessments/assessment-errors';
import { scoreRound } from '../assessments/assessments.service';
import { AssessmentAnswerEntity } from '../assessments/entities/assessment-answer.entity';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import type {
  AdvisorClientView,
  AppliedToAssessmentView,
  JoinedView,
  ParticipantAnswerView,
  ParticipantWorkshopView,
  WorkshopStateView,
  WorkshopView,
} from './dto/workshop-views';
import type { AgreedAnswerDto, ApplyToAssessmentDto, CreateWorkshopDto, JoinAsMemberDto, JoinWorkshopDto, ParticipantAnswerDto, UpdateWorkshopDto, WorkshopStateDto } from './dto/workshops.dto';
import { MAX_WORKSHOP_QUESTIONS } from './dto/workshops.dto';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import { hashParticipantToken, type ParticipantContext } from './participant-token.guard';
import type { WorkshopDepartment } from './workshop-departments';
import { WorkshopEventBus, type WorkshopEvent } from './workshop-event-bus';
import { computeWorkshopResults, type WorkshopResponse, type WorkshopResults } from './workshop-results';

/** No 0/O, 1/I/L: a code read off a projector must not be misread. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** A participant token lives at most this long (and dies earlier when the workshop closes). */
export const PARTICIPANT_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;
const HEARTBEAT_MS = 25_000;

/** Workshop questions are perception questions: ladders and scored choices (facts and free text are not). */
export function isWorkshopQuestion(q: Question): boolean {
  return (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') && isScorable(q);
}

function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

function stateOf(w: WorkshopEntity): WorkshopStateView {
  return {
    status: w.status,
    currentQuestionIndex: w.currentQuestionIndex,
    currentQuestionId: w.questionIds[w.currentQuestionIndex] ?? null,
    questionCount: w.questionIds.length,
    resultsVisible: w.resultsVisible,
    lockedQuestionIds: w.lockedQuestionIds,
    timerEndsAt: w.timerEndsAt?.toISOString() ?? null,
  };
}

interface LatestAnswerRow {
  participant_id: string;
  question_id: string;
  value: AnswerValue | null;
}

@Injectable()
export class WorkshopsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly bus: WorkshopEventBus,
  ) {}

  // ——— Facilitator: CRUD ———

  async list(organizationId: string): Promise<WorkshopView[]> {
    const rows = await this.db.getRepository(WorkshopEntity).find({ where: { organizationId }, order: { scheduledAt: 'DESC', createdAt: 'DESC' } });
    return Promise.all(rows.map((w) => this.toView(w)));
  }

  async create(org: OrganizationContext, user: AuthenticatedUser, dto: CreateWorkshopDto): Promise<WorkshopView> {
    const questionIds = resolveQuestionIds(dto.modules, dto.questionIds);
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(WorkshopEntity);
      const created = await repo.save(
        repo.create({
          organizationId: org.organizationId,
          title: dto.title,
          questionIds,
          departments: dto.departments,
          anonymity: dto.anonymity,
          scheduledAt: new Date(dto.scheduledAt),
          status: 'draft',
          lockedQuestionIds: [],
          agreedAnswers: {},
          createdBy: user.id,
        }),
      );
      await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.created', target: created.id, data: { title: dto.title } }, manager);
      return created;
    });
    return this.toView(saved);
  }

  async detail(organizationId: string, id: string): Promise<WorkshopView> {
    return this.toView(await this.find(this.db.manager, organizationId, id));
  }

  async update(org: OrganizationContext, user: AuthenticatedUser, id: string, dto: UpdateWorkshopDto): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status !== 'draft') throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
    const changes: Partial<WorkshopEntity> = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.modules !== undefined || dto.questionIds !== undefined) changes.questionIds = resolveQuestionIds(dto.modules, dto.questionIds);
    if (dto.departments !== undefined) changes.departments = dto.departments;
    if (dto.anonymity !== undefined) changes.anonymity = dto.anonymity;
    if (dto.scheduledAt !== undefined) changes.scheduledAt = new Date(dto.scheduledAt);
    await this.db.transaction(async (manager) => {
      const result = await manager.getRepository(WorkshopEntity).update({ organizationId: org.organizationId, id, status: 'draft' }, changes);
      if (!result.affected) throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
      await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.updated', target: id, data: { fields: Object.keys(changes) } }, manager);
    });
    return this.detail(org.organizationId, id);
  }

  async remove(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<void> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status === 'live') throw new ApiException(409, 'WORKSHOP_LIVE');
    await this.db.transaction(async (manager) => {
      await manager.getRepository(WorkshopEntity).delete({ organizationId: org.organizationId, id });
      await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.deleted', target: id, data: { title: workshop.title } }, manager);
    });
  }

  // ——— Facilitator: running the session ———

  /** Draft → live, with a fresh join code unique among live workshops (retried on the rare collision). */
  async start(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status !== 'draft') throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
    for (let attempt = 0; ; attempt++) {
      try {
        await this.db.transaction(async (manager) => {
          const result = await manager
            .getRepository(WorkshopEntity)
            .update({ organizationId: org.organizationId, id, status: 'draft' }, { status: 'live', joinCode: newJoinCode(), startedAt: new Date(), currentQuestionIndex: 0 });
          if (!result.affected) throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
          await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.started', target: id }, manager);
        });
        break;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
    return this.publishState(org.organizationId, id);
  }

  /** Live → closed. Every participant token of the workshop expires now. */
  async close(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    await this.db.transaction(async (manager) => {
      const now = new Date();
      const result = await manager.getRepository(WorkshopEntity).update({ organizationId: org.organizationId, id, status: 'live' }, { status: 'closed', closedAt: now, timerEndsAt: null });
      if (!result.affected) throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
      await manager.getRepository(WorkshopParticipantEntity).update({ organizationId: org.organizationId, workshopId: id }, { expiresAt: now });
      await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.closed', target: id }, manager);
    });
    return this.publishState(org.organizationId, id);
  }

  async setState(org: OrganizationContext, id: string, dto: WorkshopStateDto): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    const problems: { field: string; code: string }[] = [];
    if (dto.currentQuestionIndex !== undefined && dto.currentQuestionIndex >= workshop.questionIds.length) problems.push({ field: 'currentQuestionIndex', code: 'unknown' });
    if (dto.lockQuestionId !== undefined && !workshop.questionIds.includes(dto.lockQuestionId)) problems.push({ field: 'lockQuestionId', code: 'unknown' });
    if (dto.unlockQuestionId !== undefined && !workshop.questionIds.includes(dto.unlockQuestionId)) problems.push({ field: 'unlockQuestionId', code: 'unknown' });
    if (problems.length) throw ApiException.badRequest('VALIDATION_FAILED', problems);

    const changes: Partial<WorkshopEntity> = {};
    if (dto.currentQuestionIndex !== undefined) changes.currentQuestionIndex = dto.currentQuestionIndex;
    if (dto.resultsVisible !== undefined) changes.resultsVisible = dto.resultsVisible;
    if (dto.lockQuestionId !== undefined || dto.unlockQuestionId !== undefined) {
      const locked = new Set(workshop.lockedQuestionIds);
      if (dto.lockQuestionId !== undefined) locked.add(dto.lockQuestionId);
      if (dto.unlockQuestionId !== undefined) locked.delete(dto.unlockQuestionId);
      changes.lockedQuestionIds = workshop.questionIds.filter((q) => locked.has(q));
    }
    if (dto.timerSeconds !== undefined) changes.timerEndsAt = dto.timerSeconds ? new Date(Date.now() + dto.timerSeconds * 1000) : null;
    if (Object.keys(changes).length > 0) {
      const result = await this.db.getRepository(WorkshopEntity).update({ organizationId: org.organizationId, id, status: 'live' }, changes);
      if (!result.affected) throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    }
    return this.publishState(org.organizationId, id);
  }

  async results(organizationId: string, id: string): Promise<WorkshopResults> {
    const workshop = await this.find(this.db.manager, organizationId, id);
    return this.computeResults(workshop);
  }

  /** Live events for the facilitator console: state changes, answer counts, participant counts. */
  async facilitatorEvents(organizationId: string, id: string): Promise<Observable<MessageEvent>> {
    const workshop = await this.find(this.db.manager, organizationId, id);
    return this.stream(workshop.id, stateOf(workshop), (event) => ({ type: event.type, data: withoutTenant(event) }));
  }

  // ——— Agreement ———

  async setAgreed(org: OrganizationContext, user: AuthenticatedUser, id: string, questionId: string, dto: AgreedAnswerDto): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    const question = workshop.questionIds.includes(questionId) ? getQuestion(questionId) : undefined;
    if (!question) throw ApiException.notFound();
    const checked = validateAnswer(question, dto.value);
    if (!checked.ok) throw new InvalidAnswerException(checked.error.code, checked.error.message);
    await this.db.transaction(async (manager) => {
      // One atomic statement per question, so that two facilitators agreeing on two questions never lose one.
      const sql =
        checked.value === null
          ? `UPDATE workshops SET agreed_answers = agreed_answers - $3::text WHERE organization_id = $1 AND id = $2`
          : `UPDATE workshops SET agreed_answers = agreed_answers || jsonb_build_object($3::text, $4::jsonb) WHERE organization_id = $1 AND id = $2`;
      const params: unknown[] = [org.organizationId, id, questionId];
      if (checked.value !== null) params.push(JSON.stringify({ value: checked.value, agreedBy: user.id, agreedAt: new Date().toISOString() }));
      await manager.query(sql, params);
      await this.audit.record({ organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.answer_agreed', target: id, data: { questionId, value: checked.value } }, manager);
    });
    return this.detail(org.organizationId, id);
  }

  /**
   * Writes the agreed answers into a draft assessment round of the same organization, each marked
   * `source: workshop:<id>` and dated with the workshop's date. Bumps each answer's version, so that anyone
   * editing the round meanwhile gets the usual conflict instead of overwriting the agreement unawares.
   */
  async applyToAssessment(org: OrganizationContext, user: AuthenticatedUser, id: string, dto: ApplyToAssessmentDto): Promise<AppliedToAssessmentView> {
    const organizationId = org.organizationId;
    const workshop = await this.find(this.db.manager, organizationId, id);
    const source = `workshop:${workshop.id}`;
    const answeredAt = workshop.scheduledAt;
    return this.db.transaction(async (manager) => {
      const assessment = await manager
        .getRepository(AssessmentEntity)
        .findOne({ where: { organizationId, id: dto.assessmentId }, lock: { mode: 'pessimistic_write' } });
      if (!assessment) throw ApiException.notFound();
      if (assessment.status !== 'draft') throw new ApiException(409, 'ASSESSMENT_LOCKED');
      const applied: string[] = [];
      const skipped: string[] = [];
      for (const questionId of workshop.questionIds) {
        const agreed = workshop.agreedAnswers[questionId];
        if (!agreed) continue;
        const question = getQuestion(questionId);
        if (!question || !question.tracks.includes(assessment.track) || !validateAnswer(question, agreed.value).ok) {
          skipped.push(questionId);
          continue;
        }
        await manager.query(
          `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
           VALUES ($1, $2, $3, $4::jsonb, 1, $5, $6, $7)
           ON CONFLICT (organization_id, assessment_id, question_id) DO UPDATE
              SET value = EXCLUDED.value, version = assessment_answers.version + 1, answered_by = EXCLUDED.answered_by,
                  answered_at = EXCLUDED.answered_at, source = EXCLUDED.source`,
          [organizationId, assessment.id, questionId, JSON.stringify(agreed.value), user.id, answeredAt, source],
        );
        applied.push(questionId);
      }
      await this.audit.record(
        { organizationId, actorUserId: user.id, action: 'workshop.applied_to_assessment', target: id, data: { assessmentId: assessment.id, applied, skipped } },
        manager,
      );
      return { assessmentId: assessment.id, source, answeredAt: answeredAt.toISOString(), applied, skipped };
    });
  }

  // ——— Participants ———

  async joinByCode(dto: JoinWorkshopDto): Promise<JoinedView> {
    const workshop = await this.db.getRepository(WorkshopEntity).findOne({ where: { joinCode: dto.code, status: 'live' } });
    if (!workshop) throw ApiException.notFound();
    return this.join(workshop, dto.department, workshop.anonymity === 'named' ? (dto.displayName?.trim() || null) : null, null);
  }

  /** A signed-in member joins as themselves: named workshops record who they are, anonymous ones do not. */
  async joinAsMember(org: OrganizationContext, user: AuthenticatedUser, id: string, dto: JoinAsMemberDto): Promise<JoinedView> {
    const workshop = await this.find(this.db.manager, org.organizationId, id);
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    const named = workshop.anonymity === 'named';
    return this.join(workshop, dto.department, named ? user.displayName : null, named ? user.id : null);
  }

  async participantView(p: ParticipantContext): Promise<ParticipantWorkshopView> {
    const workshop = await this.findForParticipant(p);
    const participant = await this.db.getRepository(WorkshopParticipantEntity).findOneOrFail({ where: { organizationId: p.organizationId, id: p.participantId } });
    const state = stateOf(workshop);
    const question = state.currentQuestionId ? getQuestion(state.currentQuestionId) : undefined;
    const own = await this.latestAnswers(this.db.manager, workshop, p.participantId);
    return {
      workshop: { id: workshop.id, title: workshop.title, anonymity: workshop.anonymity },
      you: { department: participant.department, displayName: participant.displayName },
      state,
      currentQuestion: question ? { ...question, locked: workshop.lockedQuestionIds.includes(question.id) } : null,
      answers: own.filter((a): a is LatestAnswerRow & { value: AnswerValue } => a.value !== null).map((a) => ({ questionId: a.question_id, value: a.value })),
    };
  }

  /**
   * Stores a participant's answer once: a retry with the same client request id hits the unique index
   * (ON CONFLICT DO NOTHING), and a new request repeating the current value is not stored again.
   */
  async participantAnswer(p: ParticipantContext, questionId: string, dto: ParticipantAnswerDto): Promise<ParticipantAnswerView> {
    const workshop = await this.findForParticipant(p);
    const question = workshop.questionIds.includes(questionId) ? getQuestion(questionId) : undefined;
    if (!question) throw ApiException.notFound();
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    if (workshop.lockedQuestionIds.includes(questionId)) throw new ApiException(409, 'WORKSHOP_QUESTION_LOCKED');
    const checked = validateAnswer(question, dto.value);
    if (!checked.ok) throw new InvalidAnswerException(checked.error.code, checked.error.message);

    const json = checked.value === null ? null : JSON.stringify(checked.value);
    const inserted = (await this.db.query(
      `INSERT INTO workshop_answers (organization_id, workshop_id, participant_id, question_id, value, client_request_id)
       SELECT $1::uuid, $2::uuid, $3::uuid, $4::varchar, $5::jsonb, $6::uuid
        WHERE (SELECT a.value FROM workshop_answers a
                WHERE a.organization_id = $1::uuid AND a.workshop_id = $2::uuid AND a.participant_id = $3::uuid AND a.question_id = $4::varchar
                ORDER BY a.id DESC LIMIT 1) IS DISTINCT FROM $5::jsonb
       ON CONFLICT (organization_id, workshop_id, participant_id, client_request_id) DO NOTHING
       RETURNING id`,
      [p.organizationId, p.workshopId, p.participantId, questionId, json, dto.clientRequestId],
    )) as unknown[];
    const stored = inserted.length > 0;
    if (stored) {
      const [{ n }] = (await this.db.query(
        `SELECT count(*)::int AS n FROM (
           SELECT DISTINCT ON (participant_id) value FROM workshop_answers
            WHERE organization_id = $1 AND workshop_id = $2 AND question_id = $3
            ORDER BY participant_id, id DESC) latest
          WHERE value IS NOT NULL`,
        [p.organizationId, p.workshopId, questionId],
      )) as { n: number }[];
      await this.bus.publish({ type: 'answer', organizationId: p.organizationId, workshopId: p.workshopId, questionId, respondents: n, at: new Date().toISOString() });
    }
    const current = (await this.latestAnswers(this.db.manager, workshop, p.participantId)).find((a) => a.question_id === questionId);
    return { questionId, value: current?.value ?? null, stored };
  }

  /** Live events for a participant: only the workshop's state (question, locks, timer), never anyone's answers. */
  async participantEvents(p: ParticipantContext): Promise<Observable<MessageEvent>> {
    const workshop = await this.findForParticipant(p);
    return this.stream(workshop.id, stateOf(workshop), (event) => (event.type === 'state' ? { type: 'state', data: withoutTenant(event) } : null));
  }

  // ——— Advisor dashboard ———

  /** The organizations that invited this user as an advisor, each with its latest assessment round and score. */
  async advisorClients(user: AuthenticatedUser): Promise<AdvisorClientView[]> {
    const memberships = await this.db.getRepository(MembershipEntity).find({
      where: { userId: user.id, role: 'advisor' },
      relations: { organization: true },
    });
    const views: AdvisorClientView[] = [];
    for (const m of memberships) {
      const organization = m.organization;
      if (!organization) continue;
      const latest = await this.db.getRepository(AssessmentEntity).findOne({ where: { organizationId: m.organizationId }, order: { createdAt: 'DESC' } });
      let latestAssessment: AdvisorClientView['latestAssessment'] = null;
      if (latest) {
        const answers = await this.db.getRepository(AssessmentAnswerEntity).find({ where: { organizationId: m.organizationId, assessmentId: latest.id } });
        const result = scoreRound({ assessment: latest, organization, answers, profile: { listingStatus: organization.listingStatus, companySize: organization.companySize } });
        latestAssessment = {
          id: latest.id,
          track: latest.track,
          round: latest.round,
          status: latest.status,
          createdAt: latest.createdAt.toISOString(),
          submittedAt: latest.submittedAt?.toISOString() ?? null,
          overallScore: result.overall.score,
        };
      }
      views.push({ organizationId: organization.id, legalNameJa: organization.legalNameJa, legalNameEn: organization.legalNameEn, latestAssessment });
    }
    return views.sort((a, b) => a.legalNameJa.localeCompare(b.legalNameJa, 'ja'));
  }

  // ——— Internals ———

  private async join(workshop: WorkshopEntity, department: WorkshopDepartment, displayName: string | null, userId: string | null): Promise<JoinedView> {
    if (!workshop.departments.includes(department)) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'department', code: 'isIn' }]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + PARTICIPANT_TOKEN_TTL_MS);
    const repo = this.db.getRepository(WorkshopParticipantEntity);
    await repo.save(
      repo.create({ organizationId: workshop.organizationId, workshopId: workshop.id, tokenHash: hashParticipantToken(token), department, displayName, userId, expiresAt }),
    );
    const participants = await repo.count({ where: { organizationId: workshop.organizationId, workshopId: workshop.id } });
    await this.bus.publish({ type: 'participants', organizationId: workshop.organizationId, workshopId: workshop.id, participants, at: new Date().toISOString() });
    return { participantToken: token, expiresAt: expiresAt.toISOString(), workshop: { id: workshop.id, title: workshop.title }, department };
  }

  private async find(manager: EntityManager, organizationId: string, id: string): Promise<WorkshopEntity> {
    if (!isUuid(id)) throw ApiException.notFound();
    const workshop = await manager.getRepository(WorkshopEntity).findOne({ where: { organizationId, id } });
    if (!workshop) throw ApiException.notFound();
    return workshop;
  }

  private async findForParticipant(p: ParticipantContext): Promise<WorkshopEntity> {
    return this.find(this.db.manager, p.organizationId, p.workshopId);
  }

  private async publishState(organizationId: string, id: string): Promise<WorkshopView> {
    const workshop = await this.find(this.db.manager, organizationId, id);
    await this.bus.publish({ type: 'state', organizationId, workshopId: id, at: new Date().toISOString(), ...stateOf(workshop) });
    return this.toView(workshop);
  }

  /** The latest answer per participant and question (all participants, or one). */
  private async latestAnswers(manager: EntityManager, workshop: WorkshopEntity, participantId?: string): Promise<LatestAnswerRow[]> {
    const params: unknown[] = [workshop.organizationId, workshop.id];
    if (participantId) params.push(participantId);
    return (await manager.query(
      `SELECT DISTINCT ON (participant_id, question_id) participant_id, question_id, value
         FROM workshop_answers
        WHERE organization_id = $1 AND workshop_id = $2 ${participantId ? 'AND participant_id = $3' : ''}
        ORDER BY participant_id, question_id, id DESC`,
      params,
    )) as LatestAnswerRow[];
  }

  private async computeResults(workshop: WorkshopEntity): Promise<WorkshopResults> {
    const participants = await this.db.getRepository(WorkshopParticipantEntity).find({ where: { organizationId: workshop.organizationId, workshopId: workshop.id } });
    const departmentOf = new Map(participants.map((p) => [p.id, p.department]));
    const responses: WorkshopResponse[] = [];
    for (const row of await this.latestAnswers(this.db.manager, workshop)) {
      const department = departmentOf.get(row.participant_id);
      if (row.value !== null && department) responses.push({ participantId: row.participant_id, department, questionId: row.question_id, value: row.value });
    }
    const questions = workshop.questionIds.map((id) => getQuestion(id)).filter((q): q is Question => q !== undefined);
    return computeWorkshopResults({ questions, departments: workshop.departments, responses, suppressSmallTotal: workshop.anonymity === 'anonymous' });
  }

  private stream(workshopId: string, initial: WorkshopStateView, map: (event: WorkshopEvent) => MessageEvent | null): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      subscriber.next({ type: 'state', data: initial });
      const unsubscribe = this.bus.subscribe(workshopId, (event) => {
        const message = map(event);
        if (message) subscriber.next(message);
      });
      const heartbeat = setInterval(() => subscriber.next({ type: 'ping', data: {} }), HEARTBEAT_MS);
      return () => {
        unsubscribe();
        clearInterval(heartbeat);
      };
    });
  }

  private async toView(w: WorkshopEntity): Promise<WorkshopView> {
    const participants = await this.db.getRepository(WorkshopParticipantEntity).find({
      where: { organizationId: w.organizationId, workshopId: w.id },
      order: { joinedAt: 'ASC' },
    });
    const counts = new Map<WorkshopDepartment, number>();
    for (const p of participants) counts.set(p.department, (counts.get(p.department) ?? 0) + 1);
    return {
      id: w.id,
      title: w.title,
      questionIds: w.questionIds,
      departments: w.departments,
      anonymity: w.anonymity,
      scheduledAt: w.scheduledAt.toISOString(),
      status: w.status,
      currentQuestionIndex: w.currentQuestionIndex,
      resultsVisible: w.resultsVisible,
      lockedQuestionIds: w.lockedQuestionIds,
      timerEndsAt: w.timerEndsAt?.toISOString() ?? null,
      joinCode: w.status === 'live' ? w.joinCode : null,
      agreedAnswers: w.questionIds.filter((q) => w.agreedAnswers[q]).map((q) => ({ questionId: q, value: w.agreedAnswers[q].value, agreedAt: w.agreedAnswers[q].agreedAt })),
      participants: {
        total: participants.length,
        byDepartment: w.departments.map((department) => ({ department, count: counts.get(department) ?? 0 })),
        ...(w.anonymity === 'named' && {
          named: participants.filter((p) => p.displayName !== null).map((p) => ({ displayName: p.displayName as string, department: p.department })),
        }),
      },
      createdAt: w.createdAt.toISOString(),
      startedAt: w.startedAt?.toISOString() ?? null,
      closedAt: w.closedAt?.toISOString() ?? null,
    };
  }
}

/** The event as a client sees it: the organization id stays on the server. */
function withoutTenant(event: WorkshopEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'organizationId'));
}

/** The workshop's questions: the chosen modules' workshop questions in bank order, then the custom selection. */
function resolveQuestionIds(modules: readonly ModuleId[] | undefined, questionIds: readonly string[] | undefined): string[] {
  const bank = getBank();
  if (!bank) throw new Error('question bank missing');
  const ids: string[] = [];
  for (const q of bank.questions) if (modules?.includes(q.module) && isWorkshopQuestion(q)) ids.push(q.id);
  const unknown: string[] = [];
  for (const id of questionIds ?? []) {
    const q = getQuestion(id);
    if (!q || !isWorkshopQuestion(q)) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'questionIds', code: 'unknownQuestion' }], { unknown });
  if (ids.length === 0) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'questionIds', code: 'arrayMinSize', vars: { constraint: 1 } }]);
  if (ids.length > MAX_WORKSHOP_QUESTIONS) throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'questionIds', code: 'arrayMaxSize', vars: { constraint: MAX_WORKSHOP_QUESTIONS } }]);
  return ids;
}
