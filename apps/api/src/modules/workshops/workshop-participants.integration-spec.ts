import { randomUUID } from 'node:crypto';
import { cookieHeader, openSse } from '../../../test/sse-client';
import { M9, useWorkshopSuite } from '../../../test/support/workshop-steps';

describe('workshops: joining by code, answering, one workshop per token, anonymity, live events', () => {
  const suite = useWorkshopSuite('ワークショップ株式会社');
  const { http, asParticipant, newWorkshop, liveWorkshop, join, count } = suite;

  it('joins by code without an account; bad code 404, department not taking part 400, nothing written', async () => {
    const { id, code } = await liveWorkshop('named');
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    const before = await count('SELECT count(*)::int AS n FROM workshop_participants WHERE workshop_id = $1', [id]);
    expect(
      (await suite.s.ctx.client().post('/api/public/workshops/join', { code: 'ZZZZZZ', department: 'ip' })).status,
    ).toBe(404);
    expect((await suite.s.ctx.client().post('/api/public/workshops/join', { code, department: 'legal' })).status).toBe(
      400,
    );
    expect(
      (await suite.s.ctx.client().post('/api/public/workshops/join', { code, department: 'ip', extra: 1 })).status,
    ).toBe(400);
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
    const stored = (await suite.s.t.db.query('SELECT token_hash FROM workshop_participants WHERE workshop_id = $1', [
      id,
    ])) as {
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
    expect(JSON.stringify(view.body)).not.toContain(suite.orgId);
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
      (await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/state`, { lockQuestionId: M9[0] }))
        .body.lockedQuestionIds,
    ).toEqual([M9[0]]);
    const locked = await p.put(path, { value: 4, clientRequestId: randomUUID() });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('WORKSHOP_QUESTION_LOCKED');
    expect(await rows()).toBe(2);
    await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/state`, { unlockQuestionId: M9[0] });
    expect((await p.put(path, { value: 4, clientRequestId: randomUUID() })).status).toBe(200);
  });

  it('opens one workshop per token: a token for workshop A sees nothing of B or of the organization', async () => {
    const a = await liveWorkshop('named');
    const b = await liveWorkshop('named');
    // B asks a question A does not have.
    await suite.advisor.patch(`/api/orgs/${suite.orgId}/workshops/${b.id}`, {});
    const tokenA = await join(a.code, 'ip', 'A参加者');
    const pa = asParticipant(tokenA);
    expect((await pa.get('/api/participant/workshop')).body.workshop.id).toBe(a.id);
    // Organization routes take no participant token at all.
    for (const path of [
      `/api/orgs/${suite.orgId}/workshops/${b.id}`,
      `/api/orgs/${suite.orgId}/workshops/${b.id}/results`,
      `/api/orgs/${suite.orgId}/workshops`,
      `/api/orgs/${suite.orgId}`,
    ]) {
      const res = await pa.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
    const c = await newWorkshop('named', { modules: [], questionIds: ['m6.cross-functional'] });
    await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${c.id}/start`);
    const res = await pa.put('/api/participant/answers/m6.cross-functional', {
      value: 2,
      clientRequestId: randomUUID(),
    });
    expect(res.status).toBe(404);
    expect(await count('SELECT count(*)::int AS n FROM workshop_answers WHERE workshop_id = $1', [c.id])).toBe(0);
    expect((await pa.get('/api/participant/workshop').set('x-participant-token', 'x'.repeat(43))).status).toBe(401);
    expect((await http().get('/api/participant/workshop')).status).toBe(401);
  });

  it('anonymous: no endpoint returns an individual answer or identity; departments under three only inside the total', async () => {
    const { id, code } = await liveWorkshop('anonymous');
    const tokens: { token: string; department: string }[] = [];
    for (const department of ['ip', 'ip', 'ip', 'executive', 'executive', 'rnd', 'rnd', 'rnd'])
      tokens.push({ token: await join(code, department, `名前-${department}`), department });
    const member = await suite.s.ctx.newMember(suite.owner, suite.orgId, 'reviewer');
    const asMember = await member.post(`/api/orgs/${suite.orgId}/workshops/${id}/join-as-member`, {
      department: 'rnd',
    });
    expect(asMember.status).toBe(201);
    const values: Record<string, number> = { ip: 4, executive: 0, rnd: 2 };
    for (const { token, department } of tokens)
      await asParticipant(token).put(`/api/participant/answers/${M9[0]}`, {
        value: values[department],
        clientRequestId: randomUUID(),
      });
    const stored = (await suite.s.t.db.query(
      'SELECT id, display_name, user_id FROM workshop_participants WHERE workshop_id = $1',
      [id],
    )) as { id: string; display_name: string | null; user_id: string | null }[];
    expect(stored.every((p) => p.display_name === null && p.user_id === null)).toBe(true);

    // Nothing but the count is published while the question is open; locking it freezes and publishes it.
    const open = await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}/results`);
    expect(open.body.questions[0]).toMatchObject({ questionId: M9[0], respondents: 8, total: null, departments: [] });
    expect(
      (await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/state`, { lockQuestionId: M9[0] }))
        .body.publishedQuestionIds,
    ).toEqual([M9[0]]);
    const results = await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}/results`);
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
      (await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`)).body,
      (await suite.owner.get(`/api/orgs/${suite.orgId}/workshops`)).body,
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
    const res = await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`);
    expect(res.body.participants.named).toEqual([{ displayName: '佐藤', department: 'ip' }]);
  });

  it('streams an answer to the facilitator within a second, without the answer itself; participants get state only', async () => {
    const { id, code } = await liveWorkshop('anonymous');
    const token = await join(code, 'ip');
    const facilitator = await openSse(`${suite.base}/api/orgs/${suite.orgId}/workshops/${id}/events`, {
      cookie: cookieHeader(suite.advisor),
    });
    const participant = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': token });
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
      await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/state`, {
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
});
