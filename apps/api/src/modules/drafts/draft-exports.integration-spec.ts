import type request from 'supertest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Client, TestApp } from '../../../test/test-app';
import { createTestApp, TestContext } from '../../../test/test-app';

/** The text a PDF reader can search, through the product's own extractor (pdf.js, an ES module: child process). */
function searchableText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ipgn-pdf-')), 'draft.pdf');
  writeFileSync(file, pdf);
  const script = `const { extractText } = require('@ipgn/document-text'); const { readFileSync } = require('node:fs');
    extractText(new Uint8Array(readFileSync(process.argv[1]))).then((r) => process.stdout.write(r.text));`;
  const root = resolve(__dirname, '../../../../..');
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script, file], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
    encoding: 'utf8',
  });
}

/** The entries of a ZIP archive by name (stored or deflated), read through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = new Map<string, Buffer>();
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(offset + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

const compact = (s: string) => s.replace(/\s+/g, '');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EDITED = '取締役会は2026年3月期に知財投資を4回審議し、センサ事業への追加配分を決めました。';

describe('draft exports: DOCX, PDF, Markdown; published versions reproducible byte for byte', () => {
  let t: TestApp;
  let ctx: TestContext;
  let owner: Client;
  let orgId: string;
  let draftId: string;
  let publishedVersion: number;

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
    ({ owner, orgId } = await ctx.newOrganization('エクスポート株式会社'));
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    draftId = String(created.body.id);
    let version = 1;
    for (const [sectionId, text] of [
      ['sp-3-1-3', '当社は研究開発費として2026年3月期に120億円を投じ、売上高研究開発費比率は5%でした。'],
      ['sp-4-2-2', EDITED],
    ]) {
      const res = await owner.send('put', `/api/orgs/${orgId}/drafts/${draftId}/sections/${sectionId}`, { text, expectedVersion: version });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    for (const step of ['submit-for-review', 'approve', 'publish']) {
      expect((await owner.post(`/api/orgs/${orgId}/drafts/${draftId}/${step}`)).status).toBe(200);
    }
    publishedVersion = version;
  });
  afterAll(() => t.close());

  const get = (format: string, query = '') => binary(owner.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.${format}${query}`).set('accept-language', 'ja'));

  it('exports DOCX: a zip whose word/document.xml holds the edited section, the organization name and the publication date', async () => {
    const res = await get('docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="cg-report-ja-v${publishedVersion}.docx"`);
    const files = unzip(res.body as Buffer);
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain(EDITED);
    expect(xml).toContain('エクスポート株式会社');
    expect(xml).toMatch(/公開日 \d{4}年\d{1,2}月\d{1,2}日/);
    const core = files.get('docProps/core.xml')?.toString('utf8') ?? '';
    const publishedAt = (await owner.get(`/api/orgs/${orgId}/drafts/${draftId}`)).body.publications[0].publishedAt as string;
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${publishedAt.replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>`);
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
    const later = await owner.send('put', `/api/orgs/${orgId}/drafts/${draftId}/sections/sp-4-2-2`, { text: '改訂中の文案です。', expectedVersion: publishedVersion });
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
    const viewer = await ctx.newMember(owner, orgId, 'viewer');
    expect((await binary(viewer.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.md`))).status).toBe(200);
    const other = await ctx.newOrganization('他社');
    expect((await binary(other.owner.agent.get(`/api/orgs/${orgId}/drafts/${draftId}/export.docx`))).status).toBe(404);
    expect((await binary(other.owner.agent.get(`/api/orgs/${other.orgId}/drafts/${draftId}/export.pdf`))).status).toBe(404);
  });
});
