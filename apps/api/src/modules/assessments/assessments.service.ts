import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { pageOf, type Page, type PageRequest } from '@ipgn/contracts';
import {
  BANK_VERSION,
  compareRounds,
  getBank,
  progress,
  questionsForTrack,
  visibleQuestions,
  type AssessmentProfile,
  type AssessmentResult,
  type RoundComparison,
  type Track,
  type AssessmentBankView,
  type AssessmentDetail,
  type AssessmentSummary,
  type AssignmentView,
} from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import { OrganizationsService } from '../organizations/organizations.service';
import { answersOf, scoreRound, toAnswerView, toSummary, type LoadedRound } from './assessment-round';
import { toValidationView, validationOfRound } from './assessment-validation';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentAssignmentEntity } from './entities/assessment-assignment.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentPlanningEntity } from './entities/assessment-planning.entity';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';

/**
 * Reading rounds: the bank, lists, one round's detail, results and comparisons, and `loadRound` for the module's
 * other services and for other modules. Writes live in AssessmentAnswersService (autosave) and
 * AssessmentLifecycleService (start, assign, submit).
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly rounds: Repository<AssessmentEntity>,
    @InjectRepository(AssessmentAnswerEntity) private readonly answers: Repository<AssessmentAnswerEntity>,
    @InjectRepository(AssessmentAssignmentEntity) private readonly assignments: Repository<AssessmentAssignmentEntity>,
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
    const [rows, total] = await this.rounds.findAndCount({
      where: { organizationId },
      relations: { creator: true, submitter: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    if (rows.length === 0) return pageOf([], total, page);
    const profile = await this.profileOf(organizationId);
    const answers = await this.answers.find({ where: { organizationId, assessmentId: In(rows.map((a) => a.id)) } });
    const byRound = new Map<string, AssessmentAnswerEntity[]>();
    for (const a of answers) byRound.set(a.assessmentId, [...(byRound.get(a.assessmentId) ?? []), a]);
    return pageOf(
      rows.map((a) => toSummary(a, answersOf(byRound.get(a.id) ?? []), profile)),
      total,
      page,
    );
  }

  async detail(organizationId: string, id: string): Promise<AssessmentDetail> {
    const round = await this.loadRound(organizationId, id, { creator: true, submitter: true });
    const answers = answersOf(round.answers);
    const { track } = round.assessment;
    return {
      ...toSummary(round.assessment, answers, round.profile),
      profile: { listingStatus: round.profile.listingStatus, companySize: round.profile.companySize },
      answers: round.answers.map(toAnswerView),
      assignments: await this.assignmentsOf(organizationId, id),
      progressDetail: progress(track, answers, round.profile, round.assessment.bankVersion),
      visibleQuestionIds: visibleQuestions(track, answers, round.profile, round.assessment.bankVersion).map(
        (q) => q.id,
      ),
      validation: toValidationView(round, validationOfRound(round)),
    };
  }

  /** Who answers which module of the round, by module. */
  async assignmentsOf(organizationId: string, id: string): Promise<AssignmentView[]> {
    const rows = await this.assignments.find({
      where: { organizationId, assessmentId: id },
      relations: { user: true },
      order: { moduleId: 'ASC' },
    });
    return rows.map((a) => ({
      moduleId: a.moduleId,
      assignee: { userId: a.userId, displayName: a.user?.displayName ?? '' },
    }));
  }

  async results(organizationId: string, id: string): Promise<AssessmentResult> {
    return scoreRound(await this.loadRound(organizationId, id));
  }

  /** The scores of the organization's most recently submitted round (any track), or null when none is submitted. */
  async latestSubmittedResult(organizationId: string): Promise<AssessmentResult | null> {
    const latest = await this.rounds.findOne({
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
    manager: EntityManager = this.rounds.manager,
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

  /** The round alone (locked for update when asked, inside the caller's transaction); 404 outside the organization. */
  async findAssessment(
    organizationId: string,
    id: string,
    manager: EntityManager = this.rounds.manager,
    lock = false,
  ): Promise<AssessmentEntity> {
    const assessment = await manager
      .getRepository(AssessmentEntity)
      .findOne({ where: { organizationId, id }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!assessment) throw ApiException.notFound();
    return assessment;
  }

  private async profileOf(organizationId: string): Promise<AssessmentProfile> {
    const org = await this.organizations.findById(organizationId);
    return { listingStatus: org.listingStatus, companySize: org.companySize };
  }
}
