import type request from 'supertest';
import { readDocx } from '../../../test/support/office-files';
import { pixelCensus, renderPdfPages } from '../../../test/support/pdf-pages';
import { compact, searchableText } from '../../../test/support/pdf-text';
import type { Client } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EDITED = '取締役会は2026年3月期に知財投資を4回審議し、センサ事業への追加配分を決めました。';

describe('draft exports: DOCX, PDF, Markdown; published versions reproducible byte for byte', () => {
  // Rendering in worker threads, pdftoppm and the pdf.js extractor in child processes: slow on a shared 2-core machine.
  jest.setTimeout(120_000);
  const s = useTestApp();
  let owner: Client;
  let orgId: string;
  let draftId: string;
  let publishedVersion: number;

  beforeAll(async () => {
    ({ owner, orgId } = await s.ctx.newOrganization('エクスポート株式会社'));
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    draftId = String(created.body.id);
    let version = 1;
    for (const [sectionId, text] of [
      ['sp-3-1-3', '当社は研究開発費として2026年3月期に120億円を投じ、売上高研究開発費比率は5%でした。'],
      ['sp-4-2-2', EDITED],
    ]) {
      const res = await owner.send('put', `/api/orgs/${orgId}/drafts/${draftId}/sections/${sectionId}`, {
        text,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    // Four-eyes: the owner wrote the text, so a reviewer approves it.
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    for (const step of ['submit-for-review', 'approve', 'publish']) {
      expect(
        (await (step === 'approve' ? reviewer : owner).post(`/api/orgs/${orgId}/drafts/${draftId}/${step}`)).status,
      ).toBe(200);
    }
    publishedVersion = version;
  });

  const get = (format: string, query = '') =>
    binary(
      owner.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.${format}${query}`).set('accept-language', 'ja'),
    );

  it('exports DOCX: a zip whose word/document.xml holds the edited section, the organization name and the publication date', async () => {
    const res = await get('docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml.document');
    const docx = await readDocx(res.body as Buffer);
    const { xml, core } = docx;
    expect(xml).toContain(EDITED);
    expect(docx.paragraphs[0]).toBe('エクスポート株式会社');
    expect(docx.paragraphs[1]).toMatch(/^公開日 \d{4}年\d{1,2}月\d{1,2}日$/);
    const publishedAt = (await owner.get(`/api/orgs/${orgId}/drafts/${draftId}`)).body.publications[0]
      .publishedAt as string;
    expect(core).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${publishedAt.replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>`,
    );
    // Named after the company, the draft and the publication date (Asia/Tokyo), with an ASCII fallback.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(publishedAt));
    const name = `エクスポート株式会社_cg-report-ja-v${publishedVersion}_${day}.docx`;
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="export_${day}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });

  it('exports a searchable PDF with the Japanese text embedded (the edited section can be found in it)', async () => {
    const res = await get('pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    const text = compact(searchableText(pdf));
    expect(text).toContain(compact(EDITED));
    expect(text).toContain('エクスポート株式会社');
    // Looked at as a page: text is there (dark pixels), the page is not blank and not blacked out.
    const page = renderPdfPages(pdf)[0];
    if (!page) throw new Error('no page');
    const census = pixelCensus(page);
    expect(census.dark / census.total).toBeGreaterThan(0.005);
    expect(census.black / census.total).toBeLessThan(0.05);
    expect(census.white / census.total).toBeGreaterThan(0.8);
  });

  it('exports Markdown with the title, organization, date and sections', async () => {
    const res = await get('md');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/markdown');
    const md = (res.body as Buffer).toString('utf8');
    expect(md.split('\n')[0]).toMatch(/^# /);
    expect(md).toMatch(/\nエクスポート株式会社 ・ 公開日 \d{4}年\d{1,2}月\d{1,2}日\n/);
    expect(md).toContain(EDITED);
    expect(md).toContain('## ');
  });

  it('exports the published version byte for byte identically, however much later it is asked for', async () => {
    const all = async () => [await get('docx'), await get('pdf'), await get('md')];
    const first = await all();
    // Past a DOS-time (2 s) and a PDF-date (1 s) boundary: a clock anywhere in the files would now differ.
    await sleep(2100);
    const second = await all();
    for (let i = 0; i < 3; i++) {
      expect((second[i].body as Buffer).equals(first[i].body as Buffer)).toBe(true);
    }
  });

  it('exports an older or newer version on request, and the current one by default (marked as an export, not a publication)', async () => {
    const later = await owner.send('put', `/api/orgs/${orgId}/drafts/${draftId}/sections/sp-4-2-2`, {
      text: '改訂中の文案です。',
      expectedVersion: publishedVersion,
    });
    expect(later.status).toBe(200);
    const current = (await get('md')).body.toString('utf8') as string;
    expect(current).toContain('改訂中の文案です。');
    expect(current).toMatch(/出力日 \d{4}年/);
    const old = (await get('md', `?version=${publishedVersion}`)).body.toString('utf8') as string;
    expect(old).toContain(EDITED);
    expect(old).toMatch(/公開日 /);
    const v1 = (await get('md', '?version=1')).body.toString('utf8') as string;
    expect(v1).toContain('【要記入：');
    expect((await get('md', '?version=99')).status).toBe(404);
    expect((await get('pdf', '?version=abc')).status).toBe(400);
  });

  it('lets a viewer export but not another organization', async () => {
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    expect((await binary(viewer.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.md`))).status).toBe(200);
    const other = await s.ctx.newOrganization('他社');
    expect((await binary(other.owner.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.docx`))).status).toBe(404);
    expect((await binary(other.owner.agent.get(`/api/orgs/${other.orgId}/drafts/${draftId}/export.pdf`))).status).toBe(
      404,
    );
  });

  it('a section with characters XML forbids still exports as a DOCX that opens and a PDF; a long unbroken token is wrapped', async () => {
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    const token = 'x'.repeat(19_000);
    const res = await owner.send('put', `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
      text: `知財\uFFFE投資\uFFFF ${token}`,
      expectedVersion: 1,
    });
    expect(res.status).toBe(200);
    const docx = await binary(owner.agent.get(`/api/orgs/${orgId}/drafts/${id}/export.docx`));
    expect(docx.status).toBe(200);
    expect((await readDocx(docx.body as Buffer)).paragraphs.join('\n')).toContain('知財投資');
    const pdf = await binary(owner.agent.get(`/api/orgs/${orgId}/drafts/${id}/export.pdf`));
    expect(pdf.status).toBe(200);
    const keepDir = process.env['KEEP_REPORT_PNG'];
    const pages = renderPdfPages(pdf.body as Buffer, keepDir ? { keepDir } : {});
    // 19,000 characters of "x" wrapped onto lines (several pages at this size), none cut off.
    expect(pages.length).toBeGreaterThan(1);
    const text = searchableText(pdf.body as Buffer);
    expect(text.replace(/[^x]/g, '').length).toBe(token.length);
  });

  it('refuses a section whose runs add up to more than 20,000 characters when it is saved (nothing written)', async () => {
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    const runs = Array.from({ length: 3 }, () => ({ kind: 'text', text: '知'.repeat(10_000) }));
    const res = await owner.send('put', `/api/orgs/${orgId}/drafts/${id}/sections/sp-3-1-3`, {
      paragraphs: [{ runs }],
      expectedVersion: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'paragraphs', code: 'maxLength' })]);
    expect(res.body.errors[0].message).toContain('20,000');
    const versions = (await s.t.db.query('SELECT count(*)::int AS n FROM draft_versions WHERE draft_id = $1', [
      id,
    ])) as {
      n: number;
    }[];
    expect(versions[0]?.n).toBe(1);
  });

  it('refuses to export a document over the size cap with 413 naming the cap (the draft is not changed)', async () => {
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    // A version as large as the issue found (52 runs of 20,000 characters), written straight into the database.
    const rows = (await s.t.db.query('SELECT sections FROM draft_versions WHERE draft_id = $1 AND version = 1', [
      id,
    ])) as { sections: { sections: { paragraphs: { runs: unknown[] }[] }[] } }[];
    const draft = rows[0]?.sections;
    if (!draft?.sections[0]) throw new Error('no draft');
    draft.sections[0].paragraphs = [
      { runs: Array.from({ length: 52 }, () => ({ kind: 'text', text: '知'.repeat(20_000) })) },
    ];
    await s.t.db.query('UPDATE draft_versions SET sections = $1 WHERE draft_id = $2 AND version = 1', [
      JSON.stringify(draft),
      id,
    ]);
    for (const format of ['pdf', 'docx']) {
      const res = await owner.agent
        .get(`/api/orgs/${orgId}/drafts/${id}/export.${format}`)
        .set('accept-language', 'en');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'EXPORT_TOO_LARGE' });
      expect(res.body.message).toContain('200,000');
    }
    // The API answered at once and is still serving.
    expect((await owner.get('/api/health')).status).toBe(200);
  });
});
