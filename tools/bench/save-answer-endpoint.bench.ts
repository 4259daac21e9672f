// Save-answer endpoint under load (issue 3): at least 500 requests/s with p99 under 50 ms on a real PostgreSQL.
// The API runs in its own process (the built dist/apps/api/main.js, i.e. createApp from bootstrap/create-app.ts);
// a closed-loop HTTP client in this process loads it. Then the same against a raw Fastify + pg handler doing the equivalent
// conditional UPDATE, as a ceiling. Needs `npx nx build api` first and a PostgreSQL server: DATABASE_URL, or a
// fresh database created on postgres://postgres@127.0.0.1:5432.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_MAIN, ladderQuestions, load, prepare, startProcess } from './support/save-answer-load';

const CONNECTIONS = 10;
const TARGET_RPS = 500;
const TARGET_P99_MS = 50;
const QUESTIONS = ladderQuestions(CONNECTIONS);

async function freshDatabase(): Promise<string> {
  if (process.env['DATABASE_URL']) return process.env['DATABASE_URL'];
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = `ipgn_bench_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('Build the API first: npx nx build api');
  const databaseUrl = await freshDatabase();
  // BENCH_PORT pins the API's port (the raw baseline takes the next one) on a machine with assigned port ranges.
  const apiPort = Number(process.env['BENCH_PORT'] ?? 3600 + Math.floor(Math.random() * 200));
  const base = `http://127.0.0.1:${apiPort}`;
  const api = await startProcess(
    [...(process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), API_MAIN],
    { DATABASE_URL: databaseUrl, PORT: String(apiPort), NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DB_POOL_SIZE: '10', CSRF_SECRET: 'bench-secret-bench-secret-bench-secret-00', PUBLIC_URL: base, WEB_DIST_DIR: '/nonexistent' },
    null,
    `${base}/api/health`,
  );
  let raw: ChildProcess | undefined;
  try {
    const s = await prepare(base, QUESTIONS);
    const apiResult = await load('API PUT …/answers/:questionId (Nest)', QUESTIONS, (q) => `${base}/api/orgs/${s.orgId}/assessments/${s.assessmentId}/answers/${q}`, {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
    });
    const rawPort = apiPort + (process.env['BENCH_PORT'] ? 1 : 300);
    raw = await startProcess(['--import', 'tsx', join(__dirname, 'raw-save-answer-server.ts')], { DATABASE_URL: databaseUrl, PORT: String(rawPort) }, /LISTENING/, '');
    const rawResult = await load('raw Fastify + pg, same conditional UPDATE', QUESTIONS, (q) => `http://127.0.0.1:${rawPort}/raw/${s.orgId}/${s.assessmentId}/answers/${q}`, {});
    const ok = apiResult.rps >= TARGET_RPS && apiResult.p99 < TARGET_P99_MS && apiResult.non2xx === 0;
    console.log(`target ≥ ${TARGET_RPS} req/s and p99 < ${TARGET_P99_MS} ms for the API: ${ok ? 'met' : 'NOT met'} (raw baseline ${rawResult.rps.toFixed(0)} req/s, p99 ${rawResult.p99} ms)`);
    if (!ok) process.exitCode = 1;
  } finally {
    raw?.kill();
    api.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
