// Disclosure scoring through the API (issue 4): POST /api/orgs/:orgId/disclosures with a 10,000-character Japanese
// text (score + save the full result as jsonb + audit event), and GET …/:id/compare/:otherId between two such texts
// (sentence diff). The built API (dist/apps/api/main.js) runs in its own process on a real PostgreSQL; a closed-loop
// client here loads it. Needs `npx nx build api` first and DATABASE_URL, or a server on postgres://postgres@127.0.0.1:5432
// where a fresh database is created. Run: `npm run bench -- disclosure-endpoint`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN, ROOT, benchApiEnv, freshDatabase, startApi } from './support/bench-process';
import { signUpOwner } from './support/bench-session';

const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 8);
const CONNECTIONS = 4;
const TARGET_CHARS = 10_000;
/** Budget for one scoring request end to end (the scorer alone takes ~5 ms for this text). */
const BUDGET_P95_MS = 250;

function japaneseText(round: number): string {
  const file = join(ROOT, 'libs/disclosure-scoring/eval/passages.json');
  const { passages } = JSON.parse(readFileSync(file, 'utf8')) as { passages: { language: string; text: string }[] };
  const ja = passages.filter((p) => p.language === 'ja').map((p) => p.text);
  let out = '';
  for (let r = 1; out.length < TARGET_CHARS; r++)
    for (const t of ja) out += `${t.replace(/。/g, `（${r + round}）。`)}\n\n`;
  return out.slice(0, TARGET_CHARS);
}

/** A signed-in owner, over HTTP like the web app (cookie + CSRF). */
async function signIn(base: string): Promise<{ headers: Record<string, string>; orgId: string }> {
  const { cookie, csrf, orgId } = await signUpOwner(base);
  return { headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, orgId };
}

async function load(
  label: string,
  call: () => Promise<Response>,
  expected: number,
): Promise<{ p95: number; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + DURATION_S * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await call();
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== expected) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  console.log(
    `${label.padEnd(48)} ${(latencies.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${pct(50).toFixed(1)} ms  p95 ${pct(95).toFixed(1)} ms  p99 ${pct(99).toFixed(1)} ms  (${latencies.length} requests, ${failures} failed, ${CONNECTIONS} connections, ${DURATION_S} s)`,
  );
  return { p95: pct(95), failures };
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('Build the API first: npx nx build api');
  const databaseUrl = (await freshDatabase('ds')).url;
  const port = 3900 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const api = await startApi(benchApiEnv(port, { url: databaseUrl }), `${base}/api/health`);
  try {
    const { headers, orgId } = await signIn(base);
    const url = `${base}/api/orgs/${orgId}/disclosures`;
    const texts = [japaneseText(0), japaneseText(100)];
    const body = (text: string) => JSON.stringify({ title: 'ベンチマーク', documentType: 'integrated_report', text });
    const ids: string[] = [];
    for (const text of texts) {
      const res = await fetch(url, { method: 'POST', headers, body: body(text) });
      if (res.status !== 201) throw new Error(`score ${res.status} ${await res.text()}`);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const scored = await load(
      `POST …/disclosures (${TARGET_CHARS.toLocaleString('en')} chars ja, score + save)`,
      () => fetch(url, { method: 'POST', headers, body: body(texts[0] ?? '') }),
      201,
    );
    await load(
      'GET …/disclosures/:id/compare/:otherId (10k vs 10k)',
      () => fetch(`${url}/${ids[0]}/compare/${ids[1]}`, { headers }),
      200,
    );
    await load('GET …/disclosures (history list)', () => fetch(url, { headers }), 200);
    const ok = scored.p95 < BUDGET_P95_MS && scored.failures === 0;
    console.log(
      `budget p95 < ${BUDGET_P95_MS} ms for scoring a 10,000-character text through the API: ${ok ? 'met' : 'NOT met'}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    api.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
