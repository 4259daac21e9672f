import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuditTargetRef } from '@ipgn/contracts';
import { AuditTargetNames } from '../audit/audit-target-names';
import { DialogueQuestionEntity } from './entities/dialogue-question.entity';

/** Names investor questions in the audit log by their publication's title: registered with the audit module at start. */
@Injectable()
export class QuestionAuditNames implements OnModuleInit {
  constructor(
    @InjectRepository(DialogueQuestionEntity) private readonly questions: Repository<DialogueQuestionEntity>,
    private readonly names: AuditTargetNames,
  ) {}

  onModuleInit(): void {
    this.names.register(async (organizationId, ids) => {
      const rows = await this.questions.find({
        where: { organizationId, id: In([...ids]) },
        relations: { publication: true },
        select: { id: true, publication: { id: true, title: true } },
      });
      const named = new Map<string, AuditTargetRef>();
      for (const q of rows)
        if (q.publication) named.set(q.id, { kind: 'question', publicationTitle: q.publication.title });
      return named;
    });
  }
}
