import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { BENCHMARK_MIN_CONTRIBUTORS, benchmarkStanding, cellDistribution, visibleCells } from '@ipgn/assessment';
import type {
  BenchmarkParticipationView,
  BenchmarkStandingView,
  PublicBenchmarkBandView,
  PublicBenchmarkView,
} from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentsService } from '../assessments/assessments.service';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { BenchmarkParticipationEntity } from './entities/benchmark-participation.entity';
import { BenchmarkSnapshotEntity } from './entities/benchmark-snapshot.entity';

const MINIMUM = BENCHMARK_MIN_CONTRIBUTORS;

/** Opting in and out, and "where we stand" for one round against the latest published snapshot. */
@Injectable()
export class BenchmarkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(BenchmarkParticipationEntity)
    private readonly participations: Repository<BenchmarkParticipationEntity>,
    @InjectRepository(BenchmarkSnapshotEntity) private readonly snapshots: Repository<BenchmarkSnapshotEntity>,
    private readonly organizations: OrganizationsService,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
  ) {}

  async participation(organizationId: string): Promise<BenchmarkParticipationView> {
    const org = await this.organizations.findById(organizationId);
    const row = await this.participations.findOne({ where: { organizationId }, relations: { optedInByUser: true } });
    return {
      optedIn: row !== null,
      optedInAt: row?.optedInAt.toISOString() ?? null,
      optedInBy: row?.optedInBy ? { userId: row.optedInBy, displayName: row.optedInByUser?.displayName ?? '' } : null,
      industry: org.industry,
      sizeBand: org.companySize,
    };
  }

  /** Opt in (needs the profile's sector: it decides the cell) or out; the same call twice changes nothing. */
  async update(
    org: OrganizationContext,
    user: AuthenticatedUser,
    optedIn: boolean,
  ): Promise<BenchmarkParticipationView> {
    const organizationId = org.organizationId;
    // Read before the transaction: on the embedded database the transaction holds the pool's only connection.
    const profile = await this.organizations.findById(organizationId);
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(BenchmarkParticipationEntity);
      const existing = await repo.findOne({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
      if (optedIn === (existing !== null)) return;
      if (optedIn) {
        if (!profile.industry) throw new ApiException(409, 'BENCHMARK_INDUSTRY_REQUIRED');
        await repo.insert({ organizationId, optedInAt: new Date(), optedInBy: user.id });
      } else {
        // Leaves the next snapshot's contributions; published figures stay frozen until enough others changed.
        await repo.delete({ organizationId });
      }
      await this.audit.record(
        { organizationId, actorUserId: user.id, action: optedIn ? 'benchmark.opted-in' : 'benchmark.opted-out' },
        manager,
      );
    });
    return this.participation(organizationId);
  }

  /** The round's own scores next to its industry's quartiles; only contributors see the benchmark (give to get). */
  async standing(organizationId: string, assessmentId: string): Promise<BenchmarkStandingView> {
    const result = await this.assessments.results(organizationId, assessmentId);
    const participation = await this.participation(organizationId);
    if (!participation.optedIn) return { status: 'not-opted-in', minimum: MINIMUM };
    if (!participation.industry) return { status: 'no-industry', minimum: MINIMUM };
    const latest = await this.snapshots.findOne({ where: {}, order: { version: 'DESC' } });
    if (!latest) return { status: 'no-snapshot', minimum: MINIMUM };
    const cell = visibleCells({ version: latest.version, cells: latest.cells }, latest.live).find(
      (c) => c.sector === participation.industry && c.sizeBand === participation.sizeBand,
    );
    const where = { industry: participation.industry, sizeBand: participation.sizeBand };
    if (!cell) return { status: 'not-enough', minimum: MINIMUM, ...where };
    const computed =
      cell.computedIn === latest.version
        ? latest
        : await this.snapshots.findOne({ where: { version: cell.computedIn } });
    return {
      status: 'shown',
      minimum: MINIMUM,
      ...where,
      contributors: cell.contributors,
      computedAt: (computed ?? latest).createdAt.toISOString(),
      rows: benchmarkStanding(result, cell).map((r) => ({ ...r, industry: r.industry ? { ...r.industry } : null })),
    };
  }

  /**
   * A sector's published distribution for anyone (investors): only the cells the privacy rules show, quartiles
   * only; an unpublished or withheld sector is an empty list, indistinguishable from a sector nobody joined.
   */
  async publicDistribution(industry: string): Promise<PublicBenchmarkView> {
    const bands = (await this.publicBands()).get(industry) ?? [];
    return { industry, minimum: MINIMUM, bands };
  }

  /**
   * Every sector's public bands of the latest snapshot. The snapshot row holds every cell's member ids (large);
   * anonymous requests read only its version number and reuse the built answer until a new snapshot is stored
   * (each API instance checks the version, so replicas never serve an older snapshot than the database has).
   */
  private publicCache: { version: number; bySector: Map<string, PublicBenchmarkBandView[]> } | null = null;

  private async publicBands(): Promise<Map<string, PublicBenchmarkBandView[]>> {
    const head = await this.snapshots.findOne({ where: {}, order: { version: 'DESC' }, select: { version: true } });
    if (!head) return new Map();
    if (this.publicCache?.version === head.version) return this.publicCache.bySector;
    const latest = await this.snapshots.findOne({ where: { version: head.version } });
    if (!latest) return new Map();
    const cells = visibleCells({ version: latest.version, cells: latest.cells }, latest.live);
    const versions = [...new Set(cells.map((c) => c.computedIn))];
    const computed =
      versions.length === 0
        ? []
        : await this.snapshots.find({ where: { version: In(versions) }, select: { version: true, createdAt: true } });
    const computedAt = new Map(computed.map((row) => [row.version, row.createdAt.toISOString()]));
    const bySector = new Map<string, PublicBenchmarkBandView[]>();
    for (const c of cells) {
      bySector.set(c.sector, [
        ...(bySector.get(c.sector) ?? []),
        {
          sizeBand: c.sizeBand,
          contributors: c.contributors,
          computedAt: computedAt.get(c.computedIn) ?? latest.createdAt.toISOString(),
          rows: cellDistribution(c).map((r) => ({
            key: r.key,
            label: { ...r.label },
            quartiles: r.quartiles ? { ...r.quartiles } : null,
          })),
        },
      ]);
    }
    this.publicCache = { version: latest.version, bySector };
    return bySector;
  }
}
