// Throughput at 1 and 2 API replicas behind HAProxy (issue 15), in one run on one PostgreSQL database: autosave
// (PUT …/answers/:questionId, closed loop, each connection owning one question and carrying its version) and the
// public company page (GET /api/public/companies/:slug, closed loop). Baseline in the same run: one replica
// called directly, without the balancer. Uses tools/replicas/cluster.ts (the built API and Debian's haproxy);
// ports 4300–4339 unless REPLICAS_PORT says otherwise. Needs `npx nx run api:build` and a PostgreSQL server
// (DATABASE_URL, or a fresh database on postgres://postgres@127.0.0.1:5432). Run: npm run bench -- replicas
import { Agent, get } from 'node:http';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { startCluster, type Cluster } from '../replicas/cluster';
import { DURATION_S, ladderQuestions, load, prepare } from './support/save-answer-load';
import { publishCompanyPage } from './support/public-company-fixture';

const PORT = Number(process.env['REPLICAS_PORT'] ?? 4300);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const QUESTIONS = ladderQuestions(CONNECTIONS);

async function freshDatabase(): Promise<string> {
  if (process.env['DATABASE_URL']) return process.env['DATABASE_URL'];
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = `ipgn_bench_replicas_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

/** Closed-loop GETs from CONNECTIONS keep-alive connections for DURATION_S; every answer must be 200. */
async function readLoad(label: string, url: string): Promise<{ rps: number; p99: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let failed = 0;
  const fetchOnce = () =>
    new Promise<number>((resolve) => {
      get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', () => resolve(0));
    });
  for (let i = 0; i < 100; i++) await fetchOnce(); // warm-up: JIT, pools, the page cache of each replica
  const deadline = performance.now() + DURATION_S * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        if ((await fetchOnce()) !== 200) failed++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const rps = latencies.length / seconds;
  console.log(`${label.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${pct(50).toFixed(1)} ms  p99 ${pct(99).toFixed(1)} ms  (${latencies.length} requests, ${failed} failed, ${CONNECTIONS} connections, ${DURATION_S} s)`);
  return { rps, p99: pct(99), failed };
}

async function measure(label: string, base: string, pagePath: string): Promise<{ save: number; page: number; failed: number }> {
  // A new owner and round per target: the CSRF secret is the cluster's, and each phase starts from version 0.
  const s = await prepare(base, QUESTIONS);
  const save = await load(`save-answer, ${label}`, QUESTIONS, (q) => `${base}/api/orgs/${s.orgId}/assessments/${s.assessmentId}/answers/${q}`, { cookie: s.cookie, 'x-csrf-token': s.csrf });
  const page = await readLoad(`public page, ${label}`, `${base}${pagePath}`);
  return { save: save.rps, page: page.rps, failed: save.non2xx + page.failed };
}

async function main(): Promise<void> {
  const databaseUrl = await freshDatabase();
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results: Record<string, { save: number; page: number; failed: number }> = {};
  let pagePath = '';
  for (const replicas of [1, 2]) {
    let cluster: Cluster | undefined;
    try {
      // Each phase on its own ports: the previous phase's sockets may still be closing.
      cluster = await startCluster({ replicas, databaseUrl, port: PORT + (replicas - 1) * 10, drainMs: 0 });
      if (!pagePath) pagePath = await publishCompanyPage(cluster.url);
      if (replicas === 1) results['direct'] = await measure('1 replica, no balancer', cluster.replicaUrl(0), pagePath);
      results[String(replicas)] = await measure(`${replicas} replica${replicas > 1 ? 's' : ''} behind HAProxy`, cluster.url, pagePath);
    } finally {
      await cluster?.close();
    }
  }
  const ratio = (k: 'save' | 'page') => (results['2'][k] / results['1'][k]).toFixed(2);
  console.log(`2 replicas / 1 replica (both behind HAProxy): save-answer ×${ratio('save')}, public page ×${ratio('page')}`);
  console.log(`HAProxy cost at 1 replica: save-answer ${((1 - results['1'].save / results['direct'].save) * 100).toFixed(0)} %, public page ${((1 - results['1'].page / results['direct'].page) * 100).toFixed(0)} %`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const failed = Object.values(results).reduce((n, r) => n + r.failed, 0);
  if (failed > 0) {
    console.error(`${failed} requests failed`);
    process.exitCode = 1;
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
