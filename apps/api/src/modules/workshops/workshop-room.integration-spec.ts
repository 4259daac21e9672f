import { randomBytes } from 'node:crypto';
import { cookieHeader, openSse } from '../../../test/sse-client';
import { JOIN_FAILURES_PER_ADDRESS } from './join-limiter.service';
import { MAX_STREAMS_PER_HOLDER } from './workshop-streams.service';
import { M9, useWorkshopSuite } from '../../../test/support/workshop-steps';

/** A real room: many phones behind one address, rejoining, a facilitator moving on, closing and reopening. */
describe('workshops in a real room', () => {
  const suite = useWorkshopSuite('会場検証株式会社');
  const { s, http, answer, state } = suite;

  const live = (anonymity: 'named' | 'anonymous' = 'anonymous') => suite.liveWorkshop(anonymity, { title: '会場WS' });
  const join = (body: object) => http().post('/api/public/workshops/join').send(body);
  const phone = (token: string) => ({
    get: (path: string) => http().get(path).set('x-participant-token', token),
    answer: (questionId: string, value: number | null) => answer(token, questionId, value),
  });
  const deviceKey = () => randomBytes(24).toString('base64url');

  it('seats 300 phones behind one address in well under a minute (joining is limited per code, not per address)', async () => {
    const { id, code } = await live();
    const started = Date.now();
    const statuses: number[] = [];
    for (let batch = 0; batch < 30; batch++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          join({ code, department: ['executive', 'ip', 'rnd'][i % 3], deviceKey: deviceKey() }),
        ),
      );
      statuses.push(...results.map((r) => r.status));
    }
    const seconds = (Date.now() - started) / 1000;
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(seconds).toBeLessThan(60);
    expect((await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`)).body.participants.total).toBe(300);
    // The assertion is the 60 s; the test itself may take longer than Jest's default on a busy shared machine.
  }, 120_000);

  it('the join form learns the workshop’s departments and anonymity; a typo is 404, a closed workshop says closed', async () => {
    const { id, code } = await live('anonymous');
    const info = await http().post('/api/public/workshops/lookup').send({ code: code.toLowerCase() });
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      status: 'live',
      title: '会場WS',
      anonymity: 'anonymous',
      departments: ['executive', 'ip', 'rnd'],
    });
    await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/close`);
    expect((await http().post('/api/public/workshops/lookup').send({ code })).body.status).toBe('closed');
    const joined = await join({ code, department: 'ip' });
    expect([joined.status, joined.body.code]).toEqual([409, 'WORKSHOP_CLOSED']);
  });

  it('a second tab or a QR re-scan on the same device rejoins as the same participant', async () => {
    const { id, code } = await live();
    const key = deviceKey();
    const first = await join({ code, department: 'rnd', deviceKey: key });
    expect(first.body.rejoined).toBe(false);
    await phone(String(first.body.participantToken)).answer(M9[0], 3);
    const again = await join({ code, department: 'rnd', deviceKey: key });
    expect([again.status, again.body.rejoined]).toEqual([201, true]);
    const view = await phone(String(again.body.participantToken)).get('/api/participant/workshop');
    expect(view.body.answers).toEqual([{ questionId: M9[0], value: 3 }]);
    expect((await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`)).body.participants.total).toBe(1);
    const other = await join({ code, department: 'ip', deviceKey: key });
    expect([other.status, other.body.code]).toEqual([409, 'WORKSHOP_DEPARTMENT_FIXED']);
  });

  it('refuses an answer for a question that is no longer current, and locks the question when the countdown ends', async () => {
    const { id, code } = await live();
    const tokens = await Promise.all(
      [0, 1, 2].map(async () => String((await join({ code, department: 'ip' })).body.participantToken)),
    );
    await state(id, { currentQuestionIndex: 1 });
    const stale = await phone(tokens[0]).answer(M9[0], 2);
    expect([stale.status, stale.body.code]).toEqual([409, 'WORKSHOP_QUESTION_NOT_CURRENT']);
    expect(stale.body.message).toContain('次の設問');

    const stream = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': tokens[0] });
    try {
      for (const token of tokens) expect((await phone(token).answer(M9[1], 2)).status).toBe(200);
      await state(id, { timerSeconds: 1 });
      const locked = await stream.next(
        (e) => e.type === 'state' && (e.data['lockedQuestionIds'] as string[]).includes(M9[1]),
        4000,
      );
      expect(locked.data['serverNow']).toEqual(expect.any(String));
      const late = await phone(tokens[1]).answer(M9[1], 4);
      expect([late.status, late.body.code]).toEqual([409, 'WORKSHOP_QUESTION_LOCKED']);
      expect((await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`)).body.publishedQuestionIds).toEqual([
        M9[1],
      ]);
    } finally {
      stream.close();
    }
  });

  it('closes, keeps agreements editable, reopens with a new code; the same devices rejoin as themselves', async () => {
    const { id, code } = await live();
    const key = deviceKey();
    const token = String((await join({ code, department: 'executive', deviceKey: key })).body.participantToken);
    const stream = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': token });
    await stream.next((e) => e.type === 'state');
    const closed = await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/close`);
    expect(closed.body.status).toBe('closed');
    // The phone's stream ends at once, telling it not to reconnect.
    await stream.next((e) => e.type === 'end', 2000);
    await stream.ended;
    expect((await phone(token).get('/api/participant/workshop')).status).toBe(401);
    expect(
      (await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/${M9[2]}`, { value: 2 }))
        .status,
    ).toBe(200);
    expect((await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/reopen`)).body.status).toBe('live');
    expect((await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/reopen`)).body.code).toBe(
      'WORKSHOP_NOT_CLOSED',
    );
    const reopened = await suite.advisor.get(`/api/orgs/${suite.orgId}/workshops/${id}`);
    expect(reopened.body.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect((await phone(token).get('/api/participant/workshop')).status).toBe(200);
    const rejoined = await join({ code: reopened.body.joinCode, department: 'executive', deviceKey: key });
    expect(rejoined.body.rejoined).toBe(true);
    expect(reopened.body.participants.total).toBe(1);
  });

  it('removing a member ends their participant token and open streams at once, facilitator streams included', async () => {
    const { id } = await live('named');
    const member = await s.ctx.newMember(suite.owner, suite.orgId, 'reviewer');
    const joined = await member.post(`/api/orgs/${suite.orgId}/workshops/${id}/join-as-member`, { department: 'ip' });
    const token = String(joined.body.participantToken);
    const facilitatorAdvisor = await s.ctx.newMember(suite.owner, suite.orgId, 'advisor');
    const theirs = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': token });
    const console = await openSse(`${suite.base}/api/orgs/${suite.orgId}/workshops/${id}/events`, {
      cookie: cookieHeader(facilitatorAdvisor),
    });
    try {
      await Promise.all([theirs.next((e) => e.type === 'state'), console.next((e) => e.type === 'state')]);
      expect(
        (await suite.owner.send('delete', `/api/orgs/${suite.orgId}/members/${member.user?.id ?? ''}`)).status,
      ).toBe(204);
      expect((await theirs.next((e) => e.type === 'end', 2000)).data).toEqual({ reason: 'revoked' });
      expect((await phone(token).answer(M9[0], 2)).status).toBe(401);
      expect(
        (await suite.owner.send('delete', `/api/orgs/${suite.orgId}/members/${facilitatorAdvisor.user?.id ?? ''}`))
          .status,
      ).toBe(204);
      expect((await console.next((e) => e.type === 'end', 2000)).data).toEqual({ reason: 'revoked' });
      // Reopening does not revive a removed member's token.
      await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/close`);
      await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/reopen`);
      expect((await phone(token).get('/api/participant/workshop')).status).toBe(401);
    } finally {
      theirs.close();
      console.close();
    }
  });

  it(`caps event streams per token: the ${MAX_STREAMS_PER_HOLDER + 1}th tab ends the oldest`, async () => {
    const { code } = await live();
    const token = String((await join({ code, department: 'ip' })).body.participantToken);
    const streams = [];
    try {
      for (let i = 0; i <= MAX_STREAMS_PER_HOLDER; i++) {
        const s = await openSse(`${suite.base}/api/participant/events`, { 'x-participant-token': token });
        await s.next((e) => e.type === 'state');
        streams.push(s);
      }
      expect((await streams[0].next((e) => e.type === 'end', 2000)).data).toEqual({ reason: 'replaced' });
      expect(streams[1].events.map((e) => e.type)).not.toContain('end');
    } finally {
      for (const s of streams) s.close();
    }
  });

  it('the advisor dashboard shows an overall score only for a submitted round', async () => {
    await suite.owner.post(`/api/orgs/${suite.orgId}/assessments`, { track: 'listed' });
    const clients = (await suite.advisor.get('/api/me/advisor-clients')).body as {
      organizationId: string;
      latestAssessment: { status: string; overallScore: number | null };
    }[];
    expect(clients.find((c) => c.organizationId === suite.orgId)?.latestAssessment).toMatchObject({
      status: 'draft',
      overallScore: null,
    });
  });

  // Last: it leaves this address throttled.
  it('slows down an address that guesses codes: 429 with a standard Retry-After, the room’s code unaffected until then', async () => {
    const { code } = await live();
    const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    // Its own address (as a balancer would forward it): the counters are shared through PostgreSQL by every suite.
    const guesser = `198.51.100.${1 + Math.floor(Math.random() * 250)}, 203.0.113.${1 + Math.floor(Math.random() * 250)}`;
    const guess = () =>
      http().post('/api/public/workshops/join').set('x-forwarded-for', guesser).send({ code: wrong, department: 'ip' });
    for (let i = 0; i < JOIN_FAILURES_PER_ADDRESS; i++) expect((await guess()).status).toBe(404);
    const throttled = await guess();
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('WORKSHOP_JOIN_BUSY');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(Object.keys(throttled.headers).filter((h) => h.startsWith('retry-after-'))).toEqual([]);
    // The room's own code still opens for everyone else.
    expect((await join({ code, department: 'ip' })).status).toBe(201);
  });
});
