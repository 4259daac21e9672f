import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RoundStatus, Track } from '@ipgn/assessment';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../auth/entities/user.entity';

/** draft → (in_review: the validation step) → submitted. */
export type AssessmentStatus = RoundStatus;

/** One round of the GGL self-assessment of one organization on one track. */
@Entity({ name: 'assessments' })
@Index('uq_assessments_org_track_round', ['organizationId', 'track', 'round'], { unique: true })
@Index('uq_assessments_org_id', ['organizationId', 'id'], { unique: true })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 16 })
  track!: Track;

  /** The question-bank version the answers refer to. */
  @Column({ name: 'bank_version', type: 'varchar', length: 32 })
  bankVersion!: string;

  /** 1, 2, 3… per organization and track. */
  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: AssessmentStatus;

  /** The submitted round whose answers this one started from. */
  @Column({ name: 'copied_from', type: 'uuid', nullable: true })
  copiedFrom!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the team asked for validation; set means validation is on and only accepted claims count. */
  @Column({ name: 'validation_requested_at', type: 'timestamptz', nullable: true })
  validationRequestedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: UserEntity | null;
}
