import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Draft, DraftCompleteness } from '@ipgn/drafting';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { UserEntity } from '../../auth/entities/user.entity';
import { DraftEntity } from './draft.entity';

/**
 * One saved state of a draft (the whole Draft model, slots included). Versions are never changed; the score
 * is the disclosure scorer's output on the rendered text when no slot is left, else null.
 */
@Entity({ name: 'draft_versions' })
export class DraftVersionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'draft_id', type: 'uuid' })
  draftId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'draft_id', referencedColumnName: 'id' },
  ])
  draft?: DraftEntity;

  @Column({ type: 'jsonb' })
  sections!: Draft;

  @Column({ type: 'jsonb', nullable: true })
  score!: DisclosureScore | null;

  @Column({ type: 'jsonb' })
  completeness!: DraftCompleteness;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
