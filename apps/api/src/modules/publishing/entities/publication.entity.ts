import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Draft, DraftLanguage, DraftType } from '@ipgn/drafting';
import type { DisclosureClass, DisclosureScore } from '@ipgn/disclosure-scoring';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

/**
 * A published version of a draft: a frozen copy of what investors read (text, draft model and score), so
 * that the public view never reads the drafts tables and a later edit never changes what was published.
 */
@Entity({ name: 'publications' })
@Index('uq_publications_org_draft_version', ['organizationId', 'draftId', 'version'], { unique: true })
@Index('ix_publications_slug', ['slug', 'publishedAt'])
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId!: string;

  @Column({ type: 'int' })
  version!: number;

  /** The organization's slug at publication time (the public URL). */
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  /** Set when the company unpublished the draft: the publication leaves every public page (kept for the record). */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by' })
  publisher?: UserEntity | null;

  @Column({ type: 'varchar', length: 32 })
  type!: DraftType;

  @Column({ type: 'varchar', length: 2 })
  language!: DraftLanguage;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The rendered plain text, as scored. */
  @Column({ type: 'text' })
  text!: string;

  /** The draft model of the published version (for exports and structured display). */
  @Column({ type: 'jsonb' })
  content!: Draft;

  @Column({ type: 'jsonb' })
  score!: DisclosureScore;

  @Column({ type: 'smallint' })
  overall!: number;

  /** JPX400's 〇/△/✕ floor check: only for CG-report entries (null otherwise, and for v2 results of other documents). */
  @Column({ name: 'class', type: 'varchar', length: 1, nullable: true })
  disclosureClass!: DisclosureClass | null;
}
