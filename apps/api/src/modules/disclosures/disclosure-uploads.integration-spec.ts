import {
  WEAK_JA,
  STRONG_JA,
  STRONG_EN,
  docxOf,
  upload,
  useDisclosureSuite,
} from '../../../test/support/disclosure-steps';

describe('disclosures: uploaded files, bad uploads and input validation (HTTP, real database)', () => {
  const suite = useDisclosureSuite();

  it('scores uploaded .txt and .docx files and keeps the original file name', async () => {
    const before = await suite.countRows();
    const txt = await upload(
      suite.owner,
      suite.orgId,
      { data: Buffer.from(STRONG_JA, 'utf8'), name: '統合報告書_知財.txt' },
      { title: 'txt', documentType: 'integrated_report' },
    );
    expect(txt.status).toBe(201);
    expect(txt.body.source).toBe('upload');
    expect(txt.body.filename).toBe('統合報告書_知財.txt');
    expect(txt.body.text).toContain('正極材の焼成技術');

    const docx = await upload(
      suite.owner,
      suite.orgId,
      { data: await docxOf([STRONG_JA.slice(0, 120), STRONG_JA.slice(120)]), name: 'ip.docx' },
      { title: 'docx', documentType: 'ip_report', language: 'ja' },
    );
    expect(docx.status).toBe(201);
    expect(docx.body.language).toBe('ja');
    expect(docx.body.overall).toBeGreaterThan(40);

    // PDFs go through the same route; pdfjs (ESM-only) cannot load inside Jest's sandbox, so PDF extraction and
    // its errors are tested in extract-disclosure-text.spec.ts (child process) and end to end in apps/web-e2e.
    const upper = await upload(
      suite.owner,
      suite.orgId,
      { data: Buffer.from(STRONG_EN, 'utf8'), name: 'REPORT.TXT' },
      { title: 'en', documentType: 'other' },
    );
    expect(upper.status).toBe(201);
    expect(upper.body.language).toBe('en');
    expect(await suite.countRows()).toBe(before + 3);
  });

  it('refuses bad uploads with a specific code on the field `file`, and stores nothing', async () => {
    const before = await suite.countRows();
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
      const res = await upload(suite.owner, suite.orgId, c.file, fields);
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
    const csrf = await suite.owner.refreshCsrf();
    const two = await suite.owner.agent
      .post(`${suite.base()}/upload`)
      .set('x-csrf-token', csrf)
      .field('title', 'two')
      .field('documentType', 'other')
      .attach('file', Buffer.from(WEAK_JA), 'a.txt')
      .attach('file', Buffer.from(WEAK_JA), 'b.txt');
    const elsewhere = await suite.owner.agent
      .post(`${suite.base()}/upload`)
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
    expect(await suite.countRows()).toBe(before);
  });

  it('refuses a file over 5 MB with 413 PAYLOAD_TOO_LARGE in the common shape', async () => {
    const before = await suite.countRows();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const res = await upload(
      suite.owner,
      suite.orgId,
      { data: big, name: 'big.txt' },
      { title: 'big', documentType: 'other' },
    );
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
    expect(await suite.countRows()).toBe(before);
  });

  it('validates pasted input: empty, whitespace-only, unknown fields, wrong types and bad enums → 400, nothing stored', async () => {
    const before = await suite.countRows();
    const ok = { title: 't', documentType: 'cg_report', text: WEAK_JA };
    const cases: { body: Record<string, unknown>; code: string; field: string }[] = [
      { body: { ...ok, text: '' }, code: 'VALIDATION_FAILED', field: 'text' },
      { body: { ...ok, text: ' \n\u3000\t ' }, code: 'TEXT_EMPTY', field: 'text' },
      { body: { ...ok, text: 42 }, code: 'VALIDATION_FAILED', field: 'text' },
      { body: { ...ok, title: '' }, code: 'VALIDATION_FAILED', field: 'title' },
      { body: { ...ok, documentType: 'novel' }, code: 'VALIDATION_FAILED', field: 'documentType' },
      { body: { ...ok, language: 'fr' }, code: 'VALIDATION_FAILED', field: 'language' },
      { body: { ...ok, organizationId: suite.orgId }, code: 'VALIDATION_FAILED', field: 'organizationId' },
      { body: { ...ok, text: 'あ'.repeat(200_001) }, code: 'VALIDATION_FAILED', field: 'text' },
    ];
    for (const c of cases) {
      const res = await suite.owner.post(suite.base(), c.body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: c.code });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: c.field })]));
    }
    const upl = await upload(
      suite.owner,
      suite.orgId,
      { data: Buffer.from(WEAK_JA), name: 'a.txt' },
      { title: 'x', documentType: 'cg_report', extra: '1' },
    );
    expect({ status: upl.status, code: upl.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await suite.countRows()).toBe(before);
  });
});
