import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AnswerValue } from '@ipgn/assessment';
import { UserEntity } from '../../auth/entities/user.entity';
import { AssessmentEntity } from './assessment.entity';

/** `workshop:<id>`: written from the agreed answers of that workshop (see modules/workshops); `import`: from a transfer file. */
export type AnswerSource = 'manual' | 'copied' | 'import' | `workshop:${string}`;

/**
 * One answer to one question. `version` is bumped by every write; a write names the version it saw, so the
 * later of two concurrent writers gets a conflict instead of silently overwriting (optimistic concurrency).
 */
@Entity({ name: 'assessment_answers' })
export class AssessmentAnswerEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 80 })
  questionId!: string;

  /** Null when the answer was cleared. */
  @Column({ type: 'jsonb', nullable: true })
  value!: AnswerValue | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;

  @Column({ type: 'varchar', length: 64, default: 'manual' })
  source!: AnswerSource;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'assessment_id', referencedColumnName: 'id' },
  ])
  assessment?: AssessmentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by' })
  answerer?: UserEntity | null;
}
