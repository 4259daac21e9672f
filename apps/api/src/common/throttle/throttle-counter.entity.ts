import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One rate-limit counter (see ThrottleStore). Keys hold hashes, never e-mail addresses in clear. */
@Entity({ name: 'throttle_counters' })
export class ThrottleCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Index('idx_throttle_counters_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
