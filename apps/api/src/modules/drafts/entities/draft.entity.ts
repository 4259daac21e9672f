import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DraftStatus } from '@ipgn/contracts';
import type { DraftLanguage, DraftType } from '@ipgn/drafting';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

export type { DraftStatus } from '@ipgn/contracts';

/** One disclosure draft of an organization; its text lives in `draft_versions`, one row per save. */
@Entity({ name: 'drafts' })
@Index('uq_drafts_org_id', ['organizationId', 'id'], { unique: true })
@Index('ix_drafts_org_created', ['organizationId', 'createdAt'])
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 32 })
  type!: DraftType;

  @Column({ type: 'varchar', length: 2 })
  language!: DraftLanguage;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 24, default: 'draft' })
  status!: DraftStatus;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion!: number;

  /** The assessment round the draft was generated from (none when the organization had no round). */
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  /** The reviewer picked when review was requested (none: every member who may review is asked). */
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
