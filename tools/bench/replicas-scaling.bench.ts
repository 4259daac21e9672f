// Throughput at 1 and 2 API replicas behind HAProxy (issue 15), in one run on one PostgreSQL database: autosave
// (PUT …/answers/:questionId, closed loop, each connection owning one question and carrying its version) and the
// public company page (GET /api/public/companies/:slug, closed loop). Baseline in the same run: one replica
// called directly, without the balancer. The set-ups run side by side and are measured in alternation, ROUNDS
// times (BENCH_ROUNDS, default 3; BENCH_DURATION_S each, default 10), and the medians compared. Uses
// tools/replicas/cluster.ts (the built API and Debian's haproxy); ports 4300–4339 unless REPLICAS_PORT says
// otherwise. Needs `npx nx run api:build` and a PostgreSQL server (DATABASE_URL, or a fresh database on
// postgres://postgres@127.0.0.1:5432). Run: npm run bench -- replicas
import { Agent, get } from 'node:http';
import { loadavg } from 'node:os';
import { startCluster, type Cluster } from '../replicas/cluster';
import { DURATION_S, ladderQuestions, load, prepare } from './support/save-answer-load';
import { publishCompanyPage } from './support/public-company-fixture';
import { freshDatabase } from './support/bench-process';

const PORT = Number(process.env['REPLICAS_PORT'] ?? 4300);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const QUESTIONS = ladderQuestions(CONNECTIONS);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

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
  console.log(
    `${label.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${pct(50).toFixed(1)} ms  p99 ${pct(99).toFixed(1)} ms  (${latencies.length} requests, ${failed} failed, ${CONNECTIONS} connections, ${DURATION_S} s)`,
  );
  return { rps, p99: pct(99), failed };
}

type Target = 'direct' | 'one' | 'two';
const LABELS: Record<Target, string> = {
  direct: '1 replica, no balancer',
  one: '1 replica behind HAProxy',
  two: '2 replicas behind HAProxy',
};

async function main(): Promise<void> {
  const databaseUrl = (await freshDatabase('replicas')).url;
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const clusters: Cluster[] = [];
  try {
    // Both set-ups run side by side (idle ones cost memory, not CPU) and are measured in alternation, ROUNDS times:
    // on a shared box the background load drifts, and alternating spreads that drift over both.
    const one = await startCluster({ replicas: 1, databaseUrl, port: PORT, drainMs: 0 });
    clusters.push(one);
    const two = await startCluster({ replicas: 2, databaseUrl, port: PORT + 10, drainMs: 0 });
    clusters.push(two);
    const bases: Record<Target, string> = { direct: one.replicaUrl(0), one: one.url, two: two.url };
    const pagePath = await publishCompanyPage(one.url);
    const results: Record<Target, { save: number[]; page: number[]; p99: number[] }> = {
      direct: { save: [], page: [], p99: [] },
      one: { save: [], page: [], p99: [] },
      two: { save: [], page: [], p99: [] },
    };
    let failed = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round} of ${ROUNDS} (load average ${loadavg()[0].toFixed(2)})`);
      for (const target of ['direct', 'one', 'two'] as const) {
        const base = bases[target];
        // A new owner and round per measurement: each starts from version 0 and the CSRF secret is the cluster's.
        const s = await prepare(base, QUESTIONS);
        const save = await load(
          `save-answer, ${LABELS[target]}`,
          QUESTIONS,
          (q) => `${base}/api/orgs/${s.orgId}/assessments/${s.assessmentId}/answers/${q}`,
          { cookie: s.cookie, 'x-csrf-token': s.csrf },
        );
        const page = await readLoad(`public page, ${LABELS[target]}`, `${base}${pagePath}`);
        results[target].save.push(save.rps);
        results[target].page.push(page.rps);
        results[target].p99.push(save.p99);
        failed += save.non2xx + page.failed;
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`\nmedians of ${ROUNDS} rounds (${CONNECTIONS} connections, ${DURATION_S} s each):`);
    for (const target of ['direct', 'one', 'two'] as const) {
      console.log(
        `  ${LABELS[target].padEnd(28)} save-answer ${median(results[target].save).toFixed(0).padStart(5)} req/s (p99 ${median(results[target].p99).toFixed(1)} ms)  public page ${median(results[target].page).toFixed(0).padStart(5)} req/s`,
      );
    }
    const ratio = (k: 'save' | 'page') => (median(results.two[k]) / median(results.one[k])).toFixed(2);
    console.log(
      `2 replicas / 1 replica (both behind HAProxy): save-answer ×${ratio('save')}, public page ×${ratio('page')}`,
    );
    const cost = (k: 'save' | 'page') => ((1 - median(results.one[k]) / median(results.direct[k])) * 100).toFixed(0);
    console.log(
      `throughput lost to HAProxy at 1 replica: save-answer ${cost('save')} %, public page ${cost('page')} %`,
    );
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (failed > 0) {
      console.error(`${failed} requests failed`);
      process.exitCode = 1;
    }
  } finally {
    for (const c of clusters) await c.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
