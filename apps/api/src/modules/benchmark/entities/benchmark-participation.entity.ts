import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../auth/entities/user.entity';

/** An organization that opted in to the industry benchmark. No row: not taking part (the default). */
@Entity({ name: 'benchmark_participations' })
export class BenchmarkParticipationEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'opted_in_at', type: 'timestamptz' })
  optedInAt!: Date;

  @Column({ name: 'opted_in_by', type: 'uuid', nullable: true })
  optedInBy!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opted_in_by' })
  optedInByUser?: UserEntity | null;
}
