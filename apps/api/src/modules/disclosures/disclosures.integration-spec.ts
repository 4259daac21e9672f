import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import type { Client, TestApp } from '../../../test/test-app';
import { createTestApp, TestContext } from '../../../test/test-app';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import type { DisclosureComparison, DisclosureRecord, DisclosureRubric, DisclosureSummary } from './disclosure-types';

const WEAK_JA = '当社は知的財産を重要な経営資源と認識し、適切に保護・管理してまいります。';
const STRONG_JA = [
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。',
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。',
  '2030年に目指す事業ポートフォリオから逆算し、全固体電池向け材料を重点領域と定め、研究開発費の35%（2025年度168億円）を同領域に配分しています。',
  '知財投資の効果は、特許ライセンス収入（2025年度42億円、2028年度目標60億円）と、保有特許が製品売上に占める寄与率で毎年測定し、取締役会に年2回報告しています。',
  'CTOを委員長とする知財戦略委員会が四半期ごとに開催され、出願・放棄の判断と重点領域の見直しを行っています。',
].join('');
const STRONG_EN = [
  'In our battery materials segment, 348 patents on cathode calcination protect automotive products that generated sales of JPY 124 billion in FY2025, up 18% year on year.',
  "Because these patents block competing entrants, we secured long-term supply contracts to 2030 with three major customers, and the segment's operating margin reached 14.2%, twice the company average.",
  'Working back from our 2030 portfolio, we allocate 35% of R&D spending (JPY 16.8 billion in FY2025) to solid-state battery materials.',
  'The IP committee, chaired by the CTO, meets quarterly and reports to the board twice a year on licensing income (JPY 4.2 billion in FY2025, target JPY 6 billion by FY2028).',
].join(' ');

async function docxOf(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      { children: paragraphs.map((p) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(p)] })) },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('disclosures (HTTP, real database)', () => {
  let t: TestApp;
  let ctx: TestContext;
  let owner: Client;
  let orgId: string;

  const base = () => `/api/orgs/${orgId}/disclosures`;
  const countRows = (organizationId = orgId) => t.db.getRepository(DisclosureScoreEntity).countBy({ organizationId });

  async function upload(
    client: Client,
    organizationId: string,
    file: { data: Buffer; name: string } | null,
    fields: Record<string, string>,
  ) {
    const csrf = await client.refreshCsrf();
    let req = client.agent
      .post(`/api/orgs/${organizationId}/disclosures/upload`)
      .set('x-csrf-token', csrf)
      .set('accept-language', 'en');
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    if (file) req = req.attach('file', file.data, file.name);
    return req;
  }

  async function paste(text: string, extra: Record<string, unknown> = {}): Promise<DisclosureRecord> {
    const res = await owner.post(base(), { title: 'CG報告書 補充原則3-1③', documentType: 'cg_report', text, ...extra });
    expect(res.status).toBe(201);
    return res.body as DisclosureRecord;
  }

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
    ({ owner, orgId } = await ctx.newOrganization('開示評価テスト株式会社'));
  });
  afterAll(() => t.close());

  it('serves the rubric publicly: every criterion with four level descriptions in both languages, headings and limits', async () => {
    const res = await ctx.client().get('/api/disclosure-rubric');
    expect(res.status).toBe(200);
    const rubric = res.body as DisclosureRubric;
    expect(rubric.rubricVersion).toMatch(/\S/);
    expect(rubric.criteria.length).toBeGreaterThanOrEqual(12);
    for (const c of rubric.criteria) {
      expect(c.levels).toHaveLength(4);
      expect(c.name.ja).toMatch(/\S/);
      expect(c.name.en).toMatch(/\S/);
      expect(rubric.vcgHeadings.map((h) => h.id)).toContain(c.vcgHeading);
    }
    expect(rubric.documentTypes).toEqual(
      expect.arrayContaining(['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other']),
    );
    expect(rubric.limits.maxUploadBytes).toBe(5 * 1024 * 1024);
  });

  it('scores pasted Japanese text, saves it with the full result, and a weak text scores far below a concrete one', async () => {
    const before = await countRows();
    const weak = await paste(WEAK_JA);
    const strong = await paste(STRONG_JA);
    expect(await countRows()).toBe(before + 2);

    expect(weak.language).toBe('ja');
    expect(weak.source).toBe('paste');
    expect(weak.text).toBe(WEAK_JA);
    expect(weak.createdBy?.userId).toBe(owner.user?.id);
    expect(strong.overall).toBeGreaterThan(weak.overall + 40);
    // Grades are bands of the calibration table: a stronger text never gets a worse letter.
    expect(strong.grade <= weak.grade).toBe(true);
    // JPX400's floor check, for CG-report entries only (this is one).
    expect(strong.class).toBe('〇');
    expect(weak.class).not.toBe('〇');
    const result: DisclosureScore = strong.result;
    expect(result.overall).toBe(strong.overall);
    expect(result.scorerVersion).toBe('v2');
    expect(result.criteria.map((c) => c.id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(result.chains.length).toBeGreaterThan(0);
    expect(result.sentences.map((s) => s.role)).toContain('mechanism');
    expect(result.calibration.interval).toHaveLength(2);
    // Every point is backed by a span of the saved text.
    const linked = result.criteria.find((c) => c.key === 'business-and-asset');
    expect(linked?.score).toBeGreaterThanOrEqual(2);
    for (const span of linked?.evidence ?? []) expect(strong.text.slice(span.start, span.end)).toBe(span.text);
    expect(weak.result.suggestions.length).toBeGreaterThan(0);

    const row = await t.db.getRepository(DisclosureScoreEntity).findOneByOrFail({ id: strong.id });
    expect(row.organizationId).toBe(orgId);
    expect(row.overall).toBe(strong.overall);
    expect(row.rubricVersion).toBe(result.rubricVersion);
  });

  it("never counts the organization's own name as specific content", async () => {
    const withName = await paste(STRONG_JA.replace('当社の電池材料事業', '開示評価テスト株式会社の電池材料事業'));
    const plain = await paste(STRONG_JA);
    expect(withName.overall).toBe(plain.overall);
    expect(withName.result.companyNames).toEqual(expect.arrayContaining(['開示評価テスト株式会社']));
  });

  it('scores English text, detects the language, and honours an explicit language', async () => {
    const en = await paste(STRONG_EN, { documentType: 'integrated_report' });
    expect(en.language).toBe('en');
    // Only CG-report entries get the 〇/△/✕ floor check.
    expect(en.class).toBeNull();
    expect(en.result.cgFloorCheck).toBeNull();
    expect(en.overall).toBeGreaterThan(30);
    const forced = await paste(STRONG_EN, { language: 'en' });
    expect(forced.overall).toBe(en.overall);
  });

  it('scores uploaded .txt and .docx files and keeps the original file name', async () => {
    const before = await countRows();
    const txt = await upload(
      owner,
      orgId,
      { data: Buffer.from(STRONG_JA, 'utf8'), name: '統合報告書_知財.txt' },
      { title: 'txt', documentType: 'integrated_report' },
    );
    expect(txt.status).toBe(201);
    expect(txt.body.source).toBe('upload');
    expect(txt.body.filename).toBe('統合報告書_知財.txt');
    expect(txt.body.text).toContain('正極材の焼成技術');

    const docx = await upload(
      owner,
      orgId,
      { data: await docxOf([STRONG_JA.slice(0, 120), STRONG_JA.slice(120)]), name: 'ip.docx' },
      { title: 'docx', documentType: 'ip_report', language: 'ja' },
    );
    expect(docx.status).toBe(201);
    expect(docx.body.language).toBe('ja');
    expect(docx.body.overall).toBeGreaterThan(40);

    // PDFs go through the same route; pdfjs (ESM-only) cannot load inside Jest's sandbox, so PDF extraction and
    // its errors are tested in extract-disclosure-text.spec.ts (child process) and end to end in apps/web-e2e.
    const upper = await upload(
      owner,
      orgId,
      { data: Buffer.from(STRONG_EN, 'utf8'), name: 'REPORT.TXT' },
      { title: 'en', documentType: 'other' },
    );
    expect(upper.status).toBe(201);
    expect(upper.body.language).toBe('en');
    expect(await countRows()).toBe(before + 3);
  });

  it('refuses bad uploads with a specific code on the field `file`, and stores nothing', async () => {
    const before = await countRows();
    const fields = { title: 'bad', documentType: 'other' };
    const cases: { file: { data: Buffer; name: string } | null; status: number; code: string }[] = [
      {
        file: { data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), name: 'garbage.txt' },
        status: 400,
        code: 'DOCUMENT_UNSUPPORTED',
      },
      {
        file: { data: (await docxOf([STRONG_JA])).subarray(0, 300), name: 'cut.docx' },
        status: 400,
        code: 'DOCUMENT_CORRUPT',
      },
      { file: { data: Buffer.from('   \n\u3000\n '), name: 'blank.txt' }, status: 400, code: 'DOCUMENT_EMPTY' },
      { file: { data: Buffer.from(STRONG_EN), name: 'notes.exe' }, status: 400, code: 'DOCUMENT_UNSUPPORTED' },
      { file: null, status: 400, code: 'FILE_REQUIRED' },
    ];
    for (const c of cases) {
      const res = await upload(owner, orgId, c.file, fields);
      expect({ name: c.file?.name, status: res.status, code: res.body.code }).toEqual({
        name: c.file?.name,
        status: c.status,
        code: c.code,
      });
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'file', message: expect.stringMatching(/\S/) }),
      ]);
      expect(res.body.message).toMatch(/\S/);
    }
    // Two files, or a file under another name than `file`: the upload itself is malformed.
    const csrf = await owner.refreshCsrf();
    const two = await owner.agent
      .post(`${base()}/upload`)
      .set('x-csrf-token', csrf)
      .field('title', 'two')
      .field('documentType', 'other')
      .attach('file', Buffer.from(WEAK_JA), 'a.txt')
      .attach('file', Buffer.from(WEAK_JA), 'b.txt');
    const elsewhere = await owner.agent
      .post(`${base()}/upload`)
      .set('x-csrf-token', csrf)
      .field('title', 'other field')
      .field('documentType', 'other')
      .attach('document', Buffer.from(WEAK_JA), 'a.txt');
    for (const res of [two, elsewhere]) {
      expect({ status: res.status, code: res.body.code, errors: res.body.errors }).toEqual({
        status: 400,
        code: 'UPLOAD_INVALID',
        errors: [expect.objectContaining({ field: 'file', code: 'uploadInvalid' })],
      });
    }
    expect(await countRows()).toBe(before);
  });

  it('refuses a file over 5 MB with 413 PAYLOAD_TOO_LARGE in the common shape', async () => {
    const before = await countRows();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const res = await upload(owner, orgId, { data: big, name: 'big.txt' }, { title: 'big', documentType: 'other' });
    expect(res.status).toBe(413);
    expect(res.body).toEqual(
      expect.objectContaining({
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.stringContaining('5 MB'),
        requestId: expect.any(String),
      }),
    );
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    expect(await countRows()).toBe(before);
  });

  it('validates pasted input: empty, whitespace-only, unknown fields, wrong types and bad enums → 400, nothing stored', async () => {
    const before = await countRows();
    const ok = { title: 't', documentType: 'cg_report', text: WEAK_JA };
    const cases: { body: Record<string, unknown>; code: string; field: string }[] = [
      { body: { ...ok, text: '' }, code: 'VALIDATION_FAILED', field: 'text' },
      { body: { ...ok, text: ' \n\u3000\t ' }, code: 'TEXT_EMPTY', field: 'text' },
      { body: { ...ok, text: 42 }, code: 'VALIDATION_FAILED', field: 'text' },
      { body: { ...ok, title: '' }, code: 'VALIDATION_FAILED', field: 'title' },
      { body: { ...ok, documentType: 'novel' }, code: 'VALIDATION_FAILED', field: 'documentType' },
      { body: { ...ok, language: 'fr' }, code: 'VALIDATION_FAILED', field: 'language' },
      { body: { ...ok, organizationId: orgId }, code: 'VALIDATION_FAILED', field: 'organizationId' },
      { body: { ...ok, text: 'あ'.repeat(200_001) }, code: 'VALIDATION_FAILED', field: 'text' },
    ];
    for (const c of cases) {
      const res = await owner.post(base(), c.body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: c.code });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: c.field })]));
    }
    const upl = await upload(
      owner,
      orgId,
      { data: Buffer.from(WEAK_JA), name: 'a.txt' },
      { title: 'x', documentType: 'cg_report', extra: '1' },
    );
    expect({ status: upl.status, code: upl.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await countRows()).toBe(before);
  });

  it('lists the history newest first, without the text', async () => {
    const { owner: o2, orgId: org2 } = await ctx.newOrganization('履歴株式会社');
    const titles = ['first', 'second', 'third'];
    for (const title of titles) {
      const res = await o2.post(`/api/orgs/${org2}/disclosures`, { title, documentType: 'other', text: WEAK_JA });
      expect(res.status).toBe(201);
    }
    const res = await o2.get(`/api/orgs/${org2}/disclosures`);
    expect(res.status).toBe(200);
    const list = res.body.items as DisclosureSummary[];
    expect(list.map((d) => d.title)).toEqual(['third', 'second', 'first']);
    for (const d of list) {
      expect(d).not.toHaveProperty('text');
      expect(d).not.toHaveProperty('result');
      expect(d.createdBy?.displayName).toBe('オーナー');
    }
  });

  it('compares two versions: per-criterion delta, overall delta and a sentence diff', async () => {
    const weak = await paste(WEAK_JA);
    const strong = await paste(`${WEAK_JA}${STRONG_JA}`);
    const res = await owner.get(`${base()}/${weak.id}/compare/${strong.id}`);
    expect(res.status).toBe(200);
    const cmp = res.body as DisclosureComparison;
    expect(cmp.from.id).toBe(weak.id);
    expect(cmp.to.id).toBe(strong.id);
    expect(cmp.overallDelta).toBe(strong.overall - weak.overall);
    expect(cmp.overallDelta).toBeGreaterThan(0);
    expect(cmp.criteria.length).toBe(strong.result.criteria.length);
    for (const c of cmp.criteria) {
      const a = weak.result.criteria.find((x) => x.id === c.id);
      const b = strong.result.criteria.find((x) => x.id === c.id);
      expect(c.delta).toBe((b?.score ?? 0) - (a?.score ?? 0));
    }
    expect(cmp.criteria.some((c) => (c.delta ?? 0) > 0)).toBe(true);
    expect(cmp.textDiff[0]).toEqual({ op: 'equal', sentences: [WEAK_JA] });
    const added = cmp.textDiff.filter((c) => c.op === 'added').flatMap((c) => c.sentences);
    expect(added.join('')).toBe(STRONG_JA);
    expect(cmp.textDiff.some((c) => c.op === 'removed')).toBe(false);
    expect(cmp.textDiffApproximate).toBe(false);

    // Without a period in either document, the one scored first is the older: the path order does not matter…
    const reordered = await owner.get(`${base()}/${strong.id}/compare/${weak.id}`);
    expect([reordered.body.from.id, reordered.body.to.id, reordered.body.order]).toEqual([
      weak.id,
      strong.id,
      'document',
    ]);
    // …unless the swap button asks for the path's order.
    const back = await owner.get(`${base()}/${strong.id}/compare/${weak.id}?order=given`);
    expect([back.body.from.id, back.body.order]).toEqual([strong.id, 'given']);
    expect(back.body.overallDelta).toBe(-cmp.overallDelta);
    expect((await owner.get(`${base()}/${strong.id}/compare/${weak.id}?order=newest`)).status).toBe(400);
  });

  it('puts the document of the earlier period on the left, whatever order they were scored in', async () => {
    const newer = await paste(`${WEAK_JA}${STRONG_JA}`, { title: 'CG報告書 2026年3月期' });
    const older = await paste(WEAK_JA, { title: 'CG報告書 2025年3月期' });
    for (const [a, b] of [
      [newer.id, older.id],
      [older.id, newer.id],
    ]) {
      const res = await owner.get(`${base()}/${a}/compare/${b}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        from: { id: older.id },
        to: { id: newer.id },
        fromPeriod: { year: 2025, month: 3, source: 'title' },
        toPeriod: { year: 2026, month: 3, source: 'title' },
        overallDelta: newer.overall - older.overall,
      });
    }
  });

  it('lets a viewer read but not score or delete (403), and a contributor score', async () => {
    const record = await paste(WEAK_JA);
    const viewer = await ctx.newMember(owner, orgId, 'viewer');
    const before = await countRows();
    expect((await viewer.get(base())).status).toBe(200);
    expect((await viewer.get(`${base()}/${record.id}`)).status).toBe(200);
    const denied = await viewer.post(base(), { title: 't', documentType: 'other', text: WEAK_JA });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    expect(
      (
        await upload(
          viewer,
          orgId,
          { data: Buffer.from(WEAK_JA), name: 'a.txt' },
          { title: 't', documentType: 'other' },
        )
      ).status,
    ).toBe(403);
    expect((await viewer.delete(`${base()}/${record.id}`)).status).toBe(403);
    expect(await countRows()).toBe(before);

    const contributor = await ctx.newMember(owner, orgId, 'contributor');
    expect((await contributor.post(base(), { title: 't', documentType: 'other', text: WEAK_JA })).status).toBe(201);
  });

  it('deletes a record (and records it in the audit trail)', async () => {
    const record = await paste(WEAK_JA, { title: '削除する版' });
    expect((await owner.delete(`${base()}/${record.id}`)).status).toBe(204);
    expect((await owner.get(`${base()}/${record.id}`)).status).toBe(404);
    expect((await owner.delete(`${base()}/${record.id}`)).status).toBe(404);
    const audit = await owner.get(`/api/orgs/${orgId}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'disclosure.deleted', target: '削除する版' })]),
    );
  });

  it('answers exactly 404 to another organization on every endpoint, and changes nothing', async () => {
    const mine = await paste(WEAK_JA);
    const other = await paste(STRONG_JA);
    const { owner: intruder, orgId: theirOrg } = await ctx.newOrganization('よその株式会社');
    const before = await countRows();
    // Through our organization id: not a member → 404.
    const viaOurs = [
      await intruder.get(base()),
      await intruder.get(`${base()}/${mine.id}`),
      await intruder.get(`${base()}/${mine.id}/compare/${other.id}`),
      await intruder.post(base(), { title: 't', documentType: 'other', text: WEAK_JA }),
      await upload(
        intruder,
        orgId,
        { data: Buffer.from(WEAK_JA), name: 'a.txt' },
        { title: 't', documentType: 'other' },
      ),
      await intruder.delete(`${base()}/${mine.id}`),
    ];
    // Through their own organization id with our record ids: the record does not exist for them → 404.
    const theirs = `/api/orgs/${theirOrg}/disclosures`;
    const own = await intruder.post(theirs, { title: 'own', documentType: 'other', text: WEAK_JA });
    expect(own.status).toBe(201);
    const viaTheirs = [
      await intruder.get(`${theirs}/${mine.id}`),
      await intruder.get(`${theirs}/${mine.id}/compare/${other.id}`),
      await intruder.get(`${theirs}/${own.body.id}/compare/${mine.id}`),
      await intruder.get(`${theirs}/${mine.id}/compare/${own.body.id}`),
      await intruder.delete(`${theirs}/${mine.id}`),
      await intruder.get(`${theirs}/not-a-uuid`),
    ];
    for (const res of [...viaOurs, ...viaTheirs]) {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    const list = await intruder.get(theirs);
    expect(list.body.items.map((d: DisclosureSummary) => d.id)).toEqual([own.body.id]);
    expect(await countRows()).toBe(before);
    expect((await owner.get(`${base()}/${mine.id}`)).status).toBe(200);
  });

  it('needs a session and a CSRF token', async () => {
    const anon = ctx.client();
    expect((await anon.get(base())).status).toBe(401);
    const noCsrf = await owner.agent.post(base()).send({ title: 't', documentType: 'other', text: WEAK_JA });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('CSRF_INVALID');
  });
});
