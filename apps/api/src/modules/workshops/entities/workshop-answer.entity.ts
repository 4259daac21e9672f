import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerValue } from '@ipgn/assessment';
import { WorkshopParticipantEntity } from './workshop-participant.entity';

/**
 * Every answer a participant sent, append-only; the latest row per participant and question counts. A retry
 * carries the same client request id and is stored once (unique index + ON CONFLICT DO NOTHING), so a late
 * retry of an older answer can never overwrite a newer one.
 */
@Entity({ name: 'workshop_answers' })
@Index('uq_workshop_answers_request', ['organizationId', 'workshopId', 'participantId', 'clientRequestId'], {
  unique: true,
})
@Index('ix_workshop_answers_question', ['organizationId', 'workshopId', 'questionId'])
export class WorkshopAnswerEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'question_id', type: 'varchar', length: 80 })
  questionId!: string;

  /** Null when the participant cleared the answer. */
  @Column({ type: 'jsonb', nullable: true })
  value!: AnswerValue | null;

  @Column({ name: 'client_request_id', type: 'uuid' })
  clientRequestId!: string;

  @CreateDateColumn({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;

  @ManyToOne(() => WorkshopParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: WorkshopParticipantEntity;
}
