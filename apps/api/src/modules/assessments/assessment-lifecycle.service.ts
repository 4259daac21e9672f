import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  BANK_VERSION,
  checkFinalize,
  questionsForTrack,
  smePrefill,
  type ModuleId,
  type Track,
  type AssessmentDetail,
  type AssignmentView,
} from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { validationOfRound } from './assessment-validation';
import { AssessmentsService } from './assessments.service';
import type { AssignModuleDto } from './dto/assessments.dto';
import { AssessmentAssignmentEntity } from './entities/assessment-assignment.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { copyPreviousRound } from './assessment-round-copy';

/** A round's life: starting it (from the previous round's answers), assigning modules, submitting (locking) it. */
@Injectable()
export class AssessmentLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

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
        const organization = await this.organizations.findById(organizationId, manager);
        // Answers still asked, with the validation decisions on them (those on an unchanged answer still count).
        const carried = previous
          ? await copyPreviousRound(
              manager,
              previous,
              { id: created.id, track, bankVersion: BANK_VERSION },
              organization.fiscalYearEndMonth,
            )
          : null;
        if (track === 'sme') await prefillFromProfile(manager, organization, created.id, track, user.id);
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
    return this.assessments.detail(organizationId, id);
  }

  async assign(
    org: OrganizationContext,
    actorUserId: string,
    id: string,
    moduleId: string,
    dto: AssignModuleDto,
  ): Promise<AssignmentView[]> {
    const organizationId = org.organizationId;
    const assessment = await this.assessments.findAssessment(organizationId, id);
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
    return this.assessments.assignmentsOf(organizationId, id);
  }

  /**
   * Locks the round: answers can no longer change. A round in the validation step can be submitted only when every
   * answer that needs a decision has been accepted.
   */
  async submit(org: OrganizationContext, actorUserId: string, id: string): Promise<AssessmentDetail> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const round = await this.assessments.loadRound(organizationId, id, {}, manager, true);
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
    return this.assessments.detail(organizationId, id);
  }
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
