import type { AppConfig } from '../config/app-config';
import { BenchmarkSnapshotService } from '../modules/benchmark/benchmark-snapshot.service';
import { createApp } from './create-app';
import { migrate, openDatabase } from './database';

/**
 * `node dist/apps/api/main.js benchmark-snapshot` (`npm run benchmark:snapshot`): runs the industry-benchmark
 * snapshot job once on the API's database and settings, then exits. Idempotent. On the embedded database the API
 * must not be running (the data directory is locked); against a server it may.
 */
export async function runBenchmarkSnapshot(config: AppConfig): Promise<void> {
  const db = await openDatabase(config);
  try {
    await migrate(db.url);
    const app = await createApp(
      { ...config, BENCHMARK_SNAPSHOT_INTERVAL_SECONDS: 0, SEED_DEMO: false, DB_POOL_SIZE: db.poolSize },
      db.url,
    );
    await app.init();
    try {
      const run = await app.get(BenchmarkSnapshotService).run();
      process.stdout.write(
        `benchmark snapshot ${run.version}: ${run.stored ? 'stored' : 'unchanged (nothing new to publish)'}, ${run.contributors} contributing organizations\n`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}
