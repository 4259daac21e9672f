import ExcelJS from 'exceljs';
import type request from 'supertest';
import {
  BANK_VERSION,
  questionsForTrack,
  sampleAnswers,
  scoreAssessment,
  type AnswerValue,
  type Track,
} from '@ipgn/assessment';
import { searchableText } from '../../../test/support/pdf-text';
import type { Client, TestApp } from '../../../test/test-app';
import { createTestApp, TestContext } from '../../../test/test-app';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';

const SME_PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;
const LADDER_SME = 'sme-strengths.written-down';
const LADDER_LISTED = 'm0.segment-portfolio-review';

function put(c: Client, path: string, body: unknown): Promise<request.Response> {
  return c.send('put', path, body);
}

/** Parses a binary response body (supertest leaves unknown types unparsed otherwise). */
function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('assessments (HTTP, real database)', () => {
  let t: TestApp;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
  });
  afterAll(() => t.close());

  async function start(c: Client, orgId: string, track: Track): Promise<string> {
    const res = await c.post(`/api/orgs/${orgId}/assessments`, { track });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function answerAll(c: Client, orgId: string, id: string, answers: Record<string, AnswerValue>): Promise<void> {
    for (const [questionId, value] of Object.entries(answers)) {
      const res = await put(c, `/api/orgs/${orgId}/assessments/${id}/answers/${questionId}`, {
        value,
        expectedVersion: 0,
      });
      expect({ questionId, status: res.status }).toEqual({ questionId, status: 200 });
    }
  }

  async function storedAnswers(assessmentId: string): Promise<AssessmentAnswerEntity[]> {
    return t.db.getRepository(AssessmentAnswerEntity).find({ where: { assessmentId } });
  }

  it('serves the question bank of a track in both languages with its version, to signed-in users only', async () => {
    const { owner } = await ctx.newOrganization();
    const res = await owner.get('/api/assessment-bank?track=sme');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(BANK_VERSION);
    expect(res.body.questions).toHaveLength(questionsForTrack('sme').length);
    expect(res.body.questions[0].prompt).toEqual({ ja: expect.any(String), en: expect.any(String) });
    expect((await owner.get('/api/assessment-bank?track=other')).status).toBe(400);
    expect((await owner.get('/api/assessment-bank')).status).toBe(400);
    expect((await ctx.client().get('/api/assessment-bank?track=sme')).status).toBe(401);
  });

  it('starts a round, saves answers with who and when, and reports progress and visible questions', async () => {
    const { owner, orgId } = await ctx.newOrganization();
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
    const { owner, orgId } = await ctx.newOrganization();
    const colleague = await ctx.newMember(owner, orgId, 'contributor');
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
    const rows = await storedAnswers(id);
    expect(rows.map((r) => [r.questionId, r.value, r.version, r.answeredBy])).toEqual([
      [LADDER_SME, 4, 2, colleague.user?.id],
    ]);
  });

  it('lets exactly one of many concurrent writers of the same version win', async () => {
    const { owner, orgId } = await ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}/answers/${LADDER_SME}`;
    expect((await put(owner, path, { value: 0, expectedVersion: 0 })).status).toBe(200);
    await owner.refreshCsrf();
    const results = await Promise.all([1, 2, 3, 4].map((value) => put(owner, path, { value, expectedVersion: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200);
    const [row] = await storedAnswers(id);
    expect(row?.version).toBe(2);
    expect(row?.value).toBe(winner?.body.value);
  });

  it('rejects bad input with 4xx and writes nothing', async () => {
    const { owner, orgId } = await ctx.newOrganization();
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
    expect(await storedAnswers(id)).toEqual([]);
    expect((await owner.get(`/api/orgs/${orgId}/assessments`)).body.items).toHaveLength(1);
  });

  it('lets a viewer read but not answer or manage, and a reviewer answer but not submit', async () => {
    const { owner, orgId } = await ctx.newOrganization();
    const viewer = await ctx.newMember(owner, orgId, 'viewer');
    const reviewer = await ctx.newMember(owner, orgId, 'reviewer');
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
    expect((await storedAnswers(id)).map((r) => r.answeredBy)).toEqual([reviewer.user?.id]);
  });

  it('assigns modules to members only', async () => {
    const { owner, orgId } = await ctx.newOrganization();
    const contributor = await ctx.newMember(owner, orgId, 'contributor');
    const { owner: stranger } = await ctx.newOrganization('よその会社');
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}/assignments`;
    const ok = await put(owner, `${path}/sme-strengths`, { userId: contributor.user?.id });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual([
      { moduleId: 'sme-strengths', assignee: { userId: contributor.user?.id, displayName: 'contributor' } },
    ]);
    const notMember = await put(owner, `${path}/sme-strengths`, { userId: stranger.user?.id });
    expect(notMember.status).toBe(400);
    expect(notMember.body.code).toBe('ASSIGNEE_NOT_MEMBER');
    expect((await put(owner, `${path}/m99`, { userId: contributor.user?.id })).status).toBe(404);
    expect((await put(owner, `${path}/sme-strengths`, { userId: 'not-a-uuid' })).status).toBe(400);
    expect((await put(owner, `${path}/sme-strengths`, {})).status).toBe(400);
    const detail = await owner.get(`/api/orgs/${orgId}/assessments/${id}`);
    expect(detail.body.assignments).toEqual([
      { moduleId: 'sme-strengths', assignee: { userId: contributor.user?.id, displayName: 'contributor' } },
    ]);
    const removed = await put(owner, `${path}/sme-strengths`, { userId: null });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual([]);
  });

  it('locks on submit, and a new round starts from a copy of the submitted answers', async () => {
    const { owner, orgId } = await ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    const path = `/api/orgs/${orgId}/assessments/${id}`;
    await answerAll(owner, orgId, id, { [LADDER_SME]: 1, 'sme-brand.trademark': 'some' });
    const submitted = await owner.post(`${path}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      submittedBy: { userId: owner.user?.id },
      submittedAt: expect.any(String),
    });

    const locked = await put(owner, `${path}/answers/${LADDER_SME}`, { value: 4, expectedVersion: 1 });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('ASSESSMENT_LOCKED');
    // A second submit (double click, second tab) lands on the submitted state, not an error, and audits once.
    const again = await owner.post(`${path}/submit`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'submitted', submittedAt: submitted.body.submittedAt });
    expect((await storedAnswers(id)).find((a) => a.questionId === LADDER_SME)?.value).toBe(1);

    const next = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ round: 2, status: 'draft', copiedFrom: id });
    const copied = (next.body.answers as Array<{ questionId: string; value: unknown; version: number; source: string }>)
      .map((a) => [a.questionId, a.value, a.version, a.source])
      .sort();
    expect(copied).toEqual([
      ['sme-brand.trademark', 'some', 1, 'copied'],
      ['sme-strengths.written-down', 1, 1, 'copied'],
    ]);
    // The copy is independent of the submitted round.
    expect(
      (
        await put(owner, `/api/orgs/${orgId}/assessments/${next.body.id}/answers/${LADDER_SME}`, {
          value: 3,
          expectedVersion: 1,
        })
      ).status,
    ).toBe(200);
    expect((await storedAnswers(id)).find((a) => a.questionId === LADDER_SME)?.value).toBe(1);

    const comparison = await owner.get(`/api/orgs/${orgId}/assessments/${next.body.id}/compare/${id}`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.overall.before).toBeLessThan(comparison.body.overall.after);
    expect(comparison.body.byGglAction).toHaveLength(7);
  });

  it('scores a completed SME round exactly as the domain library does, and exports it as CSV, XLSX and PDF', async () => {
    const { owner, orgId } = await ctx.newOrganization('株式会社やまびこ製作所');
    const id = await start(owner, orgId, 'sme');
    const answers = sampleAnswers('sme', 1, SME_PROFILE) as Record<string, AnswerValue>;
    await answerAll(owner, orgId, id, answers);
    const results = await owner.get(`/api/orgs/${orgId}/assessments/${id}/results`);
    expect(results.status).toBe(200);
    const expected = JSON.parse(JSON.stringify(scoreAssessment({ track: 'sme', answers, profile: SME_PROFILE })));
    expect(results.body).toEqual(expected);
    expect(results.body.byGglAction).toHaveLength(7);
    expect(results.body.progress.overall.ratio).toBe(1);
    // The SME track's next steps come from the SME report (three, always), not the listed action plan.
    const report = await owner.get(`/api/orgs/${orgId}/assessments/${id}/sme-report`);
    expect(report.status).toBe(200);
    expect(report.body.nextSteps).toHaveLength(3);

    const csv = await owner.get(`/api/orgs/${orgId}/assessments/${id}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('株式会社やまびこ製作所_自己診断結果-1_')}`,
    );
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('設問ID,モジュール,設問（日本語）,設問（英語）,回答,回答の意味・単位,回答者,回答日時');
    expect(lines).toHaveLength(Object.keys(answers).length + 1);
    expect(lines.some((l) => l.startsWith(`${LADDER_SME},`) && l.includes('1 / 4'))).toBe(true);

    const xlsx = await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/export.xlsx`));
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(Object.keys(answers).length + 1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('設問ID');
    const ids = new Set<string>();
    sheet?.eachRow((row, n) => {
      if (n > 1) ids.add(String(row.getCell(1).value));
    });
    expect([...ids].sort()).toEqual(Object.keys(answers).sort());

    const pdf = await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/export.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
    const text = searchableText(bytes).replace(/\s+/g, '');
    expect(text).toContain('株式会社やまびこ製作所');
    // An SME round's PDF is the SME results: three steps and free help, no scores or listed-company metrics.
    expect(text).toContain('今月からの3つの一手');
    expect(text).not.toContain('PBR');
    expect(text).not.toContain('時価総額');
  });

  it('answers 404 for another organization’s assessments on every endpoint', async () => {
    const { owner, orgId } = await ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    await answerAll(owner, orgId, id, { [LADDER_SME]: 2 });
    const { owner: other, orgId: otherOrg } = await ctx.newOrganization('他社');
    const otherId = await start(other, otherOrg, 'sme');

    const requests: Array<[string, (orgPath: string) => Promise<request.Response>]> = [
      ['list', (o) => other.get(`${o}/assessments`)],
      ['start', (o) => other.post(`${o}/assessments`, { track: 'listed' })],
      ['detail', (o) => other.get(`${o}/assessments/${id}`)],
      ['answer', (o) => put(other, `${o}/assessments/${id}/answers/${LADDER_SME}`, { value: 4, expectedVersion: 1 })],
      ['assign', (o) => put(other, `${o}/assessments/${id}/assignments/sme-strengths`, { userId: other.user?.id })],
      ['submit', (o) => other.post(`${o}/assessments/${id}/submit`)],
      ['results', (o) => other.get(`${o}/assessments/${id}/results`)],
      ['compare', (o) => other.get(`${o}/assessments/${otherId}/compare/${id}`)],
      ['csv', (o) => other.get(`${o}/assessments/${id}/export.csv`)],
      ['xlsx', (o) => other.get(`${o}/assessments/${id}/export.xlsx`)],
      ['pdf', (o) => other.get(`${o}/assessments/${id}/export.pdf`)],
    ];
    for (const [name, call] of requests) {
      // Through the victim's organization path (not a member) …
      const viaVictim = await call(`/api/orgs/${orgId}`);
      expect({ name, via: 'victim org', status: viaVictim.status }).toEqual({ name, via: 'victim org', status: 404 });
      if (name === 'list' || name === 'start') continue;
      // … and through their own organization path with the victim's assessment id.
      const viaOwn = await call(`/api/orgs/${otherOrg}`);
      expect({ name, via: 'own org', status: viaOwn.status }).toEqual({ name, via: 'own org', status: 404 });
    }
    const [row] = await storedAnswers(id);
    expect([row?.value, row?.version]).toEqual([2, 1]);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${id}`)).body.status).toBe('draft');
    expect((await owner.get(`/api/orgs/${orgId}/assessments`)).body.items).toHaveLength(1);
    expect((await other.get(`/api/orgs/${otherOrg}/assessments/not-a-uuid`)).status).toBe(404);
  });
});
