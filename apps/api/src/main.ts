import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './bootstrap/create-app';
import { migrate, openDatabase, type Database } from './bootstrap/database';
import { DataDirectoryInUseError } from './database/embedded-postgres';
import { DemoSeeder } from './modules/demo/demo-seeder';
import { Readiness } from './modules/health/readiness';
import { runBenchmarkSnapshot } from './bootstrap/run-benchmark-snapshot';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  // A one-off job instead of the server: `main.js benchmark-snapshot`.
  if (process.argv[2] === 'benchmark-snapshot') {
    await runBenchmarkSnapshot(config);
    process.exit(0);
  }
  // `node main.js migrate`: apply pending migrations to DATABASE_URL and exit (the Kubernetes migration Job).
  if (process.argv[2] === 'migrate') {
    if (!config.DATABASE_URL)
      throw new ConfigError(
        'Invalid configuration:\n  DATABASE_URL is required to run the migrations alone (the embedded database migrates when the API starts).',
      );
    const done = await migrate(config.DATABASE_URL);
    process.stdout.write(done.length ? `Migrations applied: ${done.join(', ')}\n` : 'Migrations: up to date\n');
    process.exit(0);
  }
  const db: Database = await openDatabase(config);
  const applied = await migrate(db.url);
  const app = await createApp({ ...config, DB_POOL_SIZE: db.poolSize }, db.url);

  let credentials = null;
  if (config.SEED_DEMO) credentials = await app.get(DemoSeeder).seedIfEmpty();

  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host}:${port}`;

  const lines = [
    '',
    `  知財ガバナンス・ナビ / IP Governance Navigator is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${db.embedded ? `embedded PostgreSQL (PGlite) in ${config.PGLITE_DIR}` : 'PostgreSQL server (DATABASE_URL)'}`,
    applied.length ? `  Migrations applied: ${applied.join(', ')}` : '  Migrations: up to date',
  ];
  if (credentials) {
    lines.push('', '  Demo accounts (shown once; passwords are random and not stored in clear):');
    for (const c of credentials) lines.push(`    ${c.role.padEnd(12)} ${c.email.padEnd(30)} ${c.password}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');

  // Graceful shutdown: stop being ready (/api/health → 503), give the balancer SHUTDOWN_DRAIN_MS to notice, then
  // close: live streams are completed (clients reconnect elsewhere), in-flight requests finish, the pool closes.
  // A second signal exits at once.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`  ${signal}: draining for ${config.SHUTDOWN_DRAIN_MS} ms, then closing.\n`);
    app.get(Readiness).beginDraining();
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
    await app.close();
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryInUseError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nThe API could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`,
    );
  }
  process.exit(1);
});
