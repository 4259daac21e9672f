// The default `npm start` (embedded PGlite, one pooled connection: decision 0002) under 20 people autosaving at
// once (issue 15): the built API on a fresh embedded database, 20 closed-loop connections each owning one question,
// then the same conditional UPDATE on PGlite in-process behind a bare node:http handler (raw-pglite-save-answer-
// server.ts) on the same data directory, in the same run. Needs `npx nx build api` first; no PostgreSQL server.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, ladderQuestions, load, prepare, startProcess } from './support/save-answer-load';
import { benchApiEnv } from './support/bench-process';

const PEOPLE = 20;
const QUESTIONS = ladderQuestions(PEOPLE);

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('Build the API first: npx nx build api');
  const dir = mkdtempSync(join(tmpdir(), 'ipgn-embedded-bench-'));
  const pgliteDir = join(dir, 'pglite');
  // BENCH_PORT pins the API's port (the raw baseline takes the next one) on a machine with assigned port ranges.
  const apiPort = Number(process.env['BENCH_PORT'] ?? 3900 + Math.floor(Math.random() * 200));
  const base = `http://127.0.0.1:${apiPort}`;
  // No DATABASE_URL: the API starts its embedded PGlite, as `npm start` does.
  delete process.env['DATABASE_URL'];
  const env = benchApiEnv(apiPort, { pgliteDir, dataDir: dir });
  const api = await startProcess([API_MAIN], env, null, `${base}/api/health`);
  let raw: ChildProcess | undefined;
  try {
    const s = await prepare(base, QUESTIONS);
    const apiResult = await load(
      `API on embedded PGlite (${PEOPLE} people)`,
      QUESTIONS,
      (q) => `${base}/api/orgs/${s.orgId}/assessments/${s.assessmentId}/answers/${q}`,
      { cookie: s.cookie, 'x-csrf-token': s.csrf },
      api.pid,
    );
    // The data directory holds one process at a time: stop the API (it closes PGlite) before the baseline opens it.
    api.removeAllListeners('exit');
    await stop(api);
    const rawPort = apiPort + (process.env['BENCH_PORT'] ? 1 : 300);
    raw = await startProcess(
      ['--import', 'tsx', join(__dirname, 'raw-pglite-save-answer-server.ts')],
      { PGLITE_DIR: pgliteDir, PORT: String(rawPort) },
      /LISTENING/,
      '',
    );
    const rawResult = await load(
      'raw PGlite in-process, same conditional UPDATE',
      QUESTIONS,
      (q) => `http://127.0.0.1:${rawPort}/raw/${s.orgId}/${s.assessmentId}/answers/${q}`,
      {},
      raw.pid,
    );
    console.log(
      `API / raw PGlite: ${((apiResult.rps / rawResult.rps) * 100).toFixed(0)} % of the throughput; p99 ${apiResult.p99.toFixed(1)} vs ${rawResult.p99.toFixed(1)} ms`,
    );
    if (apiResult.non2xx > 0) process.exitCode = 1;
  } finally {
    if (raw) {
      raw.removeAllListeners('exit');
      await stop(raw);
    }
    if (api.exitCode === null) api.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
