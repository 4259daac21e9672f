import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ReviewDecision } from '@ipgn/assessment';
import { UserEntity } from '../../auth/entities/user.entity';
import { AssessmentEntity } from './assessment.entity';

/**
 * The latest accept/return decision on one answer of a round in the validation step. Earlier decisions live in
 * the audit trail (`assessment.answer-accepted` / `assessment.answer-returned`, with the comment).
 */
@Entity({ name: 'assessment_reviews' })
export class AssessmentReviewEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 80 })
  questionId!: string;

  @Column({ type: 'varchar', length: 16 })
  decision!: ReviewDecision;

  @Column({ type: 'text', default: '' })
  comment!: string;

  /** The answer version decided on; a newer answer makes the decision lapse. */
  @Column({ name: 'answer_version', type: 'int' })
  answerVersion!: number;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt!: Date;

  /**
   * A decision carried in from an earlier round: the round number it was made in and its fiscal year (年度), fixed
   * when it was carried. Both null for a decision made in this round.
   */
  @Column({ name: 'decided_in_round', type: 'int', nullable: true })
  decidedInRound!: number | null;

  @Column({ name: 'decided_in_fiscal_year', type: 'smallint', nullable: true })
  decidedInFiscalYear!: number | null;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'assessment_id', referencedColumnName: 'id' },
  ])
  assessment?: AssessmentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: UserEntity | null;
}
