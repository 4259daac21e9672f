// Save-answer endpoint under load (issues 3 and 15): at least half of the raw handler's throughput in the same run,
// with p99 at most 20 ms, on a real PostgreSQL; both servers' CPU per request is printed too (steady under other load).
// The API runs in its own process (the built dist/apps/api/main.js, i.e. createApp from bootstrap/create-app.ts);
// a closed-loop HTTP client in this process loads it. Then the same against a raw Fastify + pg handler doing the equivalent
// conditional UPDATE, as a ceiling. Needs `npx nx build api` first and a PostgreSQL server: DATABASE_URL, or a
// fresh database created on postgres://postgres@127.0.0.1:5432.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_MAIN, ladderQuestions, load, prepare, startProcess, stopProcess } from './support/save-answer-load';
import { benchApiEnv } from './support/bench-process';

const CONNECTIONS = 10;
// Issue 15: at least half of the raw handler's throughput in the same run, p99 at most 20 ms.
const TARGET_SHARE_OF_RAW = 0.5;
const TARGET_P99_MS = 20;
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

/** Committed + rolled-back transactions of the database so far (each autocommit statement is one). */
async function transactions(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // Backends publish their counts about once a second: wait for the last ones.
  await new Promise((r) => setTimeout(r, 1500));
  const r = await client.query<{ n: string }>(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  await client.end();
  return Number(r.rows[0]?.n ?? 0);
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('Build the API first: npx nx build api');
  const databaseUrl = await freshDatabase();
  // BENCH_PORT pins the API's port (the raw baseline takes the next one) on a machine with assigned port ranges.
  const apiPort = Number(process.env['BENCH_PORT'] ?? 3600 + Math.floor(Math.random() * 200));
  const base = `http://127.0.0.1:${apiPort}`;
  const api = await startProcess(
    [...(process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), API_MAIN],
    benchApiEnv(apiPort, { url: databaseUrl }),
    null,
    `${base}/api/health`,
  );
  let raw: ChildProcess | undefined;
  try {
    const s = await prepare(base, QUESTIONS);
    const before = await transactions(databaseUrl);
    const apiResult = await load(
      'API PUT …/answers/:questionId (Nest)',
      QUESTIONS,
      (q) => `${base}/api/orgs/${s.orgId}/assessments/${s.assessmentId}/answers/${q}`,
      {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
      },
      api.pid,
    );
    // Statements per save, counted by PostgreSQL: a figure the machine's other load cannot move.
    const perSave = ((await transactions(databaseUrl)) - before - 1) / apiResult.sent;
    console.log(`API: ${perSave.toFixed(2)} database statements (transactions) per save`);
    const rawPort = apiPort + (process.env['BENCH_PORT'] ? 1 : 300);
    raw = await startProcess(
      ['--import', 'tsx', join(__dirname, 'raw-save-answer-server.ts')],
      { DATABASE_URL: databaseUrl, PORT: String(rawPort) },
      /LISTENING/,
      '',
    );
    const rawResult = await load(
      'raw Fastify + pg, same conditional UPDATE',
      QUESTIONS,
      (q) => `http://127.0.0.1:${rawPort}/raw/${s.orgId}/${s.assessmentId}/answers/${q}`,
      {},
      raw.pid,
    );
    await stopProcess(raw);
    // The same handler on plain Express (what Nest runs on): how much of the gap is the HTTP framework itself.
    raw = await startProcess(
      ['--import', 'tsx', join(__dirname, 'raw-express-save-answer-server.ts')],
      { DATABASE_URL: databaseUrl, PORT: String(rawPort + 1) },
      /LISTENING/,
      '',
    );
    await load(
      'raw Express 5 + pg, same conditional UPDATE',
      QUESTIONS,
      (q) => `http://127.0.0.1:${rawPort + 1}/raw/${s.orgId}/${s.assessmentId}/answers/${q}`,
      {},
      raw.pid,
    );
    const share = apiResult.rps / rawResult.rps;
    const ok = share >= TARGET_SHARE_OF_RAW && apiResult.p99 <= TARGET_P99_MS && apiResult.non2xx === 0;
    console.log(
      `API / raw: ${(share * 100).toFixed(0)} % of the throughput, p99 ${apiResult.p99.toFixed(1)} vs ${rawResult.p99.toFixed(1)} ms, server CPU ${apiResult.cpuMsPerRequest.toFixed(2)} vs ${rawResult.cpuMsPerRequest.toFixed(2)} ms/request`,
    );
    console.log(
      `target ≥ ${TARGET_SHARE_OF_RAW * 100} % of raw and p99 ≤ ${TARGET_P99_MS} ms for the API: ${ok ? 'met' : 'NOT met'}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await stopProcess(raw);
    await stopProcess(api);
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
