import { gradeBasisOf } from '../../common/scoring/grade-basis';
import { randomUUID } from 'node:crypto';
import { STRONG_EN, STRONG_JA, WEAK_JA } from '../../../test/support/disclosure-steps';
import { useTestApp } from '../../../test/support/use-test-app';
import type { Client } from '../../../test/test-app';
import type { DisclosureRecord, DisclosureSummary } from '@ipgn/disclosure-scoring';
import { DisclosureCheckEntity } from './entities/disclosure-check.entity';

const BASE = '/api/me/disclosure-checks';

/** A multipart upload to the caller's own checks (English answers). */
async function uploadCheck(
  client: Client,
  file: { data: Buffer; name: string } | null,
  fields: Record<string, string>,
) {
  const csrf = await client.refreshCsrf();
  let req = client.agent.post(`${BASE}/upload`).set('x-csrf-token', csrf).set('accept-language', 'en');
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return file ? req.attach('file', file.data, file.name) : req;
}

describe("an investor's own disclosure check: judging, personal history, tenancy, resent forms, rate limit (HTTP, real database)", () => {
  const s = useTestApp();
  const rows = (userId?: string) =>
    s.t.db.getRepository(DisclosureCheckEntity).count(userId ? { where: { userId } } : undefined);
  const allRows = () => s.t.db.query('SELECT * FROM disclosure_checks ORDER BY id') as Promise<unknown[]>;

  it('judges a pasted Japanese text like a company’s (score with calibration, roles, chains, criteria with evidence) and keeps it', async () => {
    const investor = await s.ctx.newInvestor();
    const res = await investor.post(BASE, {
      title: '電池材料社 統合報告書 2026',
      documentType: 'integrated_report',
      companyName: '電池材料株式会社',
      text: STRONG_JA,
    });
    expect(res.status).toBe(201);
    const record = res.body as DisclosureRecord;
    expect(record).toMatchObject({
      title: '電池材料社 統合報告書 2026',
      documentType: 'integrated_report',
      source: 'paste',
      language: 'ja',
      createdBy: null,
      secondOpinionEnabled: false,
      // Given back, so the text can be put back in the form and judged again with the same name.
      companyName: '電池材料株式会社',
    });
    expect(record.overall).toBeGreaterThan(0);
    const result = record.result as unknown as {
      calibration?: unknown;
      sentences: { role?: string }[];
      chains: unknown[];
      criteria: { evidence: unknown[] }[];
    };
    expect(result.sentences.length).toBeGreaterThan(0);
    expect(result.chains.length).toBeGreaterThan(0);
    expect(result.criteria.some((c) => c.evidence.length > 0)).toBe(true);

    const again = await investor.get(`${BASE}/${record.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(record);
    const list = await investor.get(BASE);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, offset: 0, hasMore: false });
    const [summary] = list.body.items as DisclosureSummary[];
    expect(summary).toMatchObject({ id: record.id, title: record.title, overall: record.overall });
    // What the grade stands for: the same figures in the list as on the record, from its stored calibration.
    expect(record.gradeBasis).toEqual(gradeBasisOf(record.result.calibration));
    expect(summary.gradeBasis).toEqual(record.gradeBasis);
    expect(summary).not.toHaveProperty('text');
    expect(summary).not.toHaveProperty('result');
  });

  it('reads English, takes the company name as the title when none is given, and lists newest first or by score', async () => {
    const investor = await s.ctx.newInvestor();
    const first = await investor.post(BASE, { documentType: 'other', text: WEAK_JA });
    const second = await investor.post(BASE, {
      documentType: 'integrated_report',
      companyName: 'Battery Materials Corp.',
      text: STRONG_EN,
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toMatchObject({ title: 'Battery Materials Corp.', language: 'en' });
    expect(first.body.title).toBe('');
    const list = await investor.get(BASE);
    expect((list.body.items as DisclosureSummary[]).map((d) => d.id)).toEqual([second.body.id, first.body.id]);
    // By score, high to low (an analyst ordering the texts they pasted), and a clear 400 for an unknown order.
    const third = await investor.post(BASE, { documentType: 'other', text: STRONG_JA });
    const byScore = await investor.get(`${BASE}?sort=score`);
    const items = byScore.body.items as DisclosureSummary[];
    expect(items.map((d) => d.overall)).toEqual(items.map((d) => d.overall).sort((a, b) => b - a));
    expect(items.map((d) => d.id).sort()).toEqual([first.body.id, second.body.id, third.body.id].sort());
    expect(items.at(-1)?.id).toBe(first.body.id);
    const bad = await investor.get(`${BASE}?sort=random`);
    expect(bad.status).toBe(400);
  });

  it('judges an uploaded file the same way', async () => {
    const investor = await s.ctx.newInvestor();
    const res = await uploadCheck(
      investor,
      { data: Buffer.from(STRONG_JA), name: 'report.txt' },
      { documentType: 'cg_report', companyName: '電池材料株式会社' },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'upload', filename: 'report.txt', title: '電池材料株式会社' });
  });

  it('gives the same clear 400s as the company form, beside the field, and writes nothing', async () => {
    const investor = await s.ctx.newInvestor();
    const blank = await investor.post(BASE, { documentType: 'other', text: '  \n ' });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('TEXT_EMPTY');
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'text', code: 'textEmpty' })]);
    const long = await investor.post(BASE, { documentType: 'other', text: 'あ'.repeat(200_001) });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'text', code: 'maxLength' })]);
    expect(String(long.body.errors[0].message)).toContain('200000');
    const noFile = await uploadCheck(investor, null, { documentType: 'other' });
    expect([noFile.status, noFile.body.code]).toEqual([400, 'FILE_REQUIRED']);
    expect(noFile.body.code).toBe('FILE_REQUIRED');
    expect(await rows(investor.user!.id)).toBe(0);
  });

  it('answers a second investor exactly 404 on the first one’s checks, lists none of them, and changes nothing', async () => {
    const first = await s.ctx.newInvestor();
    const mine = (await first.post(BASE, { documentType: 'other', text: STRONG_JA })).body as DisclosureRecord;
    const second = await s.ctx.newInvestor();
    const before = await allRows();
    for (const res of [await second.get(`${BASE}/${mine.id}`), await second.delete(`${BASE}/${mine.id}`)]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    // A well-formed id that exists nowhere, and one that is not an id: the same 404.
    expect((await second.get(`${BASE}/${randomUUID()}`)).status).toBe(404);
    expect((await second.get(`${BASE}/not-an-id`)).status).toBe(404);
    const list = await second.get(BASE);
    expect(list.body).toMatchObject({ items: [], total: 0 });
    expect(await allRows()).toEqual(before);
    expect((await first.get(`${BASE}/${mine.id}`)).status).toBe(200);
  });

  it('compares two of one’s own checks side by side, and refuses another investor’s or a company account', async () => {
    const investor = await s.ctx.newInvestor();
    const a = (await investor.post(BASE, { documentType: 'integrated_report', companyName: '甲社', text: WEAK_JA }))
      .body as DisclosureRecord;
    const b = (await investor.post(BASE, { documentType: 'integrated_report', companyName: '乙社', text: STRONG_JA }))
      .body as DisclosureRecord;
    const res = await investor.get(`${BASE}/${b.id}/compare/${a.id}`);
    expect(res.status).toBe(200);
    // Older left by default; the same shape as an organization's comparison.
    expect([res.body.from.id, res.body.to.id]).toEqual([a.id, b.id]);
    expect(res.body.overallDelta).toBe(b.overall - a.overall);
    expect(res.body.criteria.length).toBeGreaterThan(0);
    expect(Array.isArray(res.body.textDiff)).toBe(true);
    const given = await investor.get(`${BASE}/${b.id}/compare/${a.id}?order=given`);
    expect([given.body.from.id, given.body.to.id]).toEqual([b.id, a.id]);
    expect((await investor.get(`${BASE}/${b.id}/compare/${a.id}?order=sideways`)).status).toBe(400);

    // Another investor's check on either side is 404, as a missing one; a company account is 403.
    const other = await s.ctx.newInvestor();
    const theirs = (await other.post(BASE, { documentType: 'other', text: WEAK_JA })).body as DisclosureRecord;
    for (const path of [`${BASE}/${a.id}/compare/${theirs.id}`, `${BASE}/${theirs.id}/compare/${a.id}`]) {
      const refused = await investor.get(path);
      expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    const { owner } = await s.ctx.newOrganization('比較拒否株式会社');
    const company = await owner.get(`${BASE}/${a.id}/compare/${b.id}`);
    expect([company.status, company.body.code]).toEqual([403, 'INVESTOR_ONLY']);
  });

  it('refuses company accounts (403 INVESTOR_ONLY) and anonymous callers (401) on every route, writing nothing', async () => {
    const { owner } = await s.ctx.newOrganization('開示チェック拒否株式会社');
    const investor = await s.ctx.newInvestor();
    const theirs = (await investor.post(BASE, { documentType: 'other', text: WEAK_JA })).body as DisclosureRecord;
    const before = await allRows();
    const company = [
      await owner.get(BASE),
      await owner.post(BASE, { documentType: 'other', text: WEAK_JA }),
      await uploadCheck(owner, { data: Buffer.from(WEAK_JA), name: 'a.txt' }, { documentType: 'other' }),
      await owner.get(`${BASE}/${theirs.id}`),
      await owner.delete(`${BASE}/${theirs.id}`),
    ];
    expect(company.map((r) => [r.status, r.body.code])).toEqual(Array(5).fill([403, 'INVESTOR_ONLY']));
    const anonymous = s.ctx.client();
    const anon = [
      await anonymous.get(BASE),
      await anonymous.post(BASE, { documentType: 'other', text: WEAK_JA }),
      await anonymous.get(`${BASE}/${theirs.id}`),
      await anonymous.delete(`${BASE}/${theirs.id}`),
    ];
    expect(anon.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(await allRows()).toEqual(before);
  });

  it('makes one record of a form sent twice with the same submission id, one after the other or at once', async () => {
    const investor = await s.ctx.newInvestor();
    const body = { documentType: 'other', text: STRONG_JA, submissionId: randomUUID() };
    const first = await investor.post(BASE, body);
    const again = await investor.post(BASE, body);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);

    const twin = { documentType: 'other', text: WEAK_JA, submissionId: randomUUID() };
    await investor.refreshCsrf();
    const [a, b] = await Promise.all([investor.post(BASE, twin), investor.post(BASE, twin)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await rows(investor.user!.id)).toBe(2);
    // Another investor sending the same submission id gets their own record.
    const other = await s.ctx.newInvestor();
    const theirs = await other.post(BASE, body);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
  });

  it('deletes one’s own check', async () => {
    const investor = await s.ctx.newInvestor();
    const record = (await investor.post(BASE, { documentType: 'other', text: WEAK_JA })).body as DisclosureRecord;
    expect((await investor.delete(`${BASE}/${record.id}`)).status).toBe(204);
    expect((await investor.get(`${BASE}/${record.id}`)).status).toBe(404);
    expect((await investor.delete(`${BASE}/${record.id}`)).status).toBe(404);
  });

  it('limits each account to 30 checks per window by default (429 + Retry-After), not the next account', async () => {
    const limit = s.t.config.JUDGE_ACCOUNT_LIMIT;
    expect(limit).toBe(30);
    const investor = await s.ctx.newInvestor();
    for (let i = 0; i < limit; i++) {
      const res = await investor.post(BASE, { documentType: 'other', text: `${WEAK_JA}${i}` });
      expect(res.status).toBe(201);
    }
    const over = await investor.post(BASE, { documentType: 'other', text: WEAK_JA });
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(await rows(investor.user!.id)).toBe(limit);
    const next = await s.ctx.newInvestor();
    expect((await next.post(BASE, { documentType: 'other', text: WEAK_JA })).status).toBe(201);
  }, 120_000);
});
