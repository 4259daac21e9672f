// Rolling restart under load (issue 15): two API replicas behind HAProxy on one PostgreSQL server. While a steady
// stream of autosaves runs through the balancer and a facilitator follows a live workshop over SSE, each replica
// in turn gets SIGTERM (it drains: health 503, streams completed, in-flight requests answered) and is started
// again. Passes only when no request failed and the event stream came back through the balancer after every
// restart, resumed with Last-Event-ID and got every stored event of the workshop once, in order (checked
// against workshop_events), and saw the last answer's count. Needs `npx nx run api:build`, haproxy, and DATABASE_URL (or a local
// server on 127.0.0.1:5432, where a fresh database is made). Run: npx tsx tools/replicas/rolling-restart.ts
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { createParser } from 'eventsource-parser';
import { questionsForTrack } from '../../libs/assessment/src/index';
import { HttpSession } from '../support/http-session';
import { startCluster } from './cluster';

const PORT = Number(process.env['REPLICAS_PORT'] ?? 4400);
const WRITERS = 4;

async function database(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env['DATABASE_URL']) return { url: process.env['DATABASE_URL'], drop: async () => undefined };
  const name = `ipgn_replicas_${Date.now()}`;
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: async () => {
      const a = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * A facilitator's event stream that reconnects (through the balancer) whenever it ends, as the browser's
 * EventSource does: sending the last event id it saw as `Last-Event-ID`, so the new connection (on whichever
 * replica) resumes after it.
 */
function follow(url: string, cookie: string) {
  const seen: { type: string; id?: string; data: Record<string, unknown>; connection: number }[] = [];
  let connection = 0;
  let lastEventId: string | undefined;
  let stopped = false;
  const controller = new AbortController();
  const loop = async () => {
    while (!stopped) {
      connection++;
      try {
        const headers: Record<string, string> = {
          accept: 'text/event-stream',
          cookie,
          ...(lastEventId && { 'last-event-id': lastEventId }),
        };
        const res = await fetch(url, { headers, signal: controller.signal });
        if (!res.ok || !res.body) throw new Error(`stream ${res.status}`);
        const parser = createParser({
          onEvent: (e) => {
            if (e.id) lastEventId = e.id;
            seen.push({
              type: e.event ?? 'message',
              id: e.id,
              data: JSON.parse(e.data) as Record<string, unknown>,
              connection,
            });
          },
        });
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch (error) {
        if (stopped) return;
        seen.push({ type: 'error', data: { message: String(error) }, connection });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  void loop();
  return {
    seen,
    connections: () => connection,
    stop: () => {
      stopped = true;
      controller.abort();
    },
  };
}

/**
 * What the stream must have got: after the first connection's state snapshot, every stored event of the
 * workshop (workshop_events), each once, in id order — across every reconnect. Returns the problems found.
 */
async function checkResume(
  databaseUrl: string,
  workshopId: string,
  seen: ReturnType<typeof follow>['seen'],
): Promise<{ problems: string[]; events: number; resumed: number }> {
  const problems: string[] = [];
  const shown = seen.filter((e) => e.type !== 'ping' && e.type !== 'error');
  const [first, ...rest] = shown;
  if (first?.type !== 'state' || first.connection !== 1)
    problems.push('the first connection did not start with the state');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const stored = (
    await client.query<{ id: string }>(
      `SELECT id::text AS id FROM workshop_events WHERE workshop_id = $1 AND id > $2::bigint ORDER BY workshop_events.id`,
      [workshopId, first?.id ?? '0'],
    )
  ).rows.map((r) => r.id);
  await client.end();
  const got = rest.map((e) => e.id ?? '?');
  const missing = stored.filter((id) => !got.includes(id));
  const twice = got.filter((id, i) => got.indexOf(id) !== i);
  if (missing.length)
    problems.push(
      `the stream missed ${missing.length} of ${stored.length} events (ids ${missing.slice(0, 10).join(', ')})`,
    );
  if (twice.length) problems.push(`the stream got ${twice.length} events twice (ids ${twice.slice(0, 10).join(', ')})`);
  const at = got.findIndex((id, i) => id !== stored[i]);
  if (at >= 0 && !missing.length && !twice.length) {
    const around = (list: string[]) => list.slice(Math.max(0, at - 2), at + 3).join(', ');
    problems.push(
      `the stream's events differ from the stored ones from position ${at}: got ${around(got)} (${rest
        .slice(Math.max(0, at - 2), at + 3)
        .map((e) => `${e.type}@${e.connection}`)
        .join(', ')}), stored ${around(stored)}`,
    );
  }
  // A reconnect resumes: its first event is the one after the last id seen, never a fresh snapshot.
  const resumed = [...new Set(rest.map((e) => e.connection))].filter((c) => c > 1);
  for (const c of resumed) {
    const firstOfConnection = rest.find((e) => e.connection === c);
    // The first state's id is not among `stored` (they start after it): index -1, so the next is stored[0].
    const before = [first, ...rest].filter((e) => e.connection < c).at(-1);
    if (
      firstOfConnection &&
      before &&
      stored.indexOf(firstOfConnection.id ?? '') !== stored.indexOf(before.id ?? '') + 1
    ) {
      problems.push(
        `connection ${c} did not resume right after event ${String(before.id)} (got ${String(firstOfConnection.id)})`,
      );
    }
  }
  return { problems, events: stored.length, resumed: resumed.length };
}

async function main(): Promise<void> {
  const db = await database();
  const cluster = await startCluster({
    replicas: 2,
    databaseUrl: db.url,
    port: PORT,
    drainMs: 2_000,
    log: (l) => console.log(`  ${l}`),
  });
  const failures: string[] = [];
  let ok = 0;
  try {
    const owner = new HttpSession(cluster.url);
    const signup = await owner.json('POST', '/api/auth/signup', {
      email: `rolling-${Date.now()}@example.test`,
      password: 'correct horse battery',
      displayName: 'Rolling',
      organizationName: '無停止株式会社',
    });
    if (signup.status !== 201) throw new Error(`signup ${signup.status} ${await signup.text()}`);
    const orgId = ((await signup.json()) as { memberships: { organizationId: string }[] }).memberships[0]
      .organizationId;
    const round = await owner.json('POST', `/api/orgs/${orgId}/assessments`, { track: 'listed' });
    const assessmentId = ((await round.json()) as { id: string }).id;
    const workshop = (await (
      await owner.json('POST', `/api/orgs/${orgId}/workshops`, {
        title: 'rolling restart',
        modules: ['m9'],
        departments: ['ip', 'executive'],
        anonymity: 'anonymous',
        scheduledAt: '2026-12-10T10:00:00+09:00',
      })
    ).json()) as { id: string };
    const started = (await (
      await owner.json('POST', `/api/orgs/${orgId}/workshops/${workshop.id}/start`, {})
    ).json()) as { joinCode: string };
    const stream = follow(`${cluster.url}/api/orgs/${orgId}/workshops/${workshop.id}/events`, owner.cookieHeader());

    // Steady load: WRITERS autosave loops, each owning one question and carrying its version forward.
    const questions = questionsForTrack('listed')
      .filter((q) => q.type === 'maturity' && !q.showIf)
      .slice(0, WRITERS)
      .map((q) => q.id);
    let running = true;
    const writer = async (q: string) => {
      let version = 0;
      let n = 0;
      while (running) {
        const res = await owner
          .json('PUT', `/api/orgs/${orgId}/assessments/${assessmentId}/answers/${q}`, {
            value: n++ % 5,
            expectedVersion: version,
          })
          .catch(
            (e: unknown) => ({ status: 0, text: async () => String(e), json: async () => ({}) }) as unknown as Response,
          );
        if (res.status === 200) {
          version = ((await res.json()) as { version: number }).version;
          ok++;
        } else failures.push(`PUT ${q}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const writers = questions.map(writer);

    // Participants join and answer through the balancer, one per second, across both restarts.
    const answered: string[] = [];
    const participants = (async () => {
      for (let i = 0; running; i++) {
        const phone = new HttpSession(cluster.url);
        const joined = await phone.json('POST', '/api/public/workshops/join', {
          code: started.joinCode,
          department: 'ip',
        });
        if (joined.status !== 201) {
          failures.push(`join: ${joined.status} ${(await joined.text()).slice(0, 200)}`);
          continue;
        }
        const token = ((await joined.json()) as { participantToken: string }).participantToken;
        const answer = await phone.json(
          'PUT',
          '/api/participant/answers/m9.management-view',
          { value: i % 5, clientRequestId: randomUUID() },
          { 'x-participant-token': token },
        );
        if (answer.status === 200) answered.push(token);
        else failures.push(`answer: ${answer.status} ${(await answer.text()).slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    })();

    await new Promise((r) => setTimeout(r, 3_000));
    for (const i of [0, 1]) {
      const t0 = Date.now();
      const code = await cluster.stop(i);
      console.log(
        `  replica ${i + 1} stopped with exit code ${code} after ${Date.now() - t0} ms (drain 2,000 ms included)`,
      );
      if (code !== 0) failures.push(`replica ${i + 1} exited with ${code}`);
      await cluster.start(i);
      await new Promise((r) => setTimeout(r, 3_000));
    }
    running = false;
    await Promise.all([...writers, participants]);
    await new Promise((r) => setTimeout(r, 1_000));
    stream.stop();

    const lastAnswer = [...stream.seen]
      .reverse()
      .find((e) => e.type === 'answer' && e.data['questionId'] === 'm9.management-view');
    const resume = await checkResume(db.url, workshop.id, stream.seen);
    if (process.env['ROLLING_RESTART_DUMP'])
      writeFileSync(process.env['ROLLING_RESTART_DUMP'], JSON.stringify(stream.seen, null, 1));
    console.log(`  autosaves ok: ${ok}; failed requests: ${failures.length}`);
    console.log(
      `  workshop answers: ${answered.length}; stream connections: ${stream.connections()} (${resume.resumed} resumed with Last-Event-ID); events after the first state: ${resume.events} stored, all received once and in order: ${resume.problems.length === 0}; last answer event respondents: ${String(lastAnswer?.data['respondents'])}`,
    );
    if (ok < 50) failures.push(`only ${ok} autosaves went through`);
    if (stream.connections() < 2)
      failures.push('the event stream never had to reconnect: no replica restart was seen by it');
    failures.push(...resume.problems);
    if (lastAnswer?.data['respondents'] !== answered.length)
      failures.push(
        `the stream's last answer count (${String(lastAnswer?.data['respondents'])}) is not the ${answered.length} answers sent`,
      );
  } finally {
    await cluster.close();
    await db.drop();
  }
  for (const f of failures.slice(0, 20)) console.error(`  ✘ ${f}`);
  if (failures.length) {
    console.error(`Rolling restart: FAILED (${failures.length} problems)`);
    process.exit(1);
  }
  console.log(
    'Rolling restart: passed (no failed request; the event stream reconnected through the balancer after its replica restarted, resumed after its Last-Event-ID and got every stored event once, in order).',
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
