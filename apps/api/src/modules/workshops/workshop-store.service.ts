import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { getQuestion, type AnswerValue, type Question } from '@ipgn/assessment';
import {
  canFreeze,
  computeWorkshopResults,
  questionPublication,
  type QuestionPublication,
  type WorkshopAnswerEvent,
  type WorkshopResults,
  type WorkshopView,
} from '@ipgn/workshops';
import { ApiException } from '../../common/errors/api-exception';
import { isUuid } from '../../common/http/is-uuid';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import type { WorkshopDepartment } from './workshop-departments';
import { WorkshopEventBus } from './workshop-event-bus';
import { stateOf } from './workshop-state';

interface HistoryRow {
  id: string;
  participant_id: string;
  department: WorkshopDepartment;
  question_id: string;
  value: AnswerValue | null;
}

/**
 * The workshop tables as the module's services read them: finding a workshop within its organization, its
 * answer history, the published results, freezing questions, views and state events.
 */
@Injectable()
export class WorkshopStore {
  constructor(
    @InjectRepository(WorkshopEntity) readonly workshops: Repository<WorkshopEntity>,
    @InjectRepository(WorkshopParticipantEntity) readonly participants: Repository<WorkshopParticipantEntity>,
    private readonly bus: WorkshopEventBus,
  ) {}

  /** The workshop of this organization, or 404 (also for a malformed id or another organization's workshop). */
  async find(
    organizationId: string,
    id: string,
    manager: EntityManager = this.workshops.manager,
  ): Promise<WorkshopEntity> {
    if (!isUuid(id)) throw ApiException.notFound();
    const workshop = await manager.getRepository(WorkshopEntity).findOne({ where: { organizationId, id } });
    if (!workshop) throw ApiException.notFound();
    return workshop;
  }

  questions(workshop: WorkshopEntity): Question[] {
    return workshop.questionIds.map((id) => getQuestion(id)).filter((q): q is Question => q !== undefined);
  }

  /** Every stored answer of the workshop, oldest first, with the participant's department. */
  async history(
    workshop: WorkshopEntity,
    manager: EntityManager = this.workshops.manager,
    questionId?: string,
  ): Promise<WorkshopAnswerEvent[]> {
    const params: unknown[] = [workshop.organizationId, workshop.id];
    if (questionId) params.push(questionId);
    const rows = (await manager.query(
      `SELECT a.id, a.participant_id, p.department, a.question_id, a.value
         FROM workshop_answers a
         JOIN workshop_participants p ON p.organization_id = a.organization_id AND p.id = a.participant_id
        WHERE a.organization_id = $1 AND a.workshop_id = $2 ${questionId ? 'AND a.question_id = $3' : ''}
        ORDER BY a.id`,
      params,
    )) as HistoryRow[];
    return rows.map((r) => ({
      seq: Number(r.id),
      participantId: r.participant_id,
      department: r.department,
      questionId: r.question_id,
      value: r.value,
    }));
  }

  async results(workshop: WorkshopEntity): Promise<WorkshopResults> {
    const frozenAt = new Map(Object.entries(workshop.publishedUpTo).map(([q, seq]) => [q, Number(seq)]));
    return computeWorkshopResults({
      questions: this.questions(workshop),
      departments: workshop.departments,
      history: await this.history(workshop),
      frozenAt,
      departmentSpecificQuestionIds: new Set(
        this.questions(workshop)
          .filter((q) => q.singleRespondent === true)
          .map((q) => q.id),
      ),
    });
  }

  /**
   * Per question, what may be published of its answers (null while not frozen): for anything that shows rows
   * of an anonymous workshop, so that rows agree with the published figures and reveal nothing more.
   */
  async publications(workshop: WorkshopEntity): Promise<Map<string, QuestionPublication | null>> {
    const history = await this.history(workshop);
    const upTo = (q: string) =>
      workshop.publishedUpTo[q] === undefined ? undefined : Number(workshop.publishedUpTo[q]);
    return new Map(
      workshop.questionIds.map((q) => [
        q,
        questionPublication(
          history.filter((e) => e.questionId === q),
          upTo(q),
        ),
      ]),
    );
  }

  /**
   * Freezes the published figures of the given questions, once: each question not frozen yet that has at least
   * three respondents now publishes its answers as they stand, for good. Call inside the transaction that
   * locks the questions, with the workshop row locked (FOR UPDATE), so that no answer slips in between.
   */
  async freeze(manager: EntityManager, workshop: WorkshopEntity, questionIds: readonly string[]): Promise<void> {
    const additions: Record<string, string> = {};
    for (const questionId of questionIds) {
      if (workshop.publishedUpTo[questionId] !== undefined) continue;
      const history = await this.history(workshop, manager, questionId);
      if (!canFreeze(history)) continue;
      additions[questionId] = String(Math.max(...history.map((e) => e.seq)));
    }
    if (Object.keys(additions).length === 0) return;
    // Existing keys win (right operand of ||): a question, once frozen, never moves.
    await manager.query(
      `UPDATE workshops SET published_up_to = $3::jsonb || published_up_to WHERE organization_id = $1 AND id = $2`,
      [workshop.organizationId, workshop.id, JSON.stringify(additions)],
    );
  }

  async publishState(organizationId: string, id: string): Promise<WorkshopView> {
    const workshop = await this.find(organizationId, id);
    await this.bus.publish({
      type: 'state',
      organizationId,
      workshopId: id,
      at: new Date().toISOString(),
      ...stateOf(workshop),
    });
    return this.toView(workshop);
  }

  async toView(w: WorkshopEntity): Promise<WorkshopView> {
    const participants = await this.participants.find({
      where: { organizationId: w.organizationId, workshopId: w.id },
      order: { joinedAt: 'ASC' },
    });
    const counts = new Map<WorkshopDepartment, number>();
    for (const p of participants) counts.set(p.department, (counts.get(p.department) ?? 0) + 1);
    const state = stateOf(w);
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
      lockedQuestionIds: state.lockedQuestionIds,
      publishedQuestionIds: w.questionIds.filter((q) => w.publishedUpTo[q] !== undefined),
      timerEndsAt: state.timerEndsAt,
      joinCode: w.status === 'live' ? w.joinCode : null,
      agreedAnswers: w.questionIds
        .filter((q) => w.agreedAnswers[q])
        .map((q) => ({ questionId: q, value: w.agreedAnswers[q].value, agreedAt: w.agreedAnswers[q].agreedAt })),
      participants: {
        total: participants.length,
        byDepartment: w.departments.map((department) => ({ department, count: counts.get(department) ?? 0 })),
        ...(w.anonymity === 'named' && {
          named: participants
            .filter((p) => p.displayName !== null)
            .map((p) => ({ displayName: p.displayName as string, department: p.department })),
        }),
      },
      createdAt: w.createdAt.toISOString(),
      startedAt: w.startedAt?.toISOString() ?? null,
      closedAt: w.closedAt?.toISOString() ?? null,
    };
  }
}
