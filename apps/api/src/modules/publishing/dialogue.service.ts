import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ApiException } from '../../common/errors/api-exception';
import {
  pageOf,
  type Page,
  type PageRequest,
  type MyQuestionView,
  type QuestionsSummary,
  type QuestionView,
} from '@ipgn/contracts';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import type { AnswerQuestionDto, AskQuestionDto } from './dto/publishing.dto';
import { DialogueQuestionEntity } from './entities/dialogue-question.entity';
import { PublicationEntity } from './entities/publication.entity';
import { PublicPageCache } from './public-page-cache';

/** Investors ask about a published disclosure; the company's members answer and may make the exchange public. */
@Injectable()
export class DialogueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(PublicationEntity) private readonly publications: Repository<PublicationEntity>,
    @InjectRepository(DialogueQuestionEntity) private readonly questions: Repository<DialogueQuestionEntity>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly pages: PublicPageCache,
    private readonly notifications: NotificationsService,
  ) {}

  /** Only investor accounts ask (403 `INVESTOR_ONLY` for company accounts); only about a publication (404 otherwise). */
  async ask(user: AuthenticatedUser, publicationId: string, dto: AskQuestionDto): Promise<MyQuestionView> {
    if (user.accountType !== 'investor') throw new ApiException(403, 'INVESTOR_ONLY');
    const publication = await this.publications.findOne({
      where: { id: publicationId, withdrawnAt: IsNull() },
      select: { id: true, organizationId: true, title: true },
    });
    if (!publication) throw ApiException.notFound();
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DialogueQuestionEntity);
      const row = await repo.save(
        repo.create({
          organizationId: publication.organizationId,
          publicationId,
          askedBy: user.id,
          body: dto.body,
          isPublic: false,
        }),
      );
      await this.audit.record(
        {
          organizationId: publication.organizationId,
          actorUserId: user.id,
          action: 'dialogue.question_asked',
          target: publication.title,
          data: { id: row.id, publicationId },
        },
        manager,
      );
      return row;
    });
    // The members who may answer hear of it (in the app and by e-mail); the investor's name is not passed on.
    await this.notifications.notify({
      organizationId: publication.organizationId,
      kind: 'question_asked',
      recipients: await this.notifications.membersWith(publication.organizationId, 'dialogue:answer'),
      draftId: null,
      title: publication.title,
      actorName: null,
    });
    const org = await this.organizations.findById(publication.organizationId);
    return toMine(saved, org, publication.title);
  }

  /** One page of the questions investors asked the organization, newest first. */
  async listForOrganization(org: OrganizationContext, page: PageRequest): Promise<Page<QuestionView>> {
    const [rows, total] = await this.questions.findAndCount({
      where: { organizationId: org.organizationId },
      relations: { asker: true, answerer: true, publication: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return pageOf(rows.map(toView), total, page);
  }

  async answer(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    dto: AnswerQuestionDto,
  ): Promise<QuestionView> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DialogueQuestionEntity);
      const row = await repo.findOne({ where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw ApiException.notFound();
      // The same answer sent twice (a double click) changes nothing and is not audited twice.
      if (row.answer === dto.body && row.isPublic === dto.makePublic) return;
      await repo.update(
        { id, organizationId },
        { answer: dto.body, answeredBy: actor.id, answeredAt: new Date(), isPublic: dto.makePublic },
      );
      // An edit keeps the replaced answer in the audit log.
      const action = row.answer === null ? 'dialogue.question_answered' : 'dialogue.answer_edited';
      const data =
        row.answer === null
          ? { id, isPublic: dto.makePublic }
          : { id, isPublic: dto.makePublic, previous: row.answer, previousIsPublic: row.isPublic };
      await this.audit.record({ organizationId, actorUserId: actor.id, action, target: id, data }, manager);
    });
    return this.reload(organizationId, id);
  }

  /** Withdraws the answer (audited with its text): the question waits for an answer again and leaves the public page. */
  async withdrawAnswer(org: OrganizationContext, actor: AuthenticatedUser, id: string): Promise<QuestionView> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(DialogueQuestionEntity);
      const row = await repo.findOne({ where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw ApiException.notFound();
      if (row.answer === null) return; // already withdrawn (or never answered): the state asked for is reached
      await repo.update({ id, organizationId }, { answer: null, answeredBy: null, answeredAt: null, isPublic: false });
      await this.audit.record(
        {
          organizationId,
          actorUserId: actor.id,
          action: 'dialogue.answer_withdrawn',
          target: id,
          data: { id, previous: row.answer, previousIsPublic: row.isPublic },
        },
        manager,
      );
    });
    return this.reload(organizationId, id);
  }

  /** How many questions wait for an answer: the company's sign of new questions. */
  async summary(org: OrganizationContext): Promise<QuestionsSummary> {
    const [row] = (await this.questions.query(
      `SELECT count(*) FILTER (WHERE answer IS NULL)::int AS unanswered, count(*)::int AS total FROM dialogue_questions WHERE organization_id = $1`,
      [org.organizationId],
    )) as QuestionsSummary[];
    return { unanswered: row?.unanswered ?? 0, total: row?.total ?? 0 };
  }

  private async reload(organizationId: string, id: string): Promise<QuestionView> {
    const row = await this.questions.findOneOrFail({
      where: { id, organizationId },
      relations: { asker: true, answerer: true, publication: true },
    });
    const slug = await this.organizations.slugOf(organizationId);
    if (slug) this.pages.invalidate(slug);
    return toView(row);
  }

  /** One page of the questions the signed-in investor asked, newest first. */
  async mine(user: AuthenticatedUser, page: PageRequest): Promise<Page<MyQuestionView>> {
    const [rows, total] = await this.questions.findAndCount({
      where: { askedBy: user.id },
      relations: { publication: { organization: true } },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return pageOf(
      rows.map((q) => toMine(q, q.publication?.organization, q.publication?.title ?? '')),
      total,
      page,
    );
  }
}

function toView(q: DialogueQuestionEntity): QuestionView {
  return {
    id: q.id,
    publicationId: q.publicationId,
    publicationTitle: q.publication?.title ?? '',
    publicationVersion: q.publication?.version ?? 0,
    body: q.body,
    askedBy: q.asker ? { userId: q.asker.id, displayName: q.asker.displayName } : null,
    askedAt: q.createdAt.toISOString(),
    answer: q.answer,
    answeredBy: q.answeredBy ? { userId: q.answeredBy, displayName: q.answerer?.displayName ?? '' } : null,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    isPublic: q.isPublic,
  };
}

function toMine(q: DialogueQuestionEntity, company: OrganizationEntity | undefined, title: string): MyQuestionView {
  return {
    id: q.id,
    publicationId: q.publicationId,
    companySlug: company?.slug ?? '',
    companyNameJa: company?.legalNameJa ?? '',
    companyNameEn: company?.legalNameEn ?? null,
    publicationTitle: title,
    body: q.body,
    askedAt: q.createdAt.toISOString(),
    answer: q.answer,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    isPublic: q.isPublic,
  };
}
