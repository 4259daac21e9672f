import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { BenchmarkSnapshotService } from './benchmark-snapshot.service';

/**
 * Runs the snapshot job inside the API process every BENCHMARK_SNAPSHOT_INTERVAL_SECONDS (0: off, e.g. in tests;
 * `npm run benchmark:snapshot` runs it once by hand). Runs are idempotent, so several instances may share it.
 */
@Injectable()
export class BenchmarkSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BenchmarkSchedule.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly snapshots: BenchmarkSnapshotService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.BENCHMARK_SNAPSHOT_INTERVAL_SECONDS;
    if (seconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    // The process may exit while a run waits: the schedule never keeps it alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.snapshots.run();
    } catch (error) {
      this.logger.error(`benchmark snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
