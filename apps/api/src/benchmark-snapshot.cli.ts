import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { loadConfig } from './config/app-config';
import { createApp } from './bootstrap/create-app';
import { migrate, openDatabase } from './bootstrap/database';
import { BenchmarkSnapshotService } from './modules/benchmark/benchmark-snapshot.service';

/**
 * `npm run benchmark:snapshot`: runs the industry-benchmark snapshot job once, on the same database and settings
 * as the API (DATABASE_URL, or the embedded database when the API is not running on it). Idempotent.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig({ ...process.env, BENCHMARK_SNAPSHOT_INTERVAL_MINUTES: '0', SEED_DEMO: 'false' });
  const db = await openDatabase(config);
  try {
    await migrate(db.url);
    const app = await createApp({ ...config, DB_POOL_SIZE: db.poolSize }, db.url);
    await app.init();
    try {
      const run = await app.get(BenchmarkSnapshotService).run();
      process.stdout.write(`benchmark snapshot ${run.version}: ${run.stored ? 'stored' : 'unchanged (nothing new to publish)'}, ${run.contributors} contributing organizations\n`);
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark snapshot failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
