import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DraftCommentKind } from '@ipgn/contracts';
import { UserEntity } from '../../auth/entities/user.entity';
import { DraftEntity } from './draft.entity';

export type { DraftCommentKind } from '@ipgn/contracts';

/** A comment on a section of a draft (or, for a request for changes, on the whole draft: no section). */
@Entity({ name: 'draft_comments' })
@Index('ix_draft_comments_draft', ['organizationId', 'draftId', 'createdAt'])
export class DraftCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId!: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'draft_id', referencedColumnName: 'id' },
  ])
  draft?: DraftEntity;

  @Column({ name: 'section_id', type: 'varchar', length: 64, nullable: true })
  sectionId!: string | null;

  /** The draft version the comment was written on. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 24, default: 'comment' })
  kind!: DraftCommentKind;

  @Column({ name: 'author', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
