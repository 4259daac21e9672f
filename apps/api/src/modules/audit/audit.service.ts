import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { pageOf, type AuditEvent, type Page, type PageRequest } from '@ipgn/contracts';
import { AuditTargetNames } from './audit-target-names';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditRecord {
  organizationId: string;
  actorUserId: string | null;
  action: string;
  target?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly targetNames: AuditTargetNames,
  ) {}

  /** Records an event, inside the caller's transaction when one is given so that the event and the change commit together. */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repo.save(
      repo.create({
        organizationId: record.organizationId,
        actorUserId: record.actorUserId,
        action: record.action,
        target: record.target ?? null,
        data: record.data ?? {},
      }),
    );
  }

  /** One page of the organization's audit trail, newest first. */
  async list(organizationId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    const [rows, total] = await this.events.findAndCount({
      where: { organizationId },
      relations: { actor: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    const names = await this.targetNames.of(
      organizationId,
      rows.map((e) => e.target),
    );
    const items = rows.map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actor ? { userId: e.actor.id, displayName: e.actor.displayName } : null,
      target: e.target,
      targetRef: e.target ? (names.get(e.target) ?? null) : null,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
    }));
    return pageOf(items, total, page);
  }
}
