import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import type { AnswerValue } from '@ipgn/assessment';
import { readDocx } from '../../../test/support/office-files';
import type { Client } from '../../../test/test-app';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../../test/test-app';
import { AssessmentAnswerEntity } from '../assessments/entities/assessment-answer.entity';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { useTestApp } from '../../../test/support/use-test-app';

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

// A 48-person machining company in Aichi that exports and hands drawings over freely.
const FACTORY: Record<string, AnswerValue> = {
  'sme-strengths.why-customers': '=難しい形でも短い納期で仕上げる加工の腕',
  'sme-strengths.kinds': ['skill', 'drawings'],
  'sme-strengths.written-down': 1,
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 1,
  'sme-deals.drawing-requests': 'often',
  'sme-deals.drawing-terms': 'free',
  'sme-brand.trademark': 'all-main',
  'sme-brand.export-trademark': 'no',
  'sme-help.budget': 'under-10',
};

describe('SME path (HTTP, real database)', () => {
  const s = useTestApp();

  async function smeOwner(): Promise<{ owner: Client; orgId: string }> {
    const owner = s.ctx.client();
    const signup = await owner.post('/api/auth/signup', {
      email: uniqueEmail('sme'),
      password: DEFAULT_PASSWORD,
      displayName: '山田',
      accountType: 'company',
    });
    expect(signup.status).toBe(201);
    const bad = await owner.post('/api/organizations', {
      legalNameJa: '山田製作所',
      prefecture: '48',
      employeeCount: -1,
      sellsAbroad: 'yes',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'employeeCount',
      'prefecture',
      'sellsAbroad',
    ]);
    expect((await owner.get('/api/auth/me')).body.memberships).toEqual([]);
    const created = await owner.post('/api/organizations', {
      legalNameJa: '株式会社山田製作所',
      listingStatus: 'unlisted',
      companySize: 'sme',
      prefecture: '23',
      employeeCount: 48,
      sellsAbroad: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ prefecture: '23', employeeCount: 48, sellsAbroad: true });
    return { owner, orgId: String(created.body.id) };
  }

  async function answer(owner: Client, orgId: string, id: string, answers: Record<string, AnswerValue>): Promise<void> {
    const detail = await owner.get(`/api/orgs/${orgId}/assessments/${id}`);
    const versions = new Map<string, number>(
      detail.body.answers.map((a: { questionId: string; version: number }) => [a.questionId, a.version]),
    );
    for (const [q, value] of Object.entries(answers)) {
      const res = await owner.send('put', `/api/orgs/${orgId}/assessments/${id}/answers/${q}`, {
        value,
        expectedVersion: versions.get(q) ?? 0,
      });
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
  }

  it('starts an SME round with the export answer from sign-up, and refuses questions of the old SME bank', async () => {
    const { owner, orgId } = await smeOwner();
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
    expect(started.status).toBe(201);
    expect(started.body.answers).toEqual([
      expect.objectContaining({ questionId: 'sme-brand.sells-abroad', value: 'yes', source: 'copied' }),
    ]);
    expect(started.body.visibleQuestionIds).toContain('sme-brand.export-trademark');
    expect(started.body.visibleQuestionIds.length).toBeLessThanOrEqual(22);
    const old = await owner.send(
      'put',
      `/api/orgs/${orgId}/assessments/${started.body.id}/answers/m10.strengths-written`,
      { value: 2, expectedVersion: 0 },
    );
    expect(old.status).toBe(404);
    const listedOnly = await owner.send(
      'put',
      `/api/orgs/${orgId}/assessments/${started.body.id}/answers/m6.board-discussions`,
      { value: 2, expectedVersion: 0 },
    );
    expect(listedOnly.status).toBe(404);
  });

  it('gives the SME report with three steps and the prefecture’s free help, and 404 for a listed round', async () => {
    const { owner, orgId } = await smeOwner();
    const id = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' })).body.id);
    await answer(owner, orgId, id, FACTORY);
    const report = await owner.get(`/api/orgs/${orgId}/assessments/${id}/sme-report`);
    expect(report.status).toBe(200);
    expect(report.body.nextSteps.map((s: { id: string }) => s.id)).toEqual([
      'step.secret-list',
      'step.deal-paper',
      'step.trademark-abroad',
    ]);
    expect(report.body.strengths[0]).toMatchObject({
      kind: 'own-words',
      text: { ja: FACTORY['sme-strengths.why-customers'] },
    });
    expect(report.body.support.prefecture).toBe('23');
    expect(report.body.support.contacts.map((c: { programmeId: string }) => c.programmeId)).toEqual(
      expect.arrayContaining(['inpit-ip-desk', 'yorozu']),
    );
    const listed = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' })).body.id);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${listed}/sme-report`)).status).toBe(404);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${listed}/bank-sheets.xlsx`)).status).toBe(404);
  });

  it('exports the 経営デザインシート and ロカベン sheets with the answers in typed cells', async () => {
    const { owner, orgId } = await smeOwner();
    const id = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' })).body.id);
    await answer(owner, orgId, id, FACTORY);
    const res = await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/bank-sheets.xlsx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('株式会社山田製作所_経営デザインシート_ロカベン_')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '経営デザインシート（知財の項目）',
      'ロカベン 非財務の4つの視点（知財の項目）',
    ]);
    const [design, locaben] = wb.worksheets;
    const rows = (ws: ExcelJS.Worksheet | undefined) => {
      const out: ExcelJS.CellValue[][] = [];
      ws?.eachRow((r) => out.push([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]));
      return out;
    };
    const d = rows(design);
    // The owner's text stays text and is never evaluated: the export layer prefixes a leading "=" with an apostrophe.
    const why = d.find((r) => r[3] === 'sme-strengths.why-customers');
    expect(why?.[1]).toBe("'=難しい形でも短い納期で仕上げる加工の腕");
    const rowOf = (ws: ExcelJS.Worksheet | undefined, test: (r: ExcelJS.Row) => boolean): number => {
      let found = 0;
      ws?.eachRow((r, n) => {
        if (!found && test(r)) found = n;
      });
      return found;
    };
    expect(design?.getCell(`B${rowOf(design, (r) => r.getCell(4).value === 'sme-strengths.why-customers')}`).type).toBe(
      ExcelJS.ValueType.String,
    );
    const employees = d.find((r) => r[0] === '従業員数（人）');
    expect(employees?.[1]).toBe(48);
    const createdRow = rowOf(design, (r) => r.getCell(1).value === '作成日時');
    expect(createdRow).toBeGreaterThan(0);
    expect(design?.getCell(`B${createdRow}`).type).toBe(ExcelJS.ValueType.Date);
    expect(
      d.some(
        (r) =>
          r[1] ===
          '中小企業庁が公開している契約書のひな形（秘密保持契約など）を取り寄せます。次に図面やデータを求められたら、使う目的と代金を書面で決めてから渡します。',
      ),
    ).toBe(true);
    const l = rows(locaben);
    for (const heading of [
      '経営者への着目',
      '事業への着目',
      '企業を取り巻く環境・関係者への着目',
      '内部管理体制への着目',
    ])
      expect(l.some((r) => r[0] === heading)).toBe(true);
    const marked = l.find((r) => r[3] === 'sme-secrets.marked');
    expect(marked?.[1]).toBe('口で「秘密だ」と伝えているだけ。');
    expect(marked?.[2]).toBe(1);
    expect(l.find((r) => r[3] === 'sme-deals.drawing-terms')?.[1]).toBe('決めずに、無料で渡している');
  });

  it('exports the same sheets as an editable DOCX that opens strictly, with the answers in its tables', async () => {
    const { owner, orgId } = await smeOwner();
    const id = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' })).body.id);
    await answer(owner, orgId, id, FACTORY);
    const res = await binary(owner.agent.get(`/api/orgs/${orgId}/assessments/${id}/bank-sheets.docx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('株式会社山田製作所_経営デザインシート_ロカベン_'),
    );
    const docx = await readDocx(res.body as Buffer);
    if (process.env['SME_DOCX_OUT']) writeFileSync(process.env['SME_DOCX_OUT'], res.body as Buffer);
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        '経営デザインシート（知財の項目）',
        'ロカベン 非財務の4つの視点（知財の項目）',
        '株式会社山田製作所',
        '愛知県',
        '従業員数: 48',
      ]),
    );
    for (const heading of [
      '経営者への着目',
      '事業への着目',
      '企業を取り巻く環境・関係者への着目',
      '内部管理体制への着目',
    ])
      expect(docx.paragraphs).toContain(heading);
    const rows = docx.tables.flat();
    // The owner's text as typed (a Word cell is never evaluated), the chosen option's words, the ladder level as a number.
    expect(rows.some((r) => r[1] === '=難しい形でも短い納期で仕上げる加工の腕')).toBe(true);
    expect(rows.find((r) => r[1] === '口で「秘密だ」と伝えているだけ。')?.[2]).toBe('1');
    expect(rows.some((r) => r[1] === '（未回答）')).toBe(true);
    const listed = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' })).body.id);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${listed}/bank-sheets.docx`)).status).toBe(404);
  });

  it('writes the SME one-pager from the SME check and the SME facts, without the listed-company score', async () => {
    const { owner, orgId } = await smeOwner();
    const id = String((await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' })).body.id);
    await answer(owner, orgId, id, FACTORY);
    const facts = {
      sme: { products: { ja: '金属部品の精密加工' }, revenueManYen: 48_000, contact: { ja: '総務 鈴木' } },
    };
    expect((await owner.send('put', `/api/orgs/${orgId}/company-facts`, { facts, expectedVersion: 0 })).status).toBe(
      200,
    );
    const bad = await owner.send('put', `/api/orgs/${orgId}/company-facts`, {
      facts: { sme: { employees: 1.5, products: { en: 'only English' } } },
      expectedVersion: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'facts.sme.employees',
      'facts.sme.products.ja',
    ]);
    const draft = await owner.post(`/api/orgs/${orgId}/drafts`, {
      type: 'sme-one-pager',
      language: 'ja',
      assessmentId: id,
    });
    expect(draft.status).toBe(201);
    const text = String(draft.body.current.text);
    expect(text).toContain('お客様に選ばれる理由を「=難しい形でも短い納期で仕上げる加工の腕」と考えています。');
    expect(text).toContain('主に金属部品の精密加工を提供しています。');
    // Revenue from the facts form (万円), the head-count from sign-up.
    expect(text).toContain('売上高は4.8億円、従業員数は48名です。');
    expect(text).toContain('社名と主な商品の名前は、すべて商標登録しています。');
    expect(text).toContain('総務 鈴木までお寄せください。');
    for (const word of ['取締役会', 'KPI', '百万円', 'PBR']) expect(text).not.toContain(word);
    expect(draft.body.current.score).toBeNull();
  });

  it('keeps a round of the earlier bank (2026.11-1) readable: its questions, its score, its own answers', async () => {
    const { owner, orgId } = await smeOwner();
    const db = s.t.app.get(DataSource);
    const me = (await owner.get('/api/auth/me')).body.id as string;
    const old = await db.getRepository(AssessmentEntity).save(
      db.getRepository(AssessmentEntity).create({
        organizationId: orgId,
        track: 'sme',
        bankVersion: '2026.11-1',
        round: 1,
        status: 'draft',
        copiedFrom: null,
        createdBy: me,
      }),
    );
    await db.getRepository(AssessmentAnswerEntity).insert([
      {
        organizationId: orgId,
        assessmentId: old.id,
        questionId: 'm10.strengths-written',
        value: 3,
        version: 1,
        answeredBy: me,
        answeredAt: new Date(),
        source: 'manual',
      },
      {
        organizationId: orgId,
        assessmentId: old.id,
        questionId: 'm1.inventory',
        value: 2,
        version: 1,
        answeredBy: me,
        answeredAt: new Date(),
        source: 'manual',
      },
    ]);
    const detail = await owner.get(`/api/orgs/${orgId}/assessments/${old.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.visibleQuestionIds).toEqual(expect.arrayContaining(['m10.strengths-written', 'm1.inventory']));
    const bank = await owner.get('/api/assessment-bank?track=sme&version=2026.11-1');
    expect(bank.body.questions).toHaveLength(38);
    expect((await owner.get('/api/assessment-bank?track=sme&version=1999.01-1')).status).toBe(400);
    const results = await owner.get(`/api/orgs/${orgId}/assessments/${old.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.ignoredAnswers).toEqual([]);
    expect(results.body.overall.score).toBeGreaterThan(0);
    expect(
      (
        await owner.send('put', `/api/orgs/${orgId}/assessments/${old.id}/answers/m10.fundraising`, {
          value: 'no',
          expectedVersion: 0,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await owner.send('put', `/api/orgs/${orgId}/assessments/${old.id}/answers/sme-brand.trademark`, {
          value: 'no',
          expectedVersion: 0,
        })
      ).status,
    ).toBe(404);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${old.id}/sme-report`)).status).toBe(404);
  });
});
