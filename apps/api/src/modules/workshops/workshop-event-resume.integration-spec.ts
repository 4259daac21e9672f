import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { type Client } from '../../../test/test-app';
import { cookieHeader, openSse, type SseEvent, type SseStream } from '../../../test/sse-client';
import { WorkshopEventLog, WORKSHOP_EVENT_RETENTION_MS } from './workshop-event-log';
import { useTestApp } from '../../../test/support/use-test-app';

const M9 = ['m9.management-view', 'm9.ip-function-view', 'm9.future-information'];
const shown = (events: SseEvent[]) => events.filter((e) => e.type !== 'ping');

/**
 * Resuming a workshop event stream with Last-Event-ID: a stream that was away gets exactly the events it
 * missed (those its holder may see), once, in order, then live ones; an id it cannot use gives the current state.
 */
describe('workshop event streams resume after Last-Event-ID', () => {
  const s = useTestApp();
  let owner: Client;
  let orgId: string;
  let base: string;
  const http = () => request(s.t.app.getHttpServer());
  const open: SseStream[] = [];

  beforeAll(async () => {
    await s.t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(s.t.app.getHttpServer().address() as AddressInfo).port}`;
    ({ owner, orgId } = await s.ctx.newOrganization('再接続検証株式会社'));
  });
  afterEach(() => open.splice(0).forEach((s) => s.close()));

  async function live(by: Client, org: string) {
    const created = await by.post(`/api/orgs/${org}/workshops`, {
      title: '再開WS',
      modules: ['m9'],
      departments: ['executive', 'ip'],
      anonymity: 'anonymous',
      scheduledAt: '2026-12-10T10:00:00+09:00',
    });
    const id = String(created.body.id);
    const code = String((await by.post(`/api/orgs/${org}/workshops/${id}/start`)).body.joinCode);
    return { id, code };
  }
  async function facilitatorStream(by: Client, org: string, id: string, lastEventId?: string) {
    const stream = await openSse(`${base}/api/orgs/${org}/workshops/${id}/events`, {
      cookie: cookieHeader(by),
      ...(lastEventId && { 'last-event-id': lastEventId }),
    });
    open.push(stream);
    return stream;
  }
  /** The facilitator console reopening its stream: the id comes as `?lastEventId=` (a new EventSource cannot set the header). */
  async function reopenedStream(
    by: Client,
    org: string,
    id: string,
    query: string,
    headers: Record<string, string> = {},
  ) {
    const stream = await openSse(`${base}/api/orgs/${org}/workshops/${id}/events?${query}`, {
      cookie: cookieHeader(by),
      ...headers,
    });
    open.push(stream);
    return stream;
  }
  async function participant(code: string) {
    const joined = await http().post('/api/public/workshops/join').send({ code, department: 'ip' });
    const token = String(joined.body.participantToken);
    return {
      answer: (questionId: string, value: number) =>
        http()
          .put(`/api/participant/answers/${questionId}`)
          .set('x-participant-token', token)
          .send({ value, clientRequestId: randomUUID() }),
      stream: async (lastEventId?: string) => {
        const s = await openSse(`${base}/api/participant/events`, {
          'x-participant-token': token,
          ...(lastEventId && { 'last-event-id': lastEventId }),
        });
        open.push(s);
        return s;
      },
    };
  }
  const lastEvent = (s: SseStream) => shown(s.events).at(-1) as SseEvent;
  /** Waits until `s` has seen the event with this id (the control stream tells which ids exist). */
  const reach = (s: SseStream, id: string | undefined) => s.next((e) => e.id === id);

  it('replays exactly the missed events, once and in order, then continues live', async () => {
    const { id, code } = await live(owner, orgId);
    const control = await facilitatorStream(owner, orgId, id);
    const away = await facilitatorStream(owner, orgId, id);
    const first = await away.next((e) => e.type === 'state');
    expect(first.id).toMatch(/^\d+$/);

    const phones = [await participant(code), await participant(code)];
    expect((await phones[0].answer(M9[0], 2)).status).toBe(200);
    await reach(away, (await control.next((e) => e.type === 'answer')).id);
    const leftAt = lastEvent(away);
    away.close();

    // The missed ids cross a power of ten (…98, …99, …100): a replay ordered as text would put 100 before 98.
    const [{ last }] = (await s.t.db.query(`SELECT last_value::text AS last FROM workshop_events_id_seq`)) as {
      last: string;
    }[];
    await s.t.db.query(`SELECT setval('workshop_events_id_seq', $1::bigint)`, [
      String(10n ** BigInt(last.length + 1) - 2n),
    ]);
    // While it is away: an answer, a participant joining, a state change.
    expect((await phones[1].answer(M9[0], 4)).status).toBe(200);
    await participant(code);
    expect(
      (await owner.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { currentQuestionIndex: 1 })).status,
    ).toBe(200);
    await control.next((e) => e.type === 'state' && e.data['currentQuestionIndex'] === 1);
    const missed = shown(control.events).filter((e) => BigInt(e.id as string) > BigInt(leftAt.id as string));
    expect(missed.map((e) => e.type)).toEqual(['answer', 'participants', 'state']);

    const back = await facilitatorStream(owner, orgId, id, leftAt.id);
    expect(back.status).toBe(200);
    await reach(back, missed.at(-1)?.id);
    // Then live: one more answer reaches both, with the same id.
    expect((await phones[0].answer(M9[1], 1)).status).toBe(200);
    const liveAnswer = await control.next((e) => e.type === 'answer' && e.data['questionId'] === M9[1]);
    await reach(back, liveAnswer.id);

    const resumed = shown(back.events);
    // Exactly the missed events (no state snapshot first, nothing twice), in order, ids increasing.
    expect(resumed.map((e) => [e.type, e.id])).toEqual([...missed, liveAnswer].map((e) => [e.type, e.id]));
    expect(resumed.map((e) => ({ ...e.data, serverNow: undefined }))).toEqual(
      [...missed, liveAnswer].map((e) => ({ ...e.data, serverNow: undefined })),
    );
    expect(resumed[0].data).toMatchObject({ type: 'answer', questionId: M9[0], respondents: 2 });
    expect(resumed.every((e) => !('organizationId' in e.data) && !('id' in e.data))).toBe(true);
  });

  it('?lastEventId= resumes like the header: exactly the missed events of that workshop, once, in order; the header wins', async () => {
    const { id, code } = await live(owner, orgId);
    const control = await facilitatorStream(owner, orgId, id);
    const leftAt = await control.next((e) => e.type === 'state');
    // Another workshop of the same organization publishes meanwhile: none of it may be replayed here.
    const elsewhere = await live(owner, orgId);
    const elsewhereStream = await facilitatorStream(owner, orgId, elsewhere.id);
    await elsewhereStream.next((e) => e.type === 'state');
    await participant(elsewhere.code);
    await elsewhereStream.next((e) => e.type === 'participants');

    const phone = await participant(code);
    expect((await phone.answer(M9[0], 3)).status).toBe(200);
    expect(
      (await owner.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { currentQuestionIndex: 1 })).status,
    ).toBe(200);
    await control.next((e) => e.type === 'state' && e.data['currentQuestionIndex'] === 1);
    const missed = shown(control.events).filter((e) => BigInt(e.id as string) > BigInt(leftAt.id as string));
    expect(missed.map((e) => e.type)).toEqual(['participants', 'answer', 'state']);

    const back = await reopenedStream(owner, orgId, id, `lastEventId=${leftAt.id}`);
    expect(back.status).toBe(200);
    await reach(back, missed.at(-1)?.id);
    // Live events follow, once.
    expect((await phone.answer(M9[1], 1)).status).toBe(200);
    const liveAnswer = await control.next((e) => e.type === 'answer' && e.data['questionId'] === M9[1]);
    await reach(back, liveAnswer.id);
    expect(shown(back.events).map((e) => [e.type, e.id])).toEqual([...missed, liveAnswer].map((e) => [e.type, e.id]));

    // A browser that reconnected by itself sends a newer id as Last-Event-ID than the one in its URL: the header wins.
    const newest = missed.at(-1)?.id as string;
    const both = await reopenedStream(owner, orgId, id, `lastEventId=${leftAt.id}`, { 'last-event-id': newest });
    await reach(both, liveAnswer.id);
    expect(shown(both.events).map((e) => e.id)).toEqual([liveAnswer.id]);
  });

  it("?lastEventId= that is another organization's, unknown, malformed or repeated gives only the current state, at once", async () => {
    const mine = await live(owner, orgId);
    const theirs = await s.ctx.newOrganization('他社クエリ株式会社');
    const other = await live(theirs.owner, theirs.orgId);
    const otherStream = await facilitatorStream(theirs.owner, theirs.orgId, other.id);
    await otherStream.next((e) => e.type === 'state');
    await participant(other.code);
    const foreignId = (await otherStream.next((e) => e.type === 'participants')).id as string;
    // Something of mine after the foreign id, that a replay unchecked against the workshop would send.
    const phone = await participant(mine.code);
    await phone.answer(M9[0], 2);
    const mineControl = await facilitatorStream(owner, orgId, mine.id);
    await mineControl.next((e) => e.type === 'state');
    const mineLatest = lastEvent(mineControl).id;

    const ids = [foreignId, '99999999999999', 'abc', '0', '-1', '1'.repeat(5000)].map(
      (v) => `lastEventId=${encodeURIComponent(v)}`,
    );
    for (const query of [
      ...ids,
      `lastEventId=${foreignId}&lastEventId=${foreignId}`,
      `lastEventId[x]=${foreignId}`,
      'lastEventId=',
    ]) {
      const started = Date.now();
      const s = await reopenedStream(owner, orgId, mine.id, query);
      expect(s.status).toBe(200);
      const state = await s.next((e) => e.type === 'state');
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(state.data).toMatchObject({ status: 'live', currentQuestionIndex: 0 });
      expect(state.id).toBe(mineLatest);
      await new Promise((r) => setTimeout(r, 100));
      expect(shown(s.events).map((e) => e.type)).toEqual(['state']);
      s.close();
    }
    // My ids on the other organization's workshop: its own state, nothing of mine.
    const cross = await reopenedStream(
      theirs.owner,
      theirs.orgId,
      other.id,
      `lastEventId=${shown(mineControl.events)[0].id}`,
    );
    const crossState = await cross.next((e) => e.type === 'state');
    expect(crossState.id).toBe(lastEvent(otherStream).id);
    await new Promise((r) => setTimeout(r, 100));
    expect(shown(cross.events).map((e) => e.type)).toEqual(['state']);
    // And the route stays closed to the other organization whatever the query says.
    const probe = await reopenedStream(theirs.owner, orgId, mine.id, `lastEventId=${mineLatest}`);
    expect(probe.status).toBe(404);
  });

  it('a participant resumes with the state changes it missed and nothing else (no answer or join events)', async () => {
    const { id, code } = await live(owner, orgId);
    const phone = await participant(code);
    const stream = await phone.stream();
    const first = await stream.next((e) => e.type === 'state');
    stream.close();
    await phone.answer(M9[0], 3);
    await participant(code);
    await owner.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { resultsVisible: true });
    await owner.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { currentQuestionIndex: 2 });

    const back = await phone.stream(first.id);
    await back.next((e) => e.type === 'state' && e.data['currentQuestionIndex'] === 2);
    const resumed = shown(back.events);
    expect(resumed.map((e) => [e.type, e.data['resultsVisible'], e.data['currentQuestionIndex']])).toEqual([
      ['state', true, 0],
      ['state', true, 2],
    ]);
    expect(BigInt(resumed[0].id as string)).toBeGreaterThan(BigInt(first.id as string));
  });

  it("another organization's event id, a made-up id or a pruned one gives the current state and replays nothing", async () => {
    const mine = await live(owner, orgId);
    const theirs = await s.ctx.newOrganization('他社株式会社');
    const other = await live(theirs.owner, theirs.orgId);
    // Events of the other organization's workshop, all after the first one.
    const otherStream = await facilitatorStream(theirs.owner, theirs.orgId, other.id);
    await otherStream.next((e) => e.type === 'state');
    const spy = await participant(other.code);
    await spy.answer(M9[0], 1);
    await otherStream.next((e) => e.type === 'answer');
    const foreignId = shown(otherStream.events).find((e) => e.type === 'participants')?.id as string;
    expect(foreignId).toMatch(/^\d+$/);

    // Something to replay in my own workshop after that id, were ids not checked against the workshop.
    const phone = await participant(mine.code);
    await phone.answer(M9[0], 2);
    const mineControl = await facilitatorStream(owner, orgId, mine.id);
    await mineControl.next((e) => e.type === 'state');

    const mineLatest = lastEvent(mineControl).id;
    for (const lastEventId of [foreignId, '99999999999999', 'abc', '0', '-1', '1'.repeat(5000)]) {
      const s = await facilitatorStream(owner, orgId, mine.id, lastEventId);
      expect(s.status).toBe(200);
      const state = await s.next((e) => e.type === 'state');
      // My workshop's current state, resuming after my workshop's latest event.
      expect(state.data).toMatchObject({ status: 'live', currentQuestionIndex: 0 });
      expect(state.id).toBe(mineLatest);
      s.close();
      // Only the snapshot: no replayed answer or participants event (mine or theirs).
      await new Promise((r) => setTimeout(r, 100));
      expect(shown(s.events).map((e) => e.type)).toEqual(['state']);
    }

    // A participant of the other organization replaying with my ids sees only its own workshop's state.
    const mineIds = shown(mineControl.events).map((e) => e.id as string);
    const spyStream = await spy.stream(mineIds[0]);
    const spyState = await spyStream.next((e) => e.type === 'state');
    expect(spyState.id).toBe(lastEvent(otherStream).id);
    expect(mineIds).not.toContain(spyState.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(shown(spyStream.events).map((e) => e.type)).toEqual(['state']);

    // Pruned: after the retention an old id is unknown, and the state comes instead.
    const log = s.t.app.get(WorkshopEventLog);
    const before = shown(mineControl.events)[0].id as string;
    await phone.answer(M9[0], 4);
    await mineControl.next((e) => e.type === 'answer');
    expect(await log.prune(new Date(Date.now() + WORKSHOP_EVENT_RETENTION_MS + 60_000))).toBeGreaterThan(0);
    const afterPrune = await facilitatorStream(owner, orgId, mine.id, before);
    expect((await afterPrune.next(() => true)).type).toBe('state');
  });
});
