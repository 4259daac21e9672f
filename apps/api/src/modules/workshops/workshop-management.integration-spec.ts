import { M9, useWorkshopSuite } from '../../../test/support/workshop-steps';

describe('workshops: creating, validating, agreeing and applying, closing, the advisor dashboard', () => {
  const suite = useWorkshopSuite('ワークショップ株式会社');
  const { asParticipant, newWorkshop, liveWorkshop, join, count } = suite;

  it('creates a workshop from the M9 set plus a custom question, lists, reads and updates it while a draft', async () => {
    const w = await newWorkshop('named', { questionIds: ['m6.cross-functional'] });
    expect(w.questionIds).toEqual([...M9, 'm6.cross-functional']);
    const list = await suite.owner.get(`/api/orgs/${suite.orgId}/workshops`);
    expect((list.body as { id: string }[]).map((x) => x.id)).toContain(w.id);
    const patched = await suite.advisor.patch(`/api/orgs/${suite.orgId}/workshops/${w.id}`, {
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
    const before = await count('SELECT count(*)::int AS n FROM workshops WHERE organization_id = $1', [suite.orgId]);
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
      const res = await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops`, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await count('SELECT count(*)::int AS n FROM workshops WHERE organization_id = $1', [suite.orgId])).toBe(
      before,
    );
  });

  it('an advisor not invited by the company gets 404 on all of its workshops', async () => {
    const { id } = await liveWorkshop('anonymous');
    const other = await suite.s.ctx.newOrganization('別会社');
    const outsider = await suite.s.ctx.newMember(other.owner, other.orgId, 'advisor');
    for (const [method, path] of [
      ['get', `/api/orgs/${suite.orgId}/workshops`],
      ['get', `/api/orgs/${suite.orgId}/workshops/${id}`],
      ['get', `/api/orgs/${suite.orgId}/workshops/${id}/results`],
      ['get', `/api/orgs/${suite.orgId}/workshops/${id}/events`],
      ['post', `/api/orgs/${suite.orgId}/workshops/${id}/close`],
      ['post', `/api/orgs/${suite.orgId}/workshops/${id}/join-as-member`],
    ] as const) {
      const res = await outsider.send(method, path, method === 'post' ? { department: 'ip' } : undefined);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const dashboard = await outsider.get('/api/me/advisor-clients');
    expect((dashboard.body as { organizationId: string }[]).map((c) => c.organizationId)).toEqual([other.orgId]);
  });

  it('records agreed answers and writes them into a draft assessment marked with the workshop', async () => {
    const { id, code } = await liveWorkshop('named');
    await join(code, 'ip');
    const bad = await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/${M9[0]}`, {
      value: 7,
    });
    expect(bad.status).toBe(400);
    expect(
      (await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/m1.asset-types`, { value: 1 }))
        .status,
    ).toBe(404);
    const agreed = await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/${M9[0]}`, {
      value: 3,
    });
    expect(agreed.body.agreedAnswers).toEqual([{ questionId: M9[0], value: 3, agreedAt: expect.any(String) }]);
    await suite.advisor.send('put', `/api/orgs/${suite.orgId}/workshops/${id}/agreed/${M9[1]}`, { value: 2 });

    const round = await suite.owner.post(`/api/orgs/${suite.orgId}/assessments`, { track: 'listed' });
    expect(round.status).toBe(201);
    const applied = await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/apply-to-assessment`, {
      assessmentId: round.body.id,
    });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      applied: [M9[0], M9[1]],
      skipped: [],
      source: `workshop:${id}`,
      answeredAt: '2026-12-10T01:00:00.000Z',
    });
    const detail = await suite.owner.get(`/api/orgs/${suite.orgId}/assessments/${round.body.id}`);
    const answers = detail.body.answers as { questionId: string; value: number; source: string; answeredAt: string }[];
    expect(answers.find((a) => a.questionId === M9[0])).toMatchObject({
      value: 3,
      source: `workshop:${id}`,
      answeredAt: '2026-12-10T01:00:00.000Z',
    });
    await suite.owner.post(`/api/orgs/${suite.orgId}/assessments/${round.body.id}/submit`);
    const again = await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/apply-to-assessment`, {
      assessmentId: round.body.id,
    });
    expect(again.status).toBe(409);
  });

  it('closing ends every participant token; the advisor dashboard lists the client with its latest round', async () => {
    const { id, code } = await liveWorkshop('named');
    const token = await join(code, 'ip');
    expect((await suite.advisor.post(`/api/orgs/${suite.orgId}/workshops/${id}/close`)).body.status).toBe('closed');
    expect((await asParticipant(token).get('/api/participant/workshop')).status).toBe(401);
    // A closed workshop says so (not "not found"), both when looking the code up and when joining.
    const rejoin = await suite.s.ctx.client().post('/api/public/workshops/join', { code, department: 'ip' });
    expect([rejoin.status, rejoin.body.code]).toEqual([409, 'WORKSHOP_CLOSED']);
    expect((await suite.s.ctx.client().post('/api/public/workshops/lookup', { code })).body).toMatchObject({
      status: 'closed',
    });
    const dashboard = await suite.advisor.get('/api/me/advisor-clients');
    expect(dashboard.status).toBe(200);
    const client = (
      dashboard.body as { organizationId: string; latestAssessment: { overallScore: number | null } | null }[]
    ).find((c) => c.organizationId === suite.orgId);
    expect(client?.latestAssessment).toMatchObject({ track: 'listed', status: 'submitted' });
    expect((await suite.owner.get('/api/me/advisor-clients')).body).toEqual([]);
  });
});
