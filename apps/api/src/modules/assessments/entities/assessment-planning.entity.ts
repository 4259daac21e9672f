import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AssessmentScope, AssessmentTargets, QuestionNote, TransferDecision } from '@ipgn/assessment';
import { AssessmentEntity } from './assessment.entity';

/**
 * Targets, scope and per-question notes (comment, evidence links) of one round. Validated by the domain library
 * (`validatePlanning`, `validateNotes`) before every write, so the JSON columns only ever hold clean values.
 */
@Entity({ name: 'assessment_plannings' })
export class AssessmentPlanningEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  targets!: AssessmentTargets;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  scope!: AssessmentScope;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  notes!: Record<string, QuestionNote>;

  /**
   * Validation decisions carried in by an import (last year's, from the file): read-only history shown beside the
   * answers. They never count as this round's validation, which lives in assessment_reviews.
   */
  @Column({ name: 'prior_decisions', type: 'jsonb', default: () => `'{}'` })
  priorDecisions!: Record<string, TransferDecision>;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'assessment_id', referencedColumnName: 'id' },
  ])
  assessment?: AssessmentEntity;
}
