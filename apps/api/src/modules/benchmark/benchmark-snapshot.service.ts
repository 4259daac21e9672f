import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  contributionOf,
  liveCounts,
  nextSnapshot,
  sameSnapshot,
  EMPTY_SNAPSHOT,
  type BenchmarkContribution,
  type BenchmarkSnapshot,
} from '@ipgn/assessment';
import { AssessmentsService } from '../assessments/assessments.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { BenchmarkParticipationEntity } from './entities/benchmark-participation.entity';
import { BenchmarkSnapshotEntity } from './entities/benchmark-snapshot.entity';

export interface SnapshotRun {
  /** The version now published. */
  version: number;
  /** False when the run changed nothing (idempotent: same contributions, same publication). */
  stored: boolean;
  contributors: number;
}

/** Builds the next benchmark snapshot from every opted-in organization's latest submitted round. */
@Injectable()
export class BenchmarkSnapshotService {
  private readonly logger = new Logger(BenchmarkSnapshotService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(BenchmarkParticipationEntity)
    private readonly participations: Repository<BenchmarkParticipationEntity>,
    private readonly assessments: AssessmentsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async run(): Promise<SnapshotRun> {
    // Scores are read before the transaction: on the embedded database the pool has one connection.
    const contributions = await this.contributions();
    const run = await this.db.transaction(async (manager) => {
      // Two API instances on one schedule: the second waits here, then finds nothing new to store.
      await manager.query('LOCK TABLE benchmark_snapshots IN EXCLUSIVE MODE');
      const repo = manager.getRepository(BenchmarkSnapshotEntity);
      const latest = await repo.findOne({ where: {}, order: { version: 'DESC' } });
      const previous: BenchmarkSnapshot = latest ? { version: latest.version, cells: latest.cells } : EMPTY_SNAPSHOT;
      const next = nextSnapshot(previous, contributions);
      const live = liveCounts(contributions);
      if (latest && sameSnapshot({ snapshot: previous, live: latest.live }, { snapshot: next, live })) {
        return { version: latest.version, stored: false, contributors: contributions.length };
      }
      await repo.insert({ version: next.version, cells: [...next.cells], live });
      return { version: next.version, stored: true, contributors: contributions.length };
    });
    this.logger.log(
      `benchmark snapshot ${run.version} (${run.stored ? 'stored' : 'unchanged'}, ${run.contributors} contributors)`,
    );
    return run;
  }

  /** One contribution per opted-in organization with a sector and a submitted round. */
  private async contributions(): Promise<BenchmarkContribution[]> {
    const rows = await this.participations.find({ order: { organizationId: 'ASC' } });
    const out: BenchmarkContribution[] = [];
    for (const row of rows) {
      const org = await this.organizations.findById(row.organizationId);
      if (!org.industry) continue;
      const result = await this.assessments.latestSubmittedResult(org.id);
      if (result) out.push(contributionOf(org.id, org.industry, org.companySize, result));
    }
    return out;
  }
}
