import ExcelJS from 'exceljs';
import type request from 'supertest';
import { sampleAnswers, scoreAssessment, type AnswerValue } from '@ipgn/assessment';
import { searchableText } from '../../../test/support/pdf-text';
import { binary, useTestApp } from '../../../test/support/use-test-app';
import { answerAll, LADDER_SME, put, SME_PROFILE, start, storedAnswers } from '../../../test/support/assessment-steps';

describe('assessments: assignments, submission, scoring and exports (HTTP, real database)', () => {
  const s = useTestApp();

  it('assigns modules to members only', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const { owner: stranger } = await s.ctx.newOrganization('よその会社');
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
    const { owner, orgId } = await s.ctx.newOrganization();
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
    expect((await storedAnswers(s.t.db, id)).find((a) => a.questionId === LADDER_SME)?.value).toBe(1);

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
    expect((await storedAnswers(s.t.db, id)).find((a) => a.questionId === LADDER_SME)?.value).toBe(1);

    const comparison = await owner.get(`/api/orgs/${orgId}/assessments/${next.body.id}/compare/${id}`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.overall.before).toBeLessThan(comparison.body.overall.after);
    expect(comparison.body.byGglAction).toHaveLength(7);
  });

  it('scores a completed SME round exactly as the domain library does, and exports it as CSV, XLSX and PDF', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('株式会社やまびこ製作所');
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
    expect(lines[0]).toBe('設問ID,モジュール,設問（日本語）,設問（英語）,回答,回答の意味・単位,回答者,回答日時（JST）');
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
    const { owner, orgId } = await s.ctx.newOrganization();
    const id = await start(owner, orgId, 'sme');
    await answerAll(owner, orgId, id, { [LADDER_SME]: 2 });
    const { owner: other, orgId: otherOrg } = await s.ctx.newOrganization('他社');
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
    const [row] = await storedAnswers(s.t.db, id);
    expect([row?.value, row?.version]).toEqual([2, 1]);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${id}`)).body.status).toBe('draft');
    expect((await owner.get(`/api/orgs/${orgId}/assessments`)).body.items).toHaveLength(1);
    expect((await other.get(`/api/orgs/${otherOrg}/assessments/not-a-uuid`)).status).toBe(404);
  });
});
