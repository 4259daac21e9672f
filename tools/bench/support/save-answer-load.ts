// Shared by the save-answer benchmarks (real PostgreSQL and embedded PGlite): starting a server process, preparing a
// signed-in owner with a round over HTTP, and a closed-loop autosave load in which every connection owns one question.
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { questionsForTrack } from '../../../libs/assessment/src/index';
import { signUpOwner } from './bench-session';

// BENCH_API_MAIN runs another build (e.g. main's, for a before/after in one sitting).
export { API_MAIN, ROOT, startProcess, stopProcess } from './bench-process';
export const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
/**
 * Unmeasured load first, so that both servers are measured with their code optimised by the JIT: at least
 * WARMUP_S seconds and WARMUP_REQUESTS requests (on a busy machine the count is what matters).
 */
export const WARMUP_S = Number(process.env['BENCH_WARMUP_S'] ?? 0);
export const WARMUP_REQUESTS = Number(process.env['BENCH_WARMUP_REQUESTS'] ?? 0);

/** Ladder questions of the listed track: one per connection, so that each connection owns its answer's version. */
export function ladderQuestions(n: number): string[] {
  const ids = questionsForTrack('listed')
    .filter((q) => q.type === 'maturity' && !q.showIf)
    .map((q) => q.id);
  if (ids.length < n) throw new Error(`only ${ids.length} ladder questions for ${n} connections`);
  return ids.slice(0, n);
}

/** A signed-in owner with a listed-track round, over HTTP like the web app (cookie + CSRF). */
export async function prepare(
  base: string,
  questions: readonly string[],
): Promise<{ cookie: string; csrf: string; orgId: string; assessmentId: string }> {
  const { cookie, csrf, orgId } = await signUpOwner(base);
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
  await fetch(`${base}/api/orgs/${orgId}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ listingStatus: 'prime', companySize: 'large' }),
  });
  const started = await fetch(`${base}/api/orgs/${orgId}/assessments`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ track: 'listed' }),
  });
  if (started.status !== 201) throw new Error(`start ${started.status} ${await started.text()}`);
  const assessmentId = ((await started.json()) as { id: string }).id;
  for (const q of questions) {
    const r = await fetch(`${base}/api/orgs/${orgId}/assessments/${assessmentId}/answers/${q}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ value: 0, expectedVersion: 0 }),
    });
    if (r.status !== 200) throw new Error(`seed answer ${q}: ${r.status} ${await r.text()}`);
  }
  return { cookie, csrf, orgId, assessmentId };
}

/**
 * Closed-loop load from this process (the server under test runs in another one): each worker
 * owns one question and sends one request after another with the version it got back, as a browser tab would.
 * (autocannon builds each connection's next request before the previous response arrives, so it cannot carry
 * an optimistic-concurrency version forward.)
 */
export async function load(
  label: string,
  questions: readonly string[],
  url: (q: string) => string,
  headers: Record<string, string>,
  serverPid?: number,
): Promise<{ rps: number; p99: number; non2xx: number; cpuMsPerRequest: number; sent: number }> {
  const latencies: number[] = [];
  /** Every request sent, warm-up included. */
  let sent = 0;
  let non2xx = 0;
  const warmUntil = performance.now() + WARMUP_S * 1000;
  let warmRequests = 0;
  let measureFrom = Infinity;
  let deadline = Infinity;
  let cpuBefore = 0;
  /** The measured window starts with the first request sent once the warm-up is over. */
  const measuring = (now: number): boolean => {
    if (measureFrom === Infinity && now >= warmUntil && warmRequests >= WARMUP_REQUESTS) {
      measureFrom = now;
      deadline = now + DURATION_S * 1000;
      cpuBefore = cpuMs(serverPid);
    }
    return measureFrom !== Infinity;
  };
  const agent = new Agent({ keepAlive: true, maxSockets: questions.length });
  const send = (q: string, body: unknown) => {
    sent++;
    return put(agent, url(q), headers, body);
  };
  const worker = async (q: string) => {
    let version = 0;
    let n = 0;
    // Learn the current version first (the previous phase may have moved it on).
    for (;;) {
      const r = await send(q, { value: n % 5, expectedVersion: version });
      if (r.status === 200) {
        version = (r.body as { version: number }).version;
        break;
      }
      version = (r.body as { current?: { version: number } }).current?.version ?? version;
    }
    while (performance.now() < deadline) {
      n++;
      const t0 = performance.now();
      const measured = measuring(t0);
      if (!measured) warmRequests++;
      const r = await send(q, { value: n % 5, expectedVersion: version });
      if (measured) latencies.push(performance.now() - t0);
      if (r.status === 200) version = (r.body as { version: number }).version;
      else {
        if (measured) non2xx++;
        version = (r.body as { current?: { version: number } }).current?.version ?? version;
      }
    }
  };
  await Promise.all(questions.map((q) => worker(q)));
  const seconds = (performance.now() - measureFrom) / 1000;
  // CPU the server spent per request: unlike req/s, it hardly moves when other jobs share the cores.
  const cpuMsPerRequest = (cpuMs(serverPid) - cpuBefore) / Math.max(1, latencies.length);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const rps = latencies.length / seconds;
  const p99 = pct(99);
  const cpu = serverPid ? `  server CPU ${cpuMsPerRequest.toFixed(2)} ms/request` : '';
  console.log(
    `${label.padEnd(44)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${pct(50).toFixed(1)} ms  p99 ${p99.toFixed(1)} ms${cpu}  (${latencies.length} requests, ${non2xx} non-2xx, ${questions.length} connections, ${DURATION_S} s after ${warmRequests} warm-up requests)`,
  );
  return { rps, p99, non2xx, cpuMsPerRequest, sent };
}

/** User + system CPU of a process so far, in ms (Linux /proc; 0 elsewhere or without a pid). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    // Fields after the command name (which is in parentheses and may contain spaces): utime and stime are 14 and 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function put(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'PUT',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
