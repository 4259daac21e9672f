// Workshop under load (issue 7): 300 participants join one live workshop and each answers 20 questions within
// 60 seconds, from this process, while the built API (dist/apps/api/main.js, or BENCH_API_MAIN) runs in its own
// process on a real PostgreSQL (DATABASE_URL, or a fresh database on postgres://postgres@127.0.0.1:5432), so the
// events go through LISTEN/NOTIFY as with several instances. Checks that every answer sent is stored (counted in
// the database) and how soon the facilitator's event stream reflects each answer: p95 ≤ 1 s.
// Needs `npx nx build api` first. Run: `npm run bench -- workshop-load`.
//
// Open loop: each request goes out on its schedule whether or not earlier ones have answered. Each simulated phone
// uses its own loopback address (127.1.x.y), as phones on mobile data would; see docs/benchmarks.md for a room
// behind one NAT address. Every loop below is bounded (300 × 20 answers, at most 3 attempts each).
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { getBank, isScorable, type Question } from '../../libs/assessment/src/index';
import { API_MAIN, benchApiEnv, freshDatabase, startApi } from './support/bench-process';
import { Session } from './support/bench-session';

const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 300);
const QUESTIONS = 20;
const WINDOW_MS = 60_000;
/** Joining is spread over the first JOIN_MS, the answers over the following ANSWER_MS (inside WINDOW_MS). */
const JOIN_MS = 5_000;
const ANSWER_MS = 50_000;
const TARGET_P95_MS = 1_000;
const DEPARTMENTS = ['executive', 'ip', 'rnd', 'business', 'planning', 'ir_finance', 'legal'] as const;

/** The first 20 questions a workshop can ask (ladders and scored choices), in bank order. */
function workshopQuestions(): Question[] {
  const bank = getBank();
  if (!bank) throw new Error('question bank missing');
  const seen = new Set<string>();
  return bank.questions
    .filter((q) => (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') && isScorable(q))
    .filter((q) => !seen.has(q.id) && seen.add(q.id))
    .slice(0, QUESTIONS);
}

function answerFor(q: Question, seed: number): unknown {
  if (q.type === 'maturity') return seed % 5;
  if (q.type === 'single') return q.options[seed % q.options.length]?.id;
  if (q.type === 'multiple') return [q.options[seed % q.options.length]?.id];
  throw new Error(`not a workshop question: ${q.id}`);
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function send(
  url: string,
  method: 'POST' | 'PUT',
  headers: Record<string, string>,
  body: unknown,
  localAddress: string,
): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        localAddress,
        headers: {
          ...headers,
          accept: 'application/json',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text || '{}');
          } catch {
            // keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** The facilitator's event stream: the arrival time of every `answer` event, per question. */
interface AnswerArrival {
  respondents: number;
  at: number;
}

async function followFacilitator(
  url: string,
  cookie: string,
  into: Map<string, AnswerArrival[]>,
  stop: AbortSignal,
): Promise<void> {
  const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: stop });
  if (res.status !== 200 || !res.body) throw new Error(`facilitator stream: ${res.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const now = performance.now();
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (type === 'answer' && data) {
          const e = JSON.parse(data) as { questionId: string; respondents: number };
          const list = into.get(e.questionId) ?? [];
          list.push({ respondents: e.respondents, at: now });
          into.set(e.questionId, list);
        }
        end = buffer.indexOf('\n\n');
      }
    }
  } catch (e) {
    if (!stop.aborted) throw e;
  }
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));
const phoneAddress = (i: number) => `127.1.${Math.floor(i / 200)}.${(i % 200) + 1}`;

interface Sent {
  participant: number;
  questionId: string;
  sentAt: number;
  status: number;
  stored: boolean;
}

async function main(): Promise<void> {
  if (!existsSync(API_MAIN)) throw new Error('Build the API first: npx nx build api');
  const db = await freshDatabase('ws');
  const port = 3800 + Math.floor(Math.random() * 150);
  const base = `http://127.0.0.1:${port}`;
  const api = await startApi(benchApiEnv(port, { url: db.url }), `${base}/api/health`);
  const stopStream = new AbortController();
  try {
    // The facilitator (the organization's owner) and a live workshop of 20 questions.
    const owner = new Session(base);
    const me = await owner.call<{ memberships: { organizationId: string }[] }>('POST', '/api/auth/signup', {
      email: `bench-ws-${Date.now()}@example.test`,
      password: 'correct horse battery',
      displayName: 'ファシリテーター',
      organizationName: 'ワークショップ負荷株式会社',
    });
    const orgId = me.memberships[0]?.organizationId ?? '';
    const questions = workshopQuestions();
    const workshop = await owner.call<{ id: string }>('POST', `/api/orgs/${orgId}/workshops`, {
      title: '負荷試験',
      questionIds: questions.map((q) => q.id),
      departments: [...DEPARTMENTS],
      anonymity: 'anonymous',
      scheduledAt: new Date().toISOString(),
    });
    const { joinCode } = await owner.call<{ joinCode: string }>(
      'POST',
      `/api/orgs/${orgId}/workshops/${workshop.id}/start`,
    );

    const arrivals = new Map<string, AnswerArrival[]>();
    const stream = followFacilitator(
      `${base}/api/orgs/${orgId}/workshops/${workshop.id}/events`,
      owner.cookie,
      arrivals,
      stopStream.signal,
    );
    await new Promise((r) => setTimeout(r, 300));

    const sent: Sent[] = [];
    let joinFailures = 0;
    const t0 = performance.now();
    const participant = async (i: number): Promise<void> => {
      const address = phoneAddress(i);
      await sleepUntil(t0 + (i * JOIN_MS) / PARTICIPANTS);
      const joined = await send(
        `${base}/api/public/workshops/join`,
        'POST',
        {},
        { code: joinCode, department: DEPARTMENTS[i % DEPARTMENTS.length] },
        address,
      );
      if (joined.status !== 201) {
        joinFailures++;
        console.error(`join ${i}: ${joined.status} ${JSON.stringify(joined.body)}`);
        return;
      }
      const token = (joined.body as { participantToken: string }).participantToken;
      for (const [j, q] of questions.entries()) {
        // Inside question j's slot, after the facilitator has moved to it (the first 10 % of the slot is left to that).
        await sleepUntil(t0 + JOIN_MS + ((j + 0.1 + (0.85 * i) / PARTICIPANTS) * ANSWER_MS) / QUESTIONS);
        const body = { value: answerFor(q, i + j), clientRequestId: randomUUID() };
        const record: Sent = { participant: i, questionId: q.id, sentAt: performance.now(), status: 0, stored: false };
        sent.push(record);
        // A flaky connection retries with the same clientRequestId (stored once): at most 3 attempts.
        for (let attempt = 0; attempt < 3 && record.status !== 200; attempt++) {
          try {
            const r = await send(
              `${base}/api/participant/answers/${encodeURIComponent(q.id)}`,
              'PUT',
              { 'x-participant-token': token },
              body,
              address,
            );
            record.status = r.status;
            record.stored = record.stored || (r.body as { stored?: boolean }).stored === true;
          } catch {
            record.status = -1;
          }
        }
      }
    };
    // The facilitator moves the room through the questions, one slot each; phones may answer only the current one.
    const facilitator = async (): Promise<void> => {
      for (let j = 0; j < QUESTIONS; j++) {
        await sleepUntil(t0 + JOIN_MS + (j * ANSWER_MS) / QUESTIONS);
        await owner.call('PUT', `/api/orgs/${orgId}/workshops/${workshop.id}/state`, { currentQuestionIndex: j });
      }
    };
    await Promise.all([facilitator(), ...Array.from({ length: PARTICIPANTS }, (_, i) => participant(i))]);
    const elapsedMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 2_000)); // let the last events arrive
    stopStream.abort();
    await stream;

    // Every answer sent is stored: count the rows.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const [rows] = (
      await pg.query(
        'SELECT count(*)::int AS n, count(DISTINCT (participant_id, question_id))::int AS pairs FROM workshop_answers WHERE workshop_id = $1',
        [workshop.id],
      )
    ).rows as {
      n: number;
      pairs: number;
    }[];
    const [joinedRows] = (
      await pg.query('SELECT count(*)::int AS n FROM workshop_participants WHERE workshop_id = $1', [workshop.id])
    ).rows as { n: number }[];
    // Count events replaced by newer ones while waiting their turn are never stored (coalescing-publisher.ts).
    const [answerEvents] = (
      await pg.query(`SELECT count(*)::int AS n FROM workshop_events WHERE workshop_id = $1 AND type = 'answer'`, [
        workshop.id,
      ])
    ).rows as { n: number }[];
    await pg.end();

    // Facilitator latency: for question q, the k-th answer sent (in send order) counts as reflected once an event
    // for q arrives with at least k respondents. Latency = that arrival − the k-th send.
    const latencies: number[] = [];
    let unreflected = 0;
    for (const q of questions) {
      const sends = sent.filter((s) => s.questionId === q.id && s.status === 200).sort((a, b) => a.sentAt - b.sentAt);
      const events = (arrivals.get(q.id) ?? []).sort((a, b) => a.at - b.at);
      sends.forEach((s, k) => {
        const seen = events.find((e) => e.respondents >= k + 1);
        if (seen) latencies.push(seen.at - s.sentAt);
        else unreflected++;
      });
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    const ok200 = sent.filter((s) => s.status === 200).length;
    const expected = PARTICIPANTS * QUESTIONS;
    const allStored =
      joinFailures === 0 &&
      sent.length === expected &&
      ok200 === expected &&
      rows?.n === expected &&
      rows?.pairs === expected;
    const within = elapsedMs <= WINDOW_MS;
    const latencyOk = pct(95) <= TARGET_P95_MS && unreflected === 0;
    console.log(`participants joined       ${joinedRows?.n ?? 0} / ${PARTICIPANTS} (join failures ${joinFailures})`);
    console.log(
      `answers sent / 200 OK     ${sent.length} / ${ok200} (expected ${expected}); stored as new ${sent.filter((s) => s.stored).length}`,
    );
    const byStatus = new Map<number, number>();
    for (const s of sent) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
    const statusLine = [...byStatus].map(([status, n]) => `${status === -1 ? 'no answer' : status} × ${n}`).join(', ');
    console.log(`answers by last status    ${statusLine}`);
    console.log(`answer-count events       ${answerEvents?.n ?? 0} stored for the answers above`);
    console.log(`rows in workshop_answers  ${rows?.n ?? 0} (distinct participant×question ${rows?.pairs ?? 0})`);
    console.log(
      `load duration             ${(elapsedMs / 1000).toFixed(1)} s (window ${WINDOW_MS / 1000} s), ${((sent.length / elapsedMs) * 1000).toFixed(0)} answers/s on average`,
    );
    console.log(
      `facilitator latency       p50 ${pct(50).toFixed(0)} ms  p95 ${pct(95).toFixed(0)} ms  p99 ${pct(99).toFixed(0)} ms  max ${pct(100).toFixed(0)} ms  (${latencies.length} answers, ${unreflected} never reflected)`,
    );
    console.log(
      `every answer stored: ${allStored ? 'yes' : 'NO'}; within ${WINDOW_MS / 1000} s: ${within ? 'yes' : 'NO'}; p95 ≤ ${TARGET_P95_MS} ms: ${latencyOk ? 'met' : 'NOT met'}`,
    );
    if (!allStored || !within || !latencyOk) process.exitCode = 1;
  } finally {
    stopStream.abort();
    agent.destroy();
    api.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
