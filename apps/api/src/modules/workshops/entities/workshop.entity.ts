import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerValue } from '@ipgn/assessment';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../auth/entities/user.entity';
import type { WorkshopAnonymity, WorkshopDepartment, WorkshopStatus } from '../workshop-departments';

/** The answer a workshop agreed on for one question, after discussion. */
export interface AgreedAnswer {
  value: AnswerValue;
  agreedBy: string;
  agreedAt: string;
}

/** One facilitated session in which several departments of a company answer the same questions. */
@Entity({ name: 'workshops' })
@Index('uq_workshops_org_id', ['organizationId', 'id'], { unique: true })
// A join code opens exactly one live workshop; closed and draft workshops may reuse codes.
@Index('uq_workshops_live_join_code', ['joinCode'], { unique: true, where: `status = 'live'` })
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Bank question ids, in the order the facilitator steps through them. */
  @Column({ name: 'question_ids', type: 'jsonb' })
  questionIds!: string[];

  @Column({ type: 'jsonb' })
  departments!: WorkshopDepartment[];

  @Column({ type: 'varchar', length: 16 })
  anonymity!: WorkshopAnonymity;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: WorkshopStatus;

  @Column({ name: 'current_question_index', type: 'int', default: 0 })
  currentQuestionIndex!: number;

  @Column({ name: 'results_visible', type: 'boolean', default: false })
  resultsVisible!: boolean;

  @Column({ name: 'locked_question_ids', type: 'jsonb' })
  lockedQuestionIds!: string[];

  @Column({ name: 'timer_ends_at', type: 'timestamptz', nullable: true })
  timerEndsAt!: Date | null;

  /** Set when the workshop goes live; unique among live workshops. */
  @Column({ name: 'join_code', type: 'varchar', length: 6, nullable: true })
  joinCode!: string | null;

  /** Question id → the agreed answer. */
  @Column({ name: 'agreed_answers', type: 'jsonb' })
  agreedAnswers!: Record<string, AgreedAnswer>;

  /**
   * Question id → id of the last answer its published figures include. Set once, when the question is first
   * locked (by hand, by the timer or by closing) with at least MIN_GROUP_SIZE respondents; never moved again,
   * so a question's published figures never change (see @ipgn/workshops questionPublication).
   */
  @Column({ name: 'published_up_to', type: 'jsonb', default: () => `'{}'` })
  publishedUpTo!: Record<string, string>;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;
}
