import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DisclosureClass, DisclosureScore, Grade, Language } from '@ipgn/disclosure-scoring';
import { UserEntity } from '../../auth/entities/user.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import type { DisclosureDocumentType, DisclosureSourceKind } from '@ipgn/contracts';

/**
 * One scored disclosure text, kept in the organization's history. The full scorer output is stored as it was
 * produced (with its rubric version), so an old score never changes when the rubric does.
 */
@Entity({ name: 'disclosure_scores' })
// The history's two orders (DisclosuresService.list), each read backwards within one organization so that a page stops
// after offset + limit rows instead of sorting every row: newest (created desc, id desc) and score (overall desc,
// created desc, id desc). The id is in both because it breaks the last tie of the order.
@Index('ix_disclosure_scores_org_newest', ['organizationId', 'createdAt', 'id'])
@Index('ix_disclosure_scores_org_score', ['organizationId', 'overall', 'createdAt', 'id'])
export class DisclosureScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'document_type', type: 'varchar', length: 32 })
  documentType!: DisclosureDocumentType;

  /** `paste` or `upload`. */
  @Column({ type: 'varchar', length: 16 })
  source!: DisclosureSourceKind;

  /** The uploaded file's original name (uploads only). */
  @Column({ name: 'source_filename', type: 'varchar', length: 255, nullable: true })
  sourceFilename!: string | null;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb' })
  result!: DisclosureScore;

  @Column({ type: 'smallint' })
  overall!: number;

  @Column({ type: 'varchar', length: 1 })
  grade!: Grade;

  /** JPX400's 〇/△/✕ floor check: only for CG-report entries (null otherwise, and for v2 results of other documents). */
  @Column({ name: 'class', type: 'varchar', length: 1, nullable: true })
  disclosureClass!: DisclosureClass | null;

  @Column({ name: 'rubric_version', type: 'varchar', length: 32 })
  rubricVersion!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
