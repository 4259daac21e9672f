import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ModuleId } from '@ipgn/assessment';
import { UserEntity } from '../../auth/entities/user.entity';
import { AssessmentEntity } from './assessment.entity';

/** Which member is asked to answer a module of an assessment. */
@Entity({ name: 'assessment_assignments' })
export class AssessmentAssignmentEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ name: 'module_id', type: 'varchar', length: 32 })
  moduleId!: ModuleId;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'assessment_id', referencedColumnName: 'id' },
  ])
  assessment?: AssessmentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
