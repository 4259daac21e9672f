import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DisclosureClass, DisclosureScore, Grade, Language } from '@ipgn/disclosure-scoring';
import { UserEntity } from '../../auth/entities/user.entity';
import type { DisclosureDocumentType, DisclosureSourceKind } from '@ipgn/contracts';

/**
 * One disclosure an investor judged for themselves (any company's text, pasted or uploaded): a personal history
 * that belongs to that user alone — no organization, no audit trail. Every query filters on `user_id`. The full
 * scorer output is stored as produced, like the organizations' `disclosure_scores`.
 */
@Entity({ name: 'disclosure_checks' })
// The history reads newest first within one user, backwards on this index (a page stops after offset + limit rows).
@Index('ix_disclosure_checks_user_newest', ['userId', 'createdAt', 'id'])
// A resent form (double click, a retry after a lost answer) carries the same submission id: one row, not two.
@Index('uq_disclosure_checks_user_submission', ['userId', 'submissionId'], { unique: true })
export class DisclosureCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Chosen by the browser per version of the form; null when the caller sent none. */
  @Column({ name: 'submission_id', type: 'uuid', nullable: true })
  submissionId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Whose text it is, as given: never counted as specific content. */
  @Column({ name: 'company_name', type: 'varchar', length: 120, nullable: true })
  companyName!: string | null;

  @Column({ name: 'document_type', type: 'varchar', length: 32 })
  documentType!: DisclosureDocumentType;

  /** `paste` or `upload`. */
  @Column({ type: 'varchar', length: 16 })
  source!: DisclosureSourceKind;

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

  @Column({ name: 'class', type: 'varchar', length: 1, nullable: true })
  disclosureClass!: DisclosureClass | null;

  @Column({ name: 'rubric_version', type: 'varchar', length: 32 })
  rubricVersion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
