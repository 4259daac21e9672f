import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { BenchmarkCell } from '@ipgn/assessment';

/**
 * One published state of the industry benchmark (not tenant-owned: aggregates across organizations). `cells` keep
 * each cell's member ids to decide the next publication; they never leave the server. `live` is each cell's
 * contributor count at that run, which decides whether the cell may be shown.
 */
@Entity({ name: 'benchmark_snapshots' })
export class BenchmarkSnapshotEntity {
  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  cells!: BenchmarkCell[];

  @Column({ type: 'jsonb' })
  live!: Record<string, number>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
