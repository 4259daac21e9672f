import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  getBank,
  validateNotes,
  validatePlanning,
  type NoteError,
  type PlanningError,
  type Question,
} from '@ipgn/assessment';
import { ApiException, type ApiFieldProblem } from '../../common/errors/api-exception';
import { isUuid } from '../../common/http/is-uuid';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { PlanningView } from './dto/planning-view';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentPlanningEntity } from './entities/assessment-planning.entity';

const FIELD_CODE: Readonly<Record<PlanningError['code'] | NoteError['code'], string>> = {
  'unknown-question': 'unknownQuestion',
  'unknown-module': 'unknownModule',
  'not-scorable': 'notScorable',
  'invalid-level': 'invalidLevel',
  'missing-reason': 'missingReason',
  'reason-too-long': 'unknown',
  'too-many-entries': 'unknown',
  'invalid-note': 'unknown',
  'comment-too-long': 'unknown',
  'too-many-links': 'unknown',
  'invalid-url': 'unknown',
};

export const EMPTY_PLANNING: PlanningView = {
  targets: { questions: {}, modules: {} },
  scope: { questions: {}, modules: {} },
  notes: {},
};

/** Targets, scope and notes of a round: read by anyone who may read the round, written by its managers. */
@Injectable()
export class AssessmentPlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(organizationId: string, id: string): Promise<PlanningView> {
    await this.findRound(this.db.manager, organizationId, id);
    return this.load(this.db.manager, organizationId, id);
  }

  async put(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    body: { targets?: unknown; scope?: unknown; notes?: unknown },
  ): Promise<PlanningView> {
    const organizationId = org.organizationId;
    return this.db.transaction(async (manager) => {
      const round = await this.findRound(manager, organizationId, id, true);
      // A submitted round is the record of that year: its targets and scope (which move its results) stay as they
      // were. During validation notes still change (evidence links are added there).
      if (round.status === 'submitted') throw new ApiException(409, 'ASSESSMENT_LOCKED');
      const clean = this.validate(round, body);
      await this.write(manager, organizationId, id, clean, user.id);
      await this.audit.record(
        {
          organizationId,
          actorUserId: user.id,
          action: 'assessment.planning-saved',
          target: id,
          data: {
            targets: countOf(clean.targets.questions) + countOf(clean.targets.modules),
            excluded: countOf(clean.scope.questions) + countOf(clean.scope.modules),
          },
        },
        manager,
      );
      // Imported decisions are not part of the body but of the round's planning: answer with them, as GET does.
      return { ...clean, priorDecisions: (await this.load(manager, organizationId, id)).priorDecisions ?? {} };
    });
  }

  /** Checks raw targets, scope and notes against the round's bank version and track; 400 with every problem. */
  validate(round: AssessmentEntity, body: { targets?: unknown; scope?: unknown; notes?: unknown }): PlanningView {
    const planning = validatePlanning({ targets: body.targets, scope: body.scope }, round.track, round.bankVersion);
    const questions = new Map<string, Question>(
      (getBank(round.bankVersion)?.questions ?? []).filter((q) => q.tracks.includes(round.track)).map((q) => [q.id, q]),
    );
    const notes = validateNotes(body.notes, questions);
    const problems: ApiFieldProblem[] = [
      ...(planning.ok ? [] : planning.errors),
      ...(notes.ok ? [] : notes.errors),
    ].map((e) => ({ field: e.field, code: FIELD_CODE[e.code] }));
    if (!planning.ok || !notes.ok) throw ApiException.badRequest('PLANNING_INVALID', problems);
    return { targets: planning.value.targets, scope: planning.value.scope, notes: notes.value };
  }

  async load(manager: EntityManager, organizationId: string, assessmentId: string): Promise<PlanningView> {
    const row = await manager
      .getRepository(AssessmentPlanningEntity)
      .findOne({ where: { organizationId, assessmentId } });
    return row
      ? { targets: row.targets, scope: row.scope, notes: row.notes, priorDecisions: row.priorDecisions }
      : { ...EMPTY_PLANNING, priorDecisions: {} };
  }

  /** Upserts targets, scope and notes; prior decisions only when given (an import), else they stay as they are. */
  async write(
    manager: EntityManager,
    organizationId: string,
    assessmentId: string,
    planning: PlanningView,
    userId: string,
  ): Promise<void> {
    await manager.getRepository(AssessmentPlanningEntity).upsert(
      {
        organizationId,
        assessmentId,
        targets: planning.targets,
        scope: planning.scope,
        notes: planning.notes,
        ...(planning.priorDecisions && { priorDecisions: planning.priorDecisions }),
        updatedBy: userId,
      },
      ['organizationId', 'assessmentId'],
    );
  }

  async findRound(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<AssessmentEntity> {
    if (!isUuid(id)) throw ApiException.notFound();
    const round = await manager
      .getRepository(AssessmentEntity)
      .findOne({ where: { organizationId, id }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!round) throw ApiException.notFound();
    return round;
  }
}

function countOf(record: object | undefined): number {
  return record ? Object.keys(record).length : 0;
}
