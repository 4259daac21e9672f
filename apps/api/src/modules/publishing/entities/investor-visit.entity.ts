import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity';

/** When an investor last marked their updates as seen: "since your last visit" is measured from here. */
@Entity({ name: 'investor_visits' })
export class InvestorVisitEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt!: Date;
}
