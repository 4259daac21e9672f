import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestApp, TestContext, type Client, type TestApp } from '../../../test/test-app';
import { cookieHeader, openSse } from '../../../test/sse-client';

const M9 = [
  'm9.management-view',
  'm9.ip-function-view',
  'm9.future-information',
  'm9.ip-proposals',
  'm9.shared-vocabulary',
];

describe('workshops API', () => {
  let t: TestApp;
  let ctx: TestContext;
  let owner: Client;
  let orgId: string;
  let advisor: Client;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    ctx = new TestContext(t.app);
    ({ owner, orgId } = await ctx.newOrganization('ワークショップ株式会社'));
    advisor = await ctx.newMember(owner, orgId, 'advisor');
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const asParticipant = (token: string) => ({
    get: (path: string) => http().get(path).set('x-participant-token', token),
    put: (path: string, body: object) => http().put(path).set('x-participant-token', token).send(body),
  });

  async function newWorkshop(anonymity: 'named' | 'anonymous', extra: Record<string, unknown> = {}) {
    const res = await advisor.post(`/api/orgs/${orgId}/workshops`, {
      title: `${anonymity} WS`,
      modules: ['m9'],
      departments: ['executive', 'ip', 'rnd'],
      anonymity,
      scheduledAt: '2026-12-10T10:00:00+09:00',
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; questionIds: string[] };
  }

  async function liveWorkshop(anonymity: 'named' | 'anonymous') {
    const w = await newWorkshop(anonymity);
    const started = await advisor.post(`/api/orgs/${orgId}/workshops/${w.id}/start`);
    expect(started.status).toBe(200);
    return { id: w.id, code: String(started.body.joinCode) };
  }

  async function join(code: string, department: string, displayName?: string): Promise<string> {
    const res = await ctx
      .client()
      .post('/api/public/workshops/join', { code, department, ...(displayName && { displayName }) });
    expect(res.status).toBe(201);
    return String(res.body.participantToken);
  }

  const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { n: number }[])[0].n;

  it('creates a workshop from the M9 set plus a custom question, lists, reads and updates it while a draft', async () => {
    const w = await newWorkshop('named', { questionIds: ['m6.cross-functional'] });
    expect(w.questionIds).toEqual([...M9, 'm6.cross-functional']);
    const list = await owner.get(`/api/orgs/${orgId}/workshops`);
    expect((list.body as { id: string }[]).map((x) => x.id)).toContain(w.id);
    const patched = await advisor.patch(`/api/orgs/${orgId}/workshops/${w.id}`, {
      title: '改題',
      questionIds: ['m9.management-view'],
    });
    expect(patched.body).toMatchObject({
      title: '改題',
      questionIds: ['m9.management-view'],
      status: 'draft',
      joinCode: null,
    });
  });

  it('answers bad input with 400 and writes nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM workshops WHERE organization_id = $1', [orgId]);
    const bad = [
      { title: '', modules: ['m9'], departments: ['ip'], anonymity: 'named', scheduledAt: '2026-12-10T10:00:00Z' },
      { title: 'x', modules: ['m99'], departments: ['ip'], anonymity: 'named', scheduledAt: '2026-12-10T10:00:00Z' },
      {
        title: 'x',
        questionIds: ['m0.no-such-question'],
        departments: ['ip'],
        anonymity: 'named',
        scheduledAt: '2026-12-10T10:00:00Z',
      },
      {
        title: 'x',
        questionIds: ['m7.channels-text-free'],
        departments: [],
        anonymity: 'named',
        scheduledAt: '2026-12-10T10:00:00Z',
      },
      { title: 'x', modules: ['m9'], departments: ['ip', 'ip'], anonymity: 'secret', scheduledAt: 'tomorrow' },
      { title: 'x', departments: ['ip'], anonymity: 'named', scheduledAt: '2026-12-10T10:00:00Z' },
    ];
    for (const body of bad) {
      const res = await advisor.post(`/api/orgs/${orgId}/workshops`, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await count('SELECT count(*)::int AS n FROM workshops WHERE organization_id = $1', [orgId])).toBe(before);
  });

  it('joins by code without an account; bad code 404, department not taking part 400, nothing written', async () => {
    const { id, code } = await liveWorkshop('named');
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    const before = await count('SELECT count(*)::int AS n FROM workshop_participants WHERE workshop_id = $1', [id]);
    expect((await ctx.client().post('/api/public/workshops/join', { code: 'ZZZZZZ', department: 'ip' })).status).toBe(
      404,
    );
    expect((await ctx.client().post('/api/public/workshops/join', { code, department: 'legal' })).status).toBe(400);
    expect((await ctx.client().post('/api/public/workshops/join', { code, department: 'ip', extra: 1 })).status).toBe(
      400,
    );
    expect(await count('SELECT count(*)::int AS n FROM workshop_participants WHERE workshop_id = $1', [id])).toBe(
      before,
    );

    // A phone joins without cookies or a CSRF token (the web app's participant fetcher sends neither).
    const cookieless = await http()
      .post('/api/public/workshops/join')
      .set('accept', 'application/json')
      .send({ code, department: 'ip' });
    expect(cookieless.status).toBe(201);
    expect(cookieless.headers['set-cookie']).toBeUndefined();
    const token = await join(code.toLowerCase(), 'ip', '山田');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = (await t.db.query('SELECT token_hash FROM workshop_participants WHERE workshop_id = $1', [id])) as {
      token_hash: string;
    }[];
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    const view = await asParticipant(token).get('/api/participant/workshop');
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      workshop: { id },
      you: { department: 'ip', displayName: '山田' },
      state: { currentQuestionId: M9[0] },
      answers: [],
    });
    expect(JSON.stringify(view.body)).not.toContain(orgId);
  });

  it('stores a retried answer once (same request id, or same value), never lets a late retry overwrite a newer answer', async () => {
    const { id, code } = await liveWorkshop('anonymous');
    const p = asParticipant(await join(code, 'rnd'));
    const first = randomUUID();
    const path = `/api/participant/answers/${M9[0]}`;
    const r1 = await p.put(path, { value: 2, clientRequestId: first });
    expect(r1.status).toBe(200);
    expect(r1.body).toEqual({ questionId: M9[0], value: 2, stored: true });
    expect((await p.put(path, { value: 2, clientRequestId: first })).body).toEqual({
      questionId: M9[0],
      value: 2,
      stored: false,
    });
    expect((await p.put(path, { value: 2, clientRequestId: randomUUID() })).body.stored).toBe(false);
    const rows = () => count('SELECT count(*)::int AS n FROM workshop_answers WHERE workshop_id = $1', [id]);
    expect(await rows()).toBe(1);
    expect((await p.put(path, { value: 3, clientRequestId: randomUUID() })).body).toEqual({
      questionId: M9[0],
      value: 3,
      stored: true,
    });
    // The first request arriving again late changes nothing.
    expect((await p.put(path, { value: 2, clientRequestId: first })).body).toEqual({
      questionId: M9[0],
      value: 3,
      stored: false,
    });
    expect(await rows()).toBe(2);
    const own = await p.get('/api/participant/workshop');
    expect(own.body.answers).toEqual([{ questionId: M9[0], value: 3 }]);

    // Bad input: 400, nothing written.
    for (const body of [
      { value: 9, clientRequestId: randomUUID() },
      { value: 2, clientRequestId: 'retry-1' },
      { value: 2 },
      { value: 'x', clientRequestId: randomUUID(), more: 1 },
    ]) {
      expect((await p.put(path, body)).status).toBe(400);
    }
    expect(await rows()).toBe(2);
    expect(
      (await p.put('/api/participant/answers/m1.asset-types', { value: [], clientRequestId: randomUUID() })).status,
    ).toBe(404);

    // Locked question: 409, nothing written; unlocking opens it again.
    expect(
      (await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { lockQuestionId: M9[0] })).body
        .lockedQuestionIds,
    ).toEqual([M9[0]]);
    const locked = await p.put(path, { value: 4, clientRequestId: randomUUID() });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('WORKSHOP_QUESTION_LOCKED');
    expect(await rows()).toBe(2);
    await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { unlockQuestionId: M9[0] });
    expect((await p.put(path, { value: 4, clientRequestId: randomUUID() })).status).toBe(200);
  });

  it('opens one workshop per token: a token for workshop A sees nothing of B or of the organization', async () => {
    const a = await liveWorkshop('named');
    const b = await liveWorkshop('named');
    // B asks a question A does not have.
    await advisor.patch(`/api/orgs/${orgId}/workshops/${b.id}`, {});
    const tokenA = await join(a.code, 'ip', 'A参加者');
    const pa = asParticipant(tokenA);
    expect((await pa.get('/api/participant/workshop')).body.workshop.id).toBe(a.id);
    // Organization routes take no participant token at all.
    for (const path of [
      `/api/orgs/${orgId}/workshops/${b.id}`,
      `/api/orgs/${orgId}/workshops/${b.id}/results`,
      `/api/orgs/${orgId}/workshops`,
      `/api/orgs/${orgId}`,
    ]) {
      const res = await pa.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
    const c = await newWorkshop('named', { modules: [], questionIds: ['m6.cross-functional'] });
    await advisor.post(`/api/orgs/${orgId}/workshops/${c.id}/start`);
    const res = await pa.put('/api/participant/answers/m6.cross-functional', {
      value: 2,
      clientRequestId: randomUUID(),
    });
    expect(res.status).toBe(404);
    expect(await count('SELECT count(*)::int AS n FROM workshop_answers WHERE workshop_id = $1', [c.id])).toBe(0);
    expect((await pa.get('/api/participant/workshop').set('x-participant-token', 'x'.repeat(43))).status).toBe(401);
    expect((await http().get('/api/participant/workshop')).status).toBe(401);
  });

  it('an advisor not invited by the company gets 404 on all of its workshops', async () => {
    const { id } = await liveWorkshop('anonymous');
    const other = await ctx.newOrganization('別会社');
    const outsider = await ctx.newMember(other.owner, other.orgId, 'advisor');
    for (const [method, path] of [
      ['get', `/api/orgs/${orgId}/workshops`],
      ['get', `/api/orgs/${orgId}/workshops/${id}`],
      ['get', `/api/orgs/${orgId}/workshops/${id}/results`],
      ['get', `/api/orgs/${orgId}/workshops/${id}/events`],
      ['post', `/api/orgs/${orgId}/workshops/${id}/close`],
      ['post', `/api/orgs/${orgId}/workshops/${id}/join-as-member`],
    ] as const) {
      const res = await outsider.send(method, path, method === 'post' ? { department: 'ip' } : undefined);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const dashboard = await outsider.get('/api/me/advisor-clients');
    expect((dashboard.body as { organizationId: string }[]).map((c) => c.organizationId)).toEqual([other.orgId]);
  });

  it('anonymous: no endpoint returns an individual answer or identity; departments under three only inside the total', async () => {
    const { id, code } = await liveWorkshop('anonymous');
    const tokens: { token: string; department: string }[] = [];
    for (const department of ['ip', 'ip', 'ip', 'executive', 'executive', 'rnd', 'rnd', 'rnd'])
      tokens.push({ token: await join(code, department, `名前-${department}`), department });
    const member = await ctx.newMember(owner, orgId, 'reviewer');
    const asMember = await member.post(`/api/orgs/${orgId}/workshops/${id}/join-as-member`, { department: 'rnd' });
    expect(asMember.status).toBe(201);
    const values: Record<string, number> = { ip: 4, executive: 0, rnd: 2 };
    for (const { token, department } of tokens)
      await asParticipant(token).put(`/api/participant/answers/${M9[0]}`, {
        value: values[department],
        clientRequestId: randomUUID(),
      });
    const stored = (await t.db.query(
      'SELECT id, display_name, user_id FROM workshop_participants WHERE workshop_id = $1',
      [id],
    )) as { id: string; display_name: string | null; user_id: string | null }[];
    expect(stored.every((p) => p.display_name === null && p.user_id === null)).toBe(true);

    // Nothing but the count is published while the question is open; locking it freezes and publishes it.
    const open = await advisor.get(`/api/orgs/${orgId}/workshops/${id}/results`);
    expect(open.body.questions[0]).toMatchObject({ questionId: M9[0], respondents: 8, total: null, departments: [] });
    expect(
      (await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, { lockQuestionId: M9[0] })).body
        .publishedQuestionIds,
    ).toEqual([M9[0]]);
    const results = await advisor.get(`/api/orgs/${orgId}/workshops/${id}/results`);
    const q = (
      results.body.questions as {
        questionId: string;
        respondents: number;
        total: { mean: number };
        departments: { department: string }[];
      }[]
    ).find((x) => x.questionId === M9[0]);
    expect(q?.respondents).toBe(8);
    // executive (2) is hidden; showing both ip and rnd (3 each) would reveal it by subtraction, so one goes too.
    expect(q?.departments.map((d) => d.department)).toHaveLength(1);
    expect(q?.departments.map((d) => d.department)).not.toContain('executive');
    expect(q?.total.mean).toBe(56.3);

    const bodies = [
      results.body,
      (await advisor.get(`/api/orgs/${orgId}/workshops/${id}`)).body,
      (await owner.get(`/api/orgs/${orgId}/workshops`)).body,
      (await asParticipant(tokens[0].token).get('/api/participant/workshop')).body,
      asMember.body,
    ];
    const text = JSON.stringify(bodies);
    for (const p of stored) expect(text).not.toContain(p.id);
    expect(text).not.toContain('名前-');
    expect(text).not.toContain(member.user!.id);
    expect(bodies[1].participants).toEqual({
      total: 9,
      byDepartment: [
        { department: 'executive', count: 2 },
        { department: 'ip', count: 3 },
        { department: 'rnd', count: 4 },
      ],
    });
    // A participant sees only their own answer.
    expect(bodies[3].answers).toEqual([{ questionId: M9[0], value: 4 }]);
  });

  it('named: the facilitator sees who joined; results stay aggregated', async () => {
    const { id, code } = await liveWorkshop('named');
    await join(code, 'ip', '佐藤');
    const res = await advisor.get(`/api/orgs/${orgId}/workshops/${id}`);
    expect(res.body.participants.named).toEqual([{ displayName: '佐藤', department: 'ip' }]);
  });

  it('streams an answer to the facilitator within a second, without the answer itself; participants get state only', async () => {
    const { id, code } = await liveWorkshop('anonymous');
    const token = await join(code, 'ip');
    const facilitator = await openSse(`${base}/api/orgs/${orgId}/workshops/${id}/events`, {
      cookie: cookieHeader(advisor),
    });
    const participant = await openSse(`${base}/api/participant/events`, { 'x-participant-token': token });
    try {
      expect([facilitator.status, participant.status]).toEqual([200, 200]);
      await facilitator.next((e) => e.type === 'state');
      const sent = Date.now();
      await asParticipant(token).put(`/api/participant/answers/${M9[0]}`, { value: 3, clientRequestId: randomUUID() });
      const event = await facilitator.next((e) => e.type === 'answer', 1000);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(event.data).toEqual({
        type: 'answer',
        workshopId: id,
        questionId: M9[0],
        respondents: 1,
        at: expect.any(String),
      });
      await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/state`, {
        currentQuestionIndex: 2,
        timerSeconds: 60,
      });
      const state = await participant.next((e) => e.type === 'state' && e.data['currentQuestionIndex'] === 2, 1000);
      expect(state.data).toMatchObject({ currentQuestionId: M9[2], timerEndsAt: expect.any(String) });
      expect(participant.events.map((e) => e.type)).not.toContain('answer');
    } finally {
      facilitator.close();
      participant.close();
    }
  });

  it('records agreed answers and writes them into a draft assessment marked with the workshop', async () => {
    const { id, code } = await liveWorkshop('named');
    await join(code, 'ip');
    const bad = await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/agreed/${M9[0]}`, { value: 7 });
    expect(bad.status).toBe(400);
    expect(
      (await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/agreed/m1.asset-types`, { value: 1 })).status,
    ).toBe(404);
    const agreed = await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/agreed/${M9[0]}`, { value: 3 });
    expect(agreed.body.agreedAnswers).toEqual([{ questionId: M9[0], value: 3, agreedAt: expect.any(String) }]);
    await advisor.send('put', `/api/orgs/${orgId}/workshops/${id}/agreed/${M9[1]}`, { value: 2 });

    const round = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    expect(round.status).toBe(201);
    const applied = await advisor.post(`/api/orgs/${orgId}/workshops/${id}/apply-to-assessment`, {
      assessmentId: round.body.id,
    });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      applied: [M9[0], M9[1]],
      skipped: [],
      source: `workshop:${id}`,
      answeredAt: '2026-12-10T01:00:00.000Z',
    });
    const detail = await owner.get(`/api/orgs/${orgId}/assessments/${round.body.id}`);
    const answers = detail.body.answers as { questionId: string; value: number; source: string; answeredAt: string }[];
    expect(answers.find((a) => a.questionId === M9[0])).toMatchObject({
      value: 3,
      source: `workshop:${id}`,
      answeredAt: '2026-12-10T01:00:00.000Z',
    });
    await owner.post(`/api/orgs/${orgId}/assessments/${round.body.id}/submit`);
    const again = await advisor.post(`/api/orgs/${orgId}/workshops/${id}/apply-to-assessment`, {
      assessmentId: round.body.id,
    });
    expect(again.status).toBe(409);
  });

  it('closing ends every participant token; the advisor dashboard lists the client with its latest round', async () => {
    const { id, code } = await liveWorkshop('named');
    const token = await join(code, 'ip');
    expect((await advisor.post(`/api/orgs/${orgId}/workshops/${id}/close`)).body.status).toBe('closed');
    expect((await asParticipant(token).get('/api/participant/workshop')).status).toBe(401);
    // A closed workshop says so (not "not found"), both when looking the code up and when joining.
    const rejoin = await ctx.client().post('/api/public/workshops/join', { code, department: 'ip' });
    expect([rejoin.status, rejoin.body.code]).toEqual([409, 'WORKSHOP_CLOSED']);
    expect((await ctx.client().post('/api/public/workshops/lookup', { code })).body).toMatchObject({
      status: 'closed',
    });
    const dashboard = await advisor.get('/api/me/advisor-clients');
    expect(dashboard.status).toBe(200);
    const client = (
      dashboard.body as { organizationId: string; latestAssessment: { overallScore: number | null } | null }[]
    ).find((c) => c.organizationId === orgId);
    expect(client?.latestAssessment).toMatchObject({ track: 'listed', status: 'submitted' });
    expect((await owner.get('/api/me/advisor-clients')).body).toEqual([]);
  });
});
