import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditTargetNames } from '../audit/audit-target-names';
import { WorkshopEntity } from './entities/workshop.entity';

/** Names workshops in the audit log by their title: registered with the audit module at start. */
@Injectable()
export class WorkshopAuditNames implements OnModuleInit {
  constructor(
    @InjectRepository(WorkshopEntity) private readonly workshops: Repository<WorkshopEntity>,
    private readonly names: AuditTargetNames,
  ) {}

  onModuleInit(): void {
    this.names.register(async (organizationId, ids) => {
      const rows = await this.workshops.find({
        where: { organizationId, id: In([...ids]) },
        select: { id: true, title: true },
      });
      return new Map(rows.map((w) => [w.id, { kind: 'workshop' as const, title: w.title }]));
    });
  }
}
