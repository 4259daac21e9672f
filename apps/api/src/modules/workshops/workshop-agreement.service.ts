import { Injectable } from '@nestjs/common';
import { getQuestion, validateAnswer, type AnswerValue } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentAnswerImportService } from '../assessments/assessment-answer-import.service';
import { InvalidAnswerException } from '../assessments/assessment-errors';
import { AuditService } from '../audit/audit.service';
import type { AgreedAnswerDto, ApplyToAssessmentDto } from './dto/workshops.dto';
import { WorkshopStore } from './workshop-store.service';
import type { AppliedToAssessmentView } from '@ipgn/contracts';
import type { WorkshopView } from '@ipgn/workshops';

/** What a workshop agreed on, question by question, during or after the session, and taking it into a round. */
@Injectable()
export class WorkshopAgreementService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly audit: AuditService,
    private readonly assessmentAnswers: AssessmentAnswerImportService,
  ) {}

  /** Records, changes or (null) removes the agreed answer of one question; allowed in every status. */
  async setAgreed(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    questionId: string,
    dto: AgreedAnswerDto,
  ): Promise<WorkshopView> {
    const workshop = await this.store.find(org.organizationId, id);
    const question = workshop.questionIds.includes(questionId) ? getQuestion(questionId) : undefined;
    if (!question) throw ApiException.notFound();
    const checked = validateAnswer(question, dto.value);
    if (!checked.ok) throw new InvalidAnswerException(checked.error.code, checked.error.message);
    await this.store.workshops.manager.transaction(async (manager) => {
      // One atomic statement per question, so that two facilitators agreeing on two questions never lose one.
      const sql =
        checked.value === null
          ? `UPDATE workshops SET agreed_answers = agreed_answers - $3::text WHERE organization_id = $1 AND id = $2`
          : `UPDATE workshops SET agreed_answers = agreed_answers || jsonb_build_object($3::text, $4::jsonb) WHERE organization_id = $1 AND id = $2`;
      const params: unknown[] = [org.organizationId, id, questionId];
      if (checked.value !== null)
        params.push(JSON.stringify({ value: checked.value, agreedBy: user.id, agreedAt: new Date().toISOString() }));
      await manager.query(sql, params);
      await this.audit.record(
        {
          organizationId: org.organizationId,
          actorUserId: user.id,
          action: 'workshop.answer_agreed',
          target: id,
          data: { questionId, value: checked.value },
        },
        manager,
      );
    });
    return this.store.toView(await this.store.find(org.organizationId, id));
  }

  /**
   * Writes the agreed answers into a draft assessment round of the same organization through the assessments
   * module, each marked `source: workshop:<id>` and dated with the workshop's date.
   */
  async applyToAssessment(
    org: OrganizationContext,
    user: AuthenticatedUser,
    id: string,
    dto: ApplyToAssessmentDto,
  ): Promise<AppliedToAssessmentView> {
    const organizationId = org.organizationId;
    const workshop = await this.store.find(organizationId, id);
    const source = `workshop:${workshop.id}`;
    const answeredAt = workshop.scheduledAt;
    const answers = workshop.questionIds
      .filter((q) => workshop.agreedAnswers[q])
      .map((questionId) => ({ questionId, value: workshop.agreedAnswers[questionId].value as AnswerValue }));
    const { applied, skipped } = await this.assessmentAnswers.importAnswers({
      organizationId,
      assessmentId: dto.assessmentId,
      answers,
      answeredBy: user.id,
      answeredAt,
      source,
    });
    await this.audit.record({
      organizationId,
      actorUserId: user.id,
      action: 'workshop.applied_to_assessment',
      target: id,
      data: { assessmentId: dto.assessmentId, applied, skipped },
    });
    return { assessmentId: dto.assessmentId, source, answeredAt: answeredAt.toISOString(), applied, skipped };
  }
}
