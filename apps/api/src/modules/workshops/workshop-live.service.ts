import { Injectable, type MessageEvent, type OnModuleDestroy } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { Observable } from 'rxjs';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { WorkshopResults, WorkshopView } from '@ipgn/workshops';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { WorkshopStateDto } from './dto/workshops.dto';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import { PARTICIPANT_TOKEN_TTL_MS } from './participant-token.guard';
import { WorkshopEventBus } from './workshop-event-bus';
import { stateOf } from './workshop-state';
import { WorkshopStore } from './workshop-store.service';
import { WorkshopStreams } from './workshop-streams.service';

/** No 0/O, 1/I/L: a code read off a projector must not be misread. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** Running a session: start, step through questions, lock, count down, show results, close and reopen. */
@Injectable()
export class WorkshopLiveService implements OnModuleDestroy {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: WorkshopStore,
    private readonly audit: AuditService,
    private readonly bus: WorkshopEventBus,
    private readonly streams: WorkshopStreams,
  ) {}

  onModuleDestroy(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Draft → live, with a fresh join code unique among live workshops (retried on the rare collision). */
  async start(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<WorkshopView> {
    const workshop = await this.store.find(org.organizationId, id);
    if (workshop.status !== 'draft') throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
    await this.goLive(org, user, id, 'draft', 'workshop.started');
    return this.store.publishState(org.organizationId, id);
  }

  /**
   * Live → closed. Every question with enough answers gets its figures frozen, every participant token of the
   * workshop expires and every participant stream ends now.
   */
  async close(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<WorkshopView> {
    await this.store.find(org.organizationId, id);
    const participantIds = await this.store.workshops.manager.transaction(async (manager) => {
      const workshop = await this.lockLive(manager, org.organizationId, id);
      await this.store.freeze(manager, workshop, workshop.questionIds);
      const now = new Date();
      await manager
        .getRepository(WorkshopEntity)
        .update({ organizationId: org.organizationId, id }, { status: 'closed', closedAt: now, timerEndsAt: null });
      await manager
        .getRepository(WorkshopParticipantEntity)
        .update({ organizationId: org.organizationId, workshopId: id }, { expiresAt: now });
      await this.audit.record(
        { organizationId: org.organizationId, actorUserId: user.id, action: 'workshop.closed', target: id },
        manager,
      );
      return (
        await manager
          .getRepository(WorkshopParticipantEntity)
          .find({ select: { id: true }, where: { organizationId: org.organizationId, workshopId: id } })
      ).map((p) => p.id);
    });
    this.cancelTimer(id);
    const view = await this.store.publishState(org.organizationId, id);
    this.streams.endFor(
      participantIds.map((participantId) => ({ kind: 'participant' as const, participantId })),
      'closed',
    );
    return view;
  }

  /**
   * Closed → live again (closed by mistake, or more to discuss): a new join code; the devices that took part
   * rejoin as the same participants with their device key. Frozen questions stay frozen.
   */
  async reopen(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<WorkshopView> {
    const workshop = await this.store.find(org.organizationId, id);
    if (workshop.status !== 'closed') throw new ApiException(409, 'WORKSHOP_NOT_CLOSED');
    await this.goLive(org, user, id, 'closed', 'workshop.reopened');
    return this.store.publishState(org.organizationId, id);
  }

  async setState(org: OrganizationContext, id: string, dto: WorkshopStateDto): Promise<WorkshopView> {
    const found = await this.store.find(org.organizationId, id);
    if (found.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    const problems: { field: string; code: string }[] = [];
    if (dto.currentQuestionIndex !== undefined && dto.currentQuestionIndex >= found.questionIds.length)
      problems.push({ field: 'currentQuestionIndex', code: 'unknown' });
    if (dto.lockQuestionId !== undefined && !found.questionIds.includes(dto.lockQuestionId))
      problems.push({ field: 'lockQuestionId', code: 'unknown' });
    if (dto.unlockQuestionId !== undefined && !found.questionIds.includes(dto.unlockQuestionId))
      problems.push({ field: 'unlockQuestionId', code: 'unknown' });
    if (problems.length) throw ApiException.badRequest('VALIDATION_FAILED', problems);

    let timerEndsAt: Date | null | undefined;
    await this.store.workshops.manager.transaction(async (manager) => {
      const workshop = await this.lockLive(manager, org.organizationId, id);
      const changes: Partial<WorkshopEntity> = {};
      const questionChanges =
        dto.currentQuestionIndex !== undefined && dto.currentQuestionIndex !== workshop.currentQuestionIndex;
      if (dto.currentQuestionIndex !== undefined) changes.currentQuestionIndex = dto.currentQuestionIndex;
      if (dto.resultsVisible !== undefined) changes.resultsVisible = dto.resultsVisible;
      // A countdown belongs to the question it was started on.
      if (questionChanges) changes.timerEndsAt = null;
      if (dto.timerSeconds !== undefined)
        changes.timerEndsAt = dto.timerSeconds ? new Date(Date.now() + dto.timerSeconds * 1000) : null;
      if (dto.lockQuestionId !== undefined || dto.unlockQuestionId !== undefined) {
        const locked = new Set(workshop.lockedQuestionIds);
        if (dto.lockQuestionId !== undefined) locked.add(dto.lockQuestionId);
        if (dto.unlockQuestionId !== undefined) locked.delete(dto.unlockQuestionId);
        changes.lockedQuestionIds = workshop.questionIds.filter((q) => locked.has(q));
        if (dto.lockQuestionId !== undefined) await this.store.freeze(manager, workshop, [dto.lockQuestionId]);
      }
      if (Object.keys(changes).length > 0)
        await manager.getRepository(WorkshopEntity).update({ organizationId: org.organizationId, id }, changes);
      timerEndsAt = changes.timerEndsAt;
    });
    if (timerEndsAt !== undefined) this.scheduleTimer(org.organizationId, id, timerEndsAt);
    return this.store.publishState(org.organizationId, id);
  }

  async results(organizationId: string, id: string): Promise<WorkshopResults> {
    return this.store.results(await this.store.find(organizationId, id));
  }

  /** Live events for the facilitator console: state changes, answer counts, participant counts; resumed after `lastEventId`. */
  async facilitatorEvents(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    address: string,
    lastEventId?: string,
  ): Promise<Observable<MessageEvent>> {
    const workshop = await this.store.find(org.organizationId, id);
    const target = {
      organizationId: org.organizationId,
      workshopId: workshop.id,
      lastEventId,
      snapshot: async () => stateOf(await this.store.find(org.organizationId, id)),
    };
    return this.streams.stream(
      target,
      { kind: 'user', organizationId: org.organizationId, userId: user.id },
      address,
      (event) => ({
        type: event.type,
        data: withoutTenant(event),
      }),
    );
  }

  /** At zero the server locks the question the countdown was started on (and freezes its figures). */
  async expireTimer(organizationId: string, id: string, endsAt: Date): Promise<void> {
    const changed = await this.store.workshops.manager.transaction(async (manager) => {
      const workshop = await manager
        .getRepository(WorkshopEntity)
        .findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!workshop || workshop.status !== 'live' || workshop.timerEndsAt?.getTime() !== endsAt.getTime()) return false;
      const questionId = workshop.questionIds[workshop.currentQuestionIndex];
      if (!questionId) return false;
      await this.store.freeze(manager, workshop, [questionId]);
      const locked = new Set([...workshop.lockedQuestionIds, questionId]);
      await manager
        .getRepository(WorkshopEntity)
        .update({ organizationId, id }, { lockedQuestionIds: workshop.questionIds.filter((q) => locked.has(q)) });
      return true;
    });
    if (changed) await this.store.publishState(organizationId, id);
  }

  private scheduleTimer(organizationId: string, id: string, endsAt: Date | null): void {
    this.cancelTimer(id);
    if (!endsAt) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(id);
        this.expireTimer(organizationId, id, endsAt).catch(() => undefined);
      },
      Math.max(0, endsAt.getTime() - Date.now()),
    );
    timer.unref();
    this.timers.set(id, timer);
  }

  private cancelTimer(id: string): void {
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.delete(id);
  }

  /** The live workshop, locked for this transaction (answers take a share lock: none slips past a lock). */
  private async lockLive(manager: EntityManager, organizationId: string, id: string): Promise<WorkshopEntity> {
    const workshop = await manager
      .getRepository(WorkshopEntity)
      .findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!workshop) throw ApiException.notFound();
    if (workshop.status !== 'live') throw new ApiException(409, 'WORKSHOP_NOT_LIVE');
    return workshop;
  }

  private async goLive(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    from: 'draft' | 'closed',
    action: string,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.workshops.manager.transaction(async (manager) => {
          const changes: Partial<WorkshopEntity> = { status: 'live', joinCode: newJoinCode() };
          if (from === 'draft') Object.assign(changes, { startedAt: new Date(), currentQuestionIndex: 0 });
          else Object.assign(changes, { closedAt: null });
          const result = await manager
            .getRepository(WorkshopEntity)
            .update({ organizationId: org.organizationId, id, status: from }, changes);
          if (!result.affected)
            throw new ApiException(409, from === 'draft' ? 'WORKSHOP_NOT_DRAFT' : 'WORKSHOP_NOT_CLOSED');
          if (from === 'closed') {
            // Tokens ended at closing; the same devices may use them again (or rejoin with their device key).
            await manager
              .getRepository(WorkshopParticipantEntity)
              .update(
                { organizationId: org.organizationId, workshopId: id },
                { expiresAt: new Date(Date.now() + PARTICIPANT_TOKEN_TTL_MS) },
              );
          }
          await this.audit.record(
            { organizationId: org.organizationId, actorUserId: user.id, action, target: id },
            manager,
          );
        });
        return;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }
}

/** The event as a client sees it: the organization id stays on the server. */
export function withoutTenant(event: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'organizationId'));
}
