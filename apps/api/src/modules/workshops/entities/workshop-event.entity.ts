import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/**
 * Every event a live workshop sent to its screens, append-only and kept for a few hours (see
 * WORKSHOP_EVENT_RETENTION_MS): the id is the event's SSE `id`, global across replicas, so a stream that
 * reconnects anywhere with `Last-Event-ID` gets exactly the events it missed. Within one workshop the ids
 * grow in commit order (the writer holds a per-workshop advisory lock), across workshops they interleave.
 */
@Entity({ name: 'workshop_events' })
@Index('ix_workshop_events_workshop', ['organizationId', 'workshopId', 'id'])
@Index('ix_workshop_events_created_at', ['createdAt'])
export class WorkshopEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: string;

  /** The event as published (a WorkshopEvent, organization id included; streams strip it). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'workshop_id', referencedColumnName: 'id' },
  ])
  workshop?: WorkshopEntity;
}
