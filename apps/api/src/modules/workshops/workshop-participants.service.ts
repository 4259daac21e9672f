import { Injectable, type MessageEvent } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Observable } from 'rxjs';
import { In, MoreThan } from 'typeorm';
import { getQuestion, validateAnswer, type AnswerValue } from '@ipgn/assessment';
import type {
  QuestionResult,
  ParticipantAnswerView,
  ParticipantResultsView,
  ParticipantWorkshopView,
} from '@ipgn/workshops';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { InvalidAnswerException } from '../assessments/assessment-errors';
import type { JoinAsMemberDto, JoinWorkshopDto, ParticipantAnswerDto } from './dto/workshops.dto';
import { WorkshopEntity } from './entities/workshop.entity';
import { JoinLimiter } from './join-limiter.service';
import { hashParticipantToken, PARTICIPANT_TOKEN_TTL_MS, type ParticipantContext } from './participant-token.guard';
import type { WorkshopDepartment } from './workshop-departments';
import { WorkshopEventBus } from './workshop-event-bus';
import { withoutTenant } from './workshop-live.service';
import { isTimeUp, stateOf } from './workshop-state';
import { WorkshopStore } from './workshop-store.service';
import { WorkshopStreams } from './workshop-streams.service';
import type { JoinedView, WorkshopJoinInfoView } from '@ipgn/contracts';

/** A closed workshop's code still says "closed" (not "not found") for this long after closing. */
const CLOSED_CODE_MEMORY_MS = 24 * 60 * 60 * 1000;

interface LatestAnswerRow {
  question_id: string;
  value: AnswerValue | null;
}

/** Everything a participant does: joining (or rejoining from the same device), answering, following live. */
@Injectable()
export class WorkshopParticipantsService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly bus: WorkshopEventBus,
    private readonly streams: WorkshopStreams,
    private readonly limiter: JoinLimiter,
  ) {}

  /** What the join form shows for a code: 404 for a code that opens nothing, `closed` for a recently closed one. */
  async joinInfo(code: string, address: string): Promise<WorkshopJoinInfoView> {
    const workshop = await this.lookUp(code, address);
    return {
      status: workshop.status === 'live' ? 'live' : 'closed',
      title: workshop.title,
      anonymity: workshop.anonymity,
      departments: workshop.departments,
    };
  }

  async joinByCode(dto: JoinWorkshopDto, address: string): Promise<JoinedView> {
    const workshop = await this.lookUp(dto.code, address);
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_CLOSED');
    await this.limiter.admit(dto.code);
    return this.join(
      workshop,
      dto.department,
      workshop.anonymity === 'named' ? dto.displayName?.trim() || null : null,
      null,
      dto.deviceKey,
    );
  }

  /** A signed-in member joins as themselves: named workshops record who they are, anonymous ones do not. */
  async joinAsMember(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    dto: JoinAsMemberDto,
  ): Promise<JoinedView> {
    const workshop = await this.store.find(org.organizationId, id);
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    const named = workshop.anonymity === 'named';
    return this.join(workshop, dto.department, named ? user.displayName : null, named ? user.id : null, dto.deviceKey);
  }

  async participantView(p: ParticipantContext): Promise<ParticipantWorkshopView> {
    const workshop = await this.store.find(p.organizationId, p.workshopId);
    const participant = await this.store.participants.findOneOrFail({
      where: { organizationId: p.organizationId, id: p.participantId },
    });
    const state = stateOf(workshop);
    const question = state.currentQuestionId ? getQuestion(state.currentQuestionId) : undefined;
    const own = await this.ownAnswers(p);
    return {
      workshop: { id: workshop.id, title: workshop.title, anonymity: workshop.anonymity },
      you: { department: participant.department, displayName: participant.displayName },
      state,
      currentQuestion: question ? { ...question, locked: state.lockedQuestionIds.includes(question.id) } : null,
      answers: own
        .filter((a): a is LatestAnswerRow & { value: AnswerValue } => a.value !== null)
        .map((a) => ({ questionId: a.question_id, value: a.value })),
    };
  }

  /**
   * Stores a participant's answer once: a retry with the same client request id hits the unique index
   * (ON CONFLICT DO NOTHING), and a new request repeating the current value is not stored again. Refused when
   * the question is not the current one any more, is locked, or its countdown is over — checked under a share
   * lock on the workshop row, so that no answer slips past a lock (which freezes the published figures).
   */
  async participantAnswer(
    p: ParticipantContext,
    questionId: string,
    dto: ParticipantAnswerDto,
  ): Promise<ParticipantAnswerView> {
    const question = p.questionIds.includes(questionId) ? getQuestion(questionId) : undefined;
    if (!question) throw ApiException.notFound();
    const checked = validateAnswer(question, dto.value);
    if (!checked.ok) throw new InvalidAnswerException(checked.error.code, checked.error.message);

    const json = checked.value === null ? null : JSON.stringify(checked.value);
    const stored = await this.store.workshops.manager.transaction(async (manager) => {
      const workshop = await manager
        .getRepository(WorkshopEntity)
        .findOne({ where: { organizationId: p.organizationId, id: p.workshopId }, lock: { mode: 'pessimistic_read' } });
      if (!workshop) throw ApiException.notFound();
      if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
      if (workshop.questionIds[workshop.currentQuestionIndex] !== questionId)
        throw new ApiException(409, 'WORKSHOP_QUESTION_NOT_CURRENT');
      if (workshop.lockedQuestionIds.includes(questionId)) throw new ApiException(409, 'WORKSHOP_QUESTION_LOCKED');
      if (isTimeUp(workshop)) throw new ApiException(409, 'WORKSHOP_TIME_UP');
      const inserted = (await manager.query(
        `INSERT INTO workshop_answers (organization_id, workshop_id, participant_id, question_id, value, client_request_id)
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::varchar, $5::jsonb, $6::uuid
          WHERE (SELECT a.value FROM workshop_answers a
                  WHERE a.organization_id = $1::uuid AND a.workshop_id = $2::uuid AND a.participant_id = $3::uuid AND a.question_id = $4::varchar
                  ORDER BY a.id DESC LIMIT 1) IS DISTINCT FROM $5::jsonb
         ON CONFLICT (organization_id, workshop_id, participant_id, client_request_id) DO NOTHING
         RETURNING id`,
        [p.organizationId, p.workshopId, p.participantId, questionId, json, dto.clientRequestId],
      )) as unknown[];
      return inserted.length > 0;
    });
    if (stored) {
      const [{ n }] = (await this.store.workshops.query(
        `SELECT count(*)::int AS n FROM (
           SELECT DISTINCT ON (participant_id) value FROM workshop_answers
            WHERE organization_id = $1 AND workshop_id = $2 AND question_id = $3
            ORDER BY participant_id, id DESC) latest
          WHERE value IS NOT NULL`,
        [p.organizationId, p.workshopId, questionId],
      )) as { n: number }[];
      await this.bus.publish({
        type: 'answer',
        organizationId: p.organizationId,
        workshopId: p.workshopId,
        questionId,
        respondents: n,
        at: new Date().toISOString(),
      });
    }
    if (stored) return { questionId, value: checked.value, stored };
    // Not stored (a retry, or the same value again): say what the server holds.
    const current = (await this.ownAnswers(p)).find((a) => a.question_id === questionId);
    return { questionId, value: current?.value ?? null, stored };
  }

  /**
   * The current question's published results, for phones: only while the facilitator shows results, and only
   * the figures everyone may see (frozen, small groups suppressed).
   */
  async participantResults(p: ParticipantContext): Promise<ParticipantResultsView> {
    const workshop = await this.store.find(p.organizationId, p.workshopId);
    if (!workshop.resultsVisible) return { visible: false, question: null };
    const currentId = workshop.questionIds[workshop.currentQuestionIndex];
    const results = await this.store.results(workshop);
    const question: QuestionResult | undefined = results.questions.find((q) => q.questionId === currentId);
    return {
      visible: true,
      question: question && workshop.publishedUpTo[question.questionId] !== undefined ? question : null,
    };
  }

  /** Live events for a participant: only the workshop's state (question, locks, timer, results shown); resumed after `lastEventId`. */
  async participantEvents(
    p: ParticipantContext,
    address: string,
    lastEventId?: string,
  ): Promise<Observable<MessageEvent>> {
    const workshop = await this.store.find(p.organizationId, p.workshopId);
    const target = {
      organizationId: p.organizationId,
      workshopId: workshop.id,
      lastEventId,
      snapshot: async () => stateOf(await this.store.find(p.organizationId, p.workshopId)),
    };
    return this.streams.stream(target, { kind: 'participant', participantId: p.participantId }, address, (event) =>
      event.type === 'state' ? { type: 'state', data: withoutTenant(event) } : null,
    );
  }

  /**
   * A member or advisor removed from the organization: their participant tokens die for good (also across a
   * reopen) and every open stream of theirs, as participant or as facilitator, ends now on every instance.
   */
  async revokeUser(organizationId: string, userId: string): Promise<void> {
    const participants = await this.store.participants.find({ where: { organizationId, userId } });
    if (participants.length > 0) {
      await this.store.participants.update(
        { organizationId, id: In(participants.map((p) => p.id)) },
        { tokenHash: randomBytes(32).toString('hex'), deviceKeyHash: null, expiresAt: new Date() },
      );
    }
    const live = await this.store.workshops.find({ select: { id: true }, where: { organizationId, status: 'live' } });
    const at = new Date().toISOString();
    for (const w of live) {
      await this.bus.publish({
        type: 'revoke',
        organizationId,
        workshopId: w.id,
        participantIds: participants.filter((p) => p.workshopId === w.id).map((p) => p.id),
        userIds: [userId],
        at,
      });
    }
  }

  /**
   * The workshop a join code opens: the live one, else one closed within a day (so the form can say "closed"
   * rather than "not found"). A code that opens nothing counts as a failure of the caller's address.
   */
  private async lookUp(code: string, address: string): Promise<WorkshopEntity> {
    await this.limiter.checkAddress(address);
    const live = await this.store.workshops.findOne({ where: { joinCode: code, status: 'live' } });
    if (live) return live;
    const closed = await this.store.workshops.findOne({
      where: { joinCode: code, status: 'closed', closedAt: MoreThan(new Date(Date.now() - CLOSED_CODE_MEMORY_MS)) },
      order: { closedAt: 'DESC' },
    });
    if (closed) return closed;
    await this.limiter.failed(address);
    throw ApiException.notFound();
  }

  private async ownAnswers(p: ParticipantContext): Promise<LatestAnswerRow[]> {
    return (await this.store.workshops.query(
      `SELECT DISTINCT ON (question_id) question_id, value FROM workshop_answers
        WHERE organization_id = $1 AND workshop_id = $2 AND participant_id = $3
        ORDER BY question_id, id DESC`,
      [p.organizationId, p.workshopId, p.participantId],
    )) as LatestAnswerRow[];
  }

  /**
   * Joins, or rejoins from the same device: a device key (kept by the phone in localStorage) that already
   * joined this workshop gets a fresh token for the same participant, so a second tab or a re-scan of the
   * QR code never counts anyone twice.
   */
  private async join(
    workshop: WorkshopEntity,
    department: WorkshopDepartment,
    displayName: string | null,
    userId: string | null,
    deviceKey?: string,
  ): Promise<JoinedView> {
    if (!workshop.departments.includes(department))
      throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'department', code: 'isIn' }]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + PARTICIPANT_TOKEN_TTL_MS);
    const repo = this.store.participants;
    const deviceKeyHash = deviceKey ? hashParticipantToken(`device:${deviceKey}`) : null;
    const known = deviceKeyHash
      ? await repo.findOne({
          where: { organizationId: workshop.organizationId, workshopId: workshop.id, deviceKeyHash },
        })
      : null;
    if (known) {
      if (known.department !== department) throw new ApiException(409, 'WORKSHOP_DEPARTMENT_FIXED');
      await repo.update(
        { organizationId: known.organizationId, id: known.id },
        { tokenHash: hashParticipantToken(token), expiresAt },
      );
      return {
        participantToken: token,
        expiresAt: expiresAt.toISOString(),
        workshop: { id: workshop.id, title: workshop.title },
        department,
        rejoined: true,
      };
    }
    await repo.save(
      repo.create({
        organizationId: workshop.organizationId,
        workshopId: workshop.id,
        tokenHash: hashParticipantToken(token),
        deviceKeyHash,
        department,
        displayName,
        userId,
        expiresAt,
      }),
    );
    const participants = await repo.count({
      where: { organizationId: workshop.organizationId, workshopId: workshop.id },
    });
    await this.bus.publish({
      type: 'participants',
      organizationId: workshop.organizationId,
      workshopId: workshop.id,
      participants,
      at: new Date().toISOString(),
    });
    return {
      participantToken: token,
      expiresAt: expiresAt.toISOString(),
      workshop: { id: workshop.id, title: workshop.title },
      department,
      rejoined: false,
    };
  }
}
