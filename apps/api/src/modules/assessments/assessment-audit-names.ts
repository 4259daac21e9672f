import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditTargetNames } from '../audit/audit-target-names';
import { AssessmentEntity } from './entities/assessment.entity';

/** Names rounds in the audit log (「第2回（上場企業向け）」): registered with the audit module at start. */
@Injectable()
export class AssessmentAuditNames implements OnModuleInit {
  constructor(
    @InjectRepository(AssessmentEntity) private readonly rounds: Repository<AssessmentEntity>,
    private readonly names: AuditTargetNames,
  ) {}

  onModuleInit(): void {
    this.names.register(async (organizationId, ids) => {
      const rows = await this.rounds.find({
        where: { organizationId, id: In([...ids]) },
        select: { id: true, round: true, track: true },
      });
      return new Map(rows.map((r) => [r.id, { kind: 'assessment' as const, round: r.round, track: r.track }]));
    });
  }
}
