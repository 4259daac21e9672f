import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity';
import type { WorkshopDepartment } from '../workshop-departments';
import { WorkshopEntity } from './workshop.entity';

/**
 * Someone taking part in one workshop. Identified by a participant token of which only the SHA-256 is stored;
 * the token opens this workshop only. In an anonymous workshop display name and user are always null.
 */
@Entity({ name: 'workshop_participants' })
@Index('uq_workshop_participants_org_id', ['organizationId', 'id'], { unique: true })
@Index('uq_workshop_participants_token_hash', ['tokenHash'], { unique: true })
@Index('ix_workshop_participants_workshop', ['organizationId', 'workshopId'])
// One participant per device and workshop: a second tab or a re-scan of the QR code rejoins as the same one.
@Index('uq_workshop_participants_device', ['organizationId', 'workshopId', 'deviceKeyHash'], {
  unique: true,
  where: 'device_key_hash IS NOT NULL',
})
export class WorkshopParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  /** SHA-256 of the key the joining device keeps (localStorage); null for joins without one. */
  @Column({ name: 'device_key_hash', type: 'varchar', length: 64, nullable: true })
  deviceKeyHash!: string | null;

  @Column({ type: 'varchar', length: 16 })
  department!: WorkshopDepartment;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  displayName!: string | null;

  /** Set only when a signed-in member joined a named workshop as themselves. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'workshop_id', referencedColumnName: 'id' },
  ])
  workshop?: WorkshopEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;
}
