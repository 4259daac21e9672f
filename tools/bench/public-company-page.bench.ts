// The public company page of the investor view (issue 5): GET /api/public/companies/:slug for a company with
// published disclosures (CG report ja + en, one of them published twice) and public Q&A, at a fixed arrival rate of
// 200 requests/s (open loop: requests are sent on schedule whether or not earlier ones have answered, so a slow
// server shows up as latency instead of as a lower rate). Budget: p99 < 50 ms. The built API
// (dist/apps/api/main.js, or BENCH_API_MAIN) runs in its own process on a real PostgreSQL (DATABASE_URL, or a fresh
// database on postgres://postgres@127.0.0.1:5432). Needs `npx nx build api` first. Run: `npm run bench -- public-company`.
import { existsSync } from 'node:fs';
import { publishCompanyPage } from './support/public-company-fixture';
import { API_MAIN, benchApiEnv, freshDatabase, startApi } from './support/bench-process';

const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const BUDGET_P99_MS = 50;

async function openLoop(
  url: string,
): Promise<{ p50: number; p99: number; max: number; sent: number; failures: number; achieved: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const total = RATE * DURATION_S;
  const interval = 1000 / RATE;
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      (async () => {
        // Latency from the scheduled send time, so that a late client is not hidden (coordinated omission).
        try {
          const res = await fetch(url);
          await res.arrayBuffer();
          if (res.status !== 200) failures++;
        } catch {
          failures++;
        }
        latencies.push(performance.now() - due);
      })(),
    );
  }
  await Promise.all(inflight);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    p50: pct(50),
    p99: pct(99),
    max: latencies[latencies.length - 1] ?? NaN,
    sent: total,
    failures,
    achieved: total / seconds,
  };
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error(`Build the API first (npx nx build api): ${API_MAIN} is missing`);
  const databaseUrl = (await freshDatabase('pub')).url;
  const port = 4100 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const api = await startApi(benchApiEnv(port, { url: databaseUrl }), `${base}/api/health`);
  try {
    const url = `${base}${await publishCompanyPage(base)}`;
    const page = (await (await fetch(url)).json()) as { disclosures: unknown[]; questions: unknown[] };
    if (page.disclosures.length !== 2 || page.questions.length !== 5)
      throw new Error(`unexpected page: ${JSON.stringify(page).slice(0, 300)}`);
    // Warm-up (JIT, connection pool), not measured; then one request at a time, for the service time alone.
    for (let i = 0; i < 200; i++) await (await fetch(url)).arrayBuffer();
    const single: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await (await fetch(url)).arrayBuffer();
      single.push(performance.now() - t0);
    }
    single.sort((a, b) => a - b);
    console.log(
      `one request at a time: p50 ${single[100]?.toFixed(1)} ms  p99 ${single[198]?.toFixed(1)} ms  (page ${(await (await fetch(url)).arrayBuffer()).byteLength} bytes)`,
    );
    const r = await openLoop(url);
    console.log(
      `GET /api/public/companies/:slug at ${RATE} req/s for ${DURATION_S} s (open loop): achieved ${r.achieved.toFixed(0)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (${r.sent} requests, ${r.failures} failed)`,
    );
    const ok = r.p99 < BUDGET_P99_MS && r.failures === 0;
    console.log(`budget p99 < ${BUDGET_P99_MS} ms at ${RATE} req/s: ${ok ? 'met' : 'NOT met'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    api.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
