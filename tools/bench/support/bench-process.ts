// Process and database plumbing shared by every benchmark that runs the built API in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

export const ROOT = join(__dirname, '../../..');
export const API_MAIN = process.env['BENCH_API_MAIN'] ?? join(ROOT, 'dist/apps/api/main.js');

/** DATABASE_URL when given, else a new database `ipgn_bench_<prefix>_<time>` on the local server (dropped by nobody: benchmarks keep their data for a look afterwards). */
export async function freshDatabase(prefix: string): Promise<{ url: string; name: string }> {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: given, name: new URL(given).pathname.slice(1) };
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = `ipgn_bench_${prefix}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { url: `postgres://postgres@127.0.0.1:5432/${name}`, name };
}

/** Starts `node <args>` and resolves when `ready` appears on its stdout or, without `ready`, when `url` answers 200. */
export function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp | null,
  url: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    if (ready) child.stdout?.on('data', (d: Buffer) => ready.test(d.toString()) && resolve(child));
    else child.stdout?.resume();
    const poll = async () => {
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(url)).ok) return resolve(child);
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      reject(new Error(`${url} did not come up`));
    };
    if (!ready) void poll();
  });
}

/** Where a benchmarked API keeps its data: a PostgreSQL server, or its embedded PGlite in a directory of its own. */
export type BenchDatabase = { url: string } | { pgliteDir: string; dataDir: string };

/**
 * The environment the built API starts with in a benchmark: production mode, silent logs, no demo data and no web
 * app, so that only the API is measured. On a PostgreSQL server the pool holds 10 connections; on PGlite the API
 * keeps its default single connection (the caller must also remove DATABASE_URL from its own environment).
 */
export function benchApiEnv(port: number, database: BenchDatabase): Record<string, string> {
  const base = `http://127.0.0.1:${port}`;
  const storage: Record<string, string> =
    'url' in database
      ? { DATABASE_URL: database.url, DB_POOL_SIZE: '10' }
      : { PGLITE_DIR: database.pgliteDir, DATA_DIR: database.dataDir };
  return {
    ...storage,
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    CSRF_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    PUBLIC_URL: base,
    WEB_DIST_DIR: '/nonexistent',
    // A closed loop of one account scoring texts measures the handler, not the per-account judging budget.
    JUDGE_ACCOUNT_LIMIT: '1000000',
  };
}

/** The built API (API_MAIN) in its own process, resolved once `health` answers 200. */
export function startApi(env: Record<string, string>, health: string): Promise<ChildProcess> {
  return startProcess([API_MAIN], env, null, health);
}

/**
 * Stops a server process and resolves once it has exited, so that its port is free for the next run (a back-to-back
 * run on a pinned BENCH_PORT otherwise meets EADDRINUSE on a busy machine). Killed outright after 10 s.
 */
export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill();
  });
}
