import { BANK_VERSION, questionsForTrack } from '@ipgn/assessment';
import { useTestApp } from '../../../test/support/use-test-app';
import {
  LADDER_LISTED,
  LADDER_SME,
  put,
  SME_PROFILE,
  start,
  storedAnswers,
} from '../../../test/support/assessment-steps';

describe('assessments: answering a round (HTTP, real database)', () => {
  const s = useTestApp();

  it('serves the question bank of a track in both languages with its version, to signed-in users only', async () => {
    const { owner } = await s.ctx.newOrganization();
    const res = await owner.get('/api/assessment-bank?track=sme');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(BANK_VERSION);
    expect(res.body.questions).toHaveLength(questionsForTrack('sme').length);
    expect(res.body.questions[0].prompt).toEqual({ ja: expect.any(String), en: expect.any(String) });
    expect((await owner.get('/api/assessment-bank?track=other')).status).toBe(400);
    expect((await owner.get('/api/assessment-bank')).status).toBe(400);
    expect((await s.ctx.client().get('/api/assessment-bank?track=sme')).status).toBe(401);
  });

  it('starts a round, saves answers with who and when, and reports progress and visible questions', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      track: 'sme',
      round: 1,
      status: 'draft',
      bankVersion: BANK_VERSION,
      copiedFrom: null,
      answers: [],
    });
    expect(started.body.profile).toEqual(SME_PROFILE);
    const id = started.body.id as string;

    const saved = await put(owner, `/api/orgs/${orgId}/assessments/${id}/answers/${LADDER_SME}`, {
      value: 3,
      expectedVersion: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      questionId: LADDER_SME,
      value: 3,
      version: 1,
      source: 'manual',
      answeredBy: { userId: owner.user?.id },
    });

    const detail = await owner.get(`/api/orgs/${orgId}/assessments/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.answers).toEqual([
      expect.objectContaining({
        questionId: LADDER_SME,
        value: 3,
        version: 1,
        answeredBy: { userId: owner.user?.id, displayName: 'オーナー' },
      }),
    ]);
    expect(detail.body.progressDetail.overall.answered).toBe(1);
    expect(
      detail.body.progressDetail.modules.find((m: { module: string }) => m.module === 'sme-strengths').answered,
    ).toBe(1);
    expect(detail.body.visibleQuestionIds).toContain(LADDER_SME);
    expect(detail.body.progress.answered).toBe(1);

    const list = await owner.get(`/api/orgs/${orgId}/assessments`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id, round: 1, status: 'draft' })]);
    expect(list.body).toMatchObject({ total: 1, hasMore: false });

    // Only one open round per track.
    const again = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ASSESSMENT_DRAFT_EXISTS');
  });

  it('refuses a stale write with 409 and both values, and accepts it again with the current version', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const colleague = await s.ctx.newMember(owner, orgId, 'contributor');
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}/answers/${LADDER_SME}`;
    expect((await put(owner, path, { value: 2, expectedVersion: 0 })).status).toBe(200);

    const stale = await put(colleague, path, { value: 4, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'ANSWER_CONFLICT',
      current: {
        value: 2,
        version: 1,
        answeredBy: { userId: owner.user?.id, displayName: 'オーナー' },
        answeredAt: expect.any(String),
      },
      yours: 4,
    });
    expect(stale.body.message).toEqual(expect.any(String));

    const retried = await put(colleague, path, { value: 4, expectedVersion: 1 });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ value: 4, version: 2, answeredBy: { userId: colleague.user?.id } });
    const rows = await storedAnswers(s.t.db, id);
    expect(rows.map((r) => [r.questionId, r.value, r.version, r.answeredBy])).toEqual([
      [LADDER_SME, 4, 2, colleague.user?.id],
    ]);
  });

  it('lets exactly one of many concurrent writers of the same version win', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}/answers/${LADDER_SME}`;
    expect((await put(owner, path, { value: 0, expectedVersion: 0 })).status).toBe(200);
    await owner.refreshCsrf();
    const results = await Promise.all([1, 2, 3, 4].map((value) => put(owner, path, { value, expectedVersion: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200);
    const [row] = await storedAnswers(s.t.db, id);
    expect(row?.version).toBe(2);
    expect(row?.value).toBe(winner?.body.value);
  });

  it('rejects bad input with 4xx and writes nothing', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    const base = `/api/orgs/${orgId}/assessments/${id}/answers`;
    const outOfRange = await put(owner, `${base}/${LADDER_SME}`, { value: 5, expectedVersion: 0 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'value', code: 'out-of-range', message: expect.any(String) }],
    });
    const wrongType = await put(owner, `${base}/${LADDER_SME}`, { value: 'three', expectedVersion: 0 });
    expect(wrongType.body.errors).toEqual([expect.objectContaining({ field: 'value', code: 'invalid-type' })]);
    // 1e400 is valid JSON and parses to Infinity: a number no answer may hold.
    const csrf = await owner.refreshCsrf();
    const infinite = await owner.agent
      .put(`${base}/${LADDER_SME}`)
      .set('x-csrf-token', csrf)
      .set('content-type', 'application/json')
      .send('{"value":1e400,"expectedVersion":0}');
    expect(infinite.status).toBe(400);
    expect(infinite.body.errors).toEqual([
      expect.objectContaining({ field: 'value', code: 'invalid-type', message: '0〜4 のレベルで答えてください。' }),
    ]);
    const badOption = await put(owner, `${base}/sme-brand.trademark`, { value: 'maybe', expectedVersion: 0 });
    expect(badOption.body.errors).toEqual([expect.objectContaining({ field: 'value', code: 'unknown-option' })]);

    const cases: Array<[string, unknown, number]> = [
      [`${base}/${LADDER_SME}`, { value: 2, expectedVersion: 'one' }, 400],
      [`${base}/${LADDER_SME}`, { value: 2, expectedVersion: -1 }, 400],
      [`${base}/${LADDER_SME}`, { value: 2 }, 400],
      [`${base}/${LADDER_SME}`, { value: 2, expectedVersion: 0, extra: true }, 400],
      [`${base}/${LADDER_SME}`, { value: { level: 2 }, expectedVersion: 0 }, 400],
      [`${base}/no.such-question`, { value: 2, expectedVersion: 0 }, 404],
      // A listed-only question does not exist on the SME track.
      [`${base}/${LADDER_LISTED}`, { value: 2, expectedVersion: 0 }, 404],
    ];
    for (const [path, body, status] of cases) {
      const res = await put(owner, path, body);
      expect({ path, body, status: res.status }).toEqual({ path, body, status });
    }
    const badStart = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'enterprise' });
    expect(badStart.status).toBe(400);
    expect(badStart.body.errors).toEqual([expect.objectContaining({ field: 'track' })]);
    expect(await storedAnswers(s.t.db, id)).toEqual([]);
    expect((await owner.get(`/api/orgs/${orgId}/assessments`)).body.items).toHaveLength(1);
  });

  it('lets a viewer read but not answer or manage, and a reviewer answer but not submit', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}`;
    expect((await viewer.get(path)).status).toBe(200);
    expect((await viewer.get(`${path}/results`)).status).toBe(200);
    const denied = await put(viewer, `${path}/answers/${LADDER_SME}`, { value: 1, expectedVersion: 0 });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    expect((await viewer.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' })).status).toBe(403);
    expect((await put(reviewer, `${path}/answers/${LADDER_SME}`, { value: 1, expectedVersion: 0 })).status).toBe(200);
    expect((await reviewer.post(`${path}/submit`)).status).toBe(403);
    expect((await put(reviewer, `${path}/assignments/sme-strengths`, { userId: reviewer.user?.id })).status).toBe(403);
    expect((await storedAnswers(s.t.db, id)).map((r) => r.answeredBy)).toEqual([reviewer.user?.id]);
  });
});
