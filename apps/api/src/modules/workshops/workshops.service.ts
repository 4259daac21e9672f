import { Injectable } from '@nestjs/common';
import { getBank, getQuestion, isScorable, type ModuleId, type Question } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { CreateWorkshopDto, UpdateWorkshopDto } from './dto/workshops.dto';
import { MAX_WORKSHOP_QUESTIONS } from './dto/workshops.dto';
import { WorkshopEntity } from './entities/workshop.entity';
import { WorkshopStore } from './workshop-store.service';
import type { WorkshopView } from '@ipgn/workshops';

/** Workshop questions are perception questions: ladders and scored choices (facts and free text are not). */
export function isWorkshopQuestion(q: Question): boolean {
  return (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') && isScorable(q);
}

/** Preparing workshops: list, create, read, change while a draft, delete when not live. */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly audit: AuditService,
  ) {}

  async list(organizationId: string): Promise<WorkshopView[]> {
    const rows = await this.store.workshops.find({
      where: { organizationId },
      order: { scheduledAt: 'DESC', createdAt: 'DESC' },
    });
    return Promise.all(rows.map((w) => this.store.toView(w)));
  }

  async create(org: OrganizationContext, user: AuthenticatedUser, dto: CreateWorkshopDto): Promise<WorkshopView> {
    const questionIds = resolveQuestionIds(dto.modules, dto.questionIds);
    const saved = await this.store.workshops.manager.transaction(async (manager) => {
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
          publishedUpTo: {},
          agreedAnswers: {},
          createdBy: user.id,
        }),
      );
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: user.id,
          action: 'workshop.created',
          target: created.id,
          data: { title: dto.title },
        },
        manager,
      );
      return created;
    });
    return this.store.toView(saved);
  }

  async detail(organizationId: string, id: string): Promise<WorkshopView> {
    return this.store.toView(await this.store.find(organizationId, id));
  }

  async update(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    dto: UpdateWorkshopDto,
  ): Promise<WorkshopView> {
    const workshop = await this.store.find(org.organizationId, id);
    if (workshop.status !== 'draft') throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
    const changes: Partial<WorkshopEntity> = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.modules !== undefined || dto.questionIds !== undefined)
      changes.questionIds = resolveQuestionIds(dto.modules, dto.questionIds);
    if (dto.departments !== undefined) changes.departments = dto.departments;
    if (dto.anonymity !== undefined) changes.anonymity = dto.anonymity;
    if (dto.scheduledAt !== undefined) changes.scheduledAt = new Date(dto.scheduledAt);
    await this.store.workshops.manager.transaction(async (manager) => {
      const result = await manager
        .getRepository(WorkshopEntity)
        .update({ organizationId: org.organizationId, id, status: 'draft' }, changes);
      if (!result.affected) throw new ApiException(409, 'WORKSHOP_NOT_DRAFT');
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: user.id,
          action: 'workshop.updated',
          target: id,
          data: { fields: Object.keys(changes) },
        },
        manager,
      );
    });
    return this.detail(org.organizationId, id);
  }

  async remove(org: OrganizationContext, user: AuthenticatedUser, id: string): Promise<void> {
    const workshop = await this.store.find(org.organizationId, id);
    if (workshop.status === 'live') throw new ApiException(409, 'WORKSHOP_LIVE');
    await this.store.workshops.manager.transaction(async (manager) => {
      await manager.getRepository(WorkshopEntity).delete({ organizationId: org.organizationId, id });
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: user.id,
          action: 'workshop.deleted',
          target: id,
          data: { title: workshop.title },
        },
        manager,
      );
    });
  }
}

/** The workshop's questions: the chosen modules' workshop questions in bank order, then the custom selection. */
function resolveQuestionIds(
  modules: readonly ModuleId[] | undefined,
  questionIds: readonly string[] | undefined,
): string[] {
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
  if (unknown.length)
    throw ApiException.badRequest('VALIDATION_FAILED', [{ field: 'questionIds', code: 'unknownQuestion' }], {
      unknown,
    });
  if (ids.length === 0)
    throw ApiException.badRequest('VALIDATION_FAILED', [
      { field: 'questionIds', code: 'arrayMinSize', vars: { constraint: 1 } },
    ]);
  if (ids.length > MAX_WORKSHOP_QUESTIONS)
    throw ApiException.badRequest('VALIDATION_FAILED', [
      { field: 'questionIds', code: 'arrayMaxSize', vars: { constraint: MAX_WORKSHOP_QUESTIONS } },
    ]);
  return ids;
}
