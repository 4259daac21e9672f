import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type request from 'supertest';
import { compact, searchableText } from '../../../test/support/pdf-text';
import type { Client } from '../../../test/test-app';
import { CG_SECTIONS } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}

describe('investor pages: search, titles, PDF, follows and answers (HTTP, real database)', () => {
  const s = useTestApp();

  interface Company {
    owner: Client;
    orgId: string;
    slug: string;
  }

  const tag = () => randomBytes(3).toString('hex');

  async function company(name: string, profile: Record<string, unknown> = {}): Promise<Company> {
    const { owner, orgId } = await s.ctx.newOrganization(name);
    const res = await owner.patch(`/api/orgs/${orgId}`, { listingStatus: 'prime', ...profile });
    expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ status: 200, body: null });
    return { owner, orgId, slug: String(res.body.slug) };
  }

  /** Writes both sections of a CG-report draft and publishes it; returns the draft and publication ids. */
  async function published(c: Company, draftId?: string): Promise<{ draftId: string; publicationId: string }> {
    let id = draftId;
    let version: number;
    if (!id) {
      const created = await c.owner.post(`/api/orgs/${c.orgId}/drafts`, { type: 'cg-report', language: 'ja' });
      expect(created.status).toBe(201);
      id = String(created.body.id);
      version = 1;
    } else {
      version = (await c.owner.get(`/api/orgs/${c.orgId}/drafts/${id}`)).body.currentVersion as number;
    }
    for (const sectionId of CG_SECTIONS) {
      const res = await c.owner.send('put', `/api/orgs/${c.orgId}/drafts/${id}/sections/${sectionId}`, {
        text: `${tag()}：当社の研究開発費は2026年3月期に120億円、取締役会は知財投資を年4回審議しています。`,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    let publicationId = '';
    for (const step of ['submit-for-review', 'approve', 'publish']) {
      const res = await c.owner.post(`/api/orgs/${c.orgId}/drafts/${id}/${step}`);
      expect({ step, status: res.status }).toEqual({ step, status: 200 });
      if (step === 'publish')
        publicationId = String((res.body.publications as { publicationId: string }[]).at(-1)?.publicationId);
    }
    return { draftId: id, publicationId };
  }

  it('finds companies by partial Japanese or English name and by securities code (incl. alphanumeric codes), paged', async () => {
    const marker = tag();
    const a = await company(`検索${marker}ホールディングス株式会社`, {
      legalNameEn: `Kensaku ${marker} Holdings`,
      securitiesCode: '130a',
    });
    const b = await company(`検索${marker}工業株式会社`, { securitiesCode: '７２０３' });
    const unpublished = await company(`検索${marker}未公開株式会社`, { securitiesCode: '9999' });
    await published(a);
    await published(b);
    expect((await a.owner.get(`/api/orgs/${a.orgId}`)).body.securitiesCode).toBe('130A');
    expect((await b.owner.get(`/api/orgs/${b.orgId}`)).body.securitiesCode).toBe('7203');
    expect(unpublished.slug).toBeTruthy();

    const visitor = s.ctx.client();
    const search = async (q: string, extra = '') => {
      const res = await visitor.get(`/api/public/companies?q=${encodeURIComponent(q)}${extra}`);
      expect(res.status).toBe(200);
      return res.body as {
        items: { slug: string; securitiesCode: string | null }[];
        total: number;
        hasMore: boolean;
        nextOffset: number | null;
      };
    };
    expect((await search(`検索${marker}`)).items.map((c) => c.slug).sort()).toEqual([a.slug, b.slug].sort());
    expect((await search(`kensaku ${marker}`)).items.map((c) => c.slug)).toEqual([a.slug]);
    expect((await search(`ｋｅｎｓａｋｕ\u3000${marker}`)).items.map((c) => c.slug)).toEqual([a.slug]);
    expect((await search('130A')).items.find((c) => c.slug === a.slug)?.securitiesCode).toBe('130A');
    expect((await search('130a')).items.map((c) => c.slug)).toContain(a.slug);
    expect((await search('7203')).items.map((c) => c.slug)).toContain(b.slug);
    expect((await search('9999')).items.map((c) => c.slug)).not.toContain(unpublished.slug);
    expect((await search('%')).total).toBeGreaterThanOrEqual(0);
    expect((await search(`検索${marker}%`)).items).toEqual([]);

    const first = await search(`検索${marker}`, '&limit=1');
    expect(first).toMatchObject({ total: 2, hasMore: true, nextOffset: 1 });
    const second = await search(`検索${marker}`, '&limit=1&offset=1');
    expect(second).toMatchObject({ total: 2, hasMore: false, nextOffset: null });
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);

    expect((await visitor.get(`/api/public/companies?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await visitor.get('/api/public/companies?limit=0')).status).toBe(400);
    for (const code of ['123', '12345', '0123', '1B3A', 'ABCD']) {
      const res = await a.owner.patch(`/api/orgs/${a.orgId}`, { securitiesCode: code });
      expect({ code, status: res.status, field: res.body.errors?.[0]?.field }).toEqual({
        code,
        status: 400,
        field: 'securitiesCode',
      });
    }
    expect((await a.owner.patch(`/api/orgs/${a.orgId}`, { securitiesCode: null })).body.securitiesCode).toBeNull();
  });

  it('publishes under a title without 「案」, lets the publisher rename it (audited) and keeps it for the next version; the PDF is reproducible', async () => {
    const c = await company(`題名${tag()}株式会社`);
    const { draftId, publicationId } = await published(c);
    const page = async () =>
      (await s.ctx.client().get(`/api/public/companies/${c.slug}`)).body as {
        disclosures: { title: string; publicationId: string }[];
      };
    expect((await page()).disclosures[0]?.title).toBe('コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）');

    const contributor = await s.ctx.newMember(c.owner, c.orgId, 'contributor');
    expect(
      (await contributor.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, { title: '改名' })).status,
    ).toBe(403);
    expect((await c.owner.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, { title: '   ' })).status).toBe(
      400,
    );
    expect(
      (await c.owner.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, { title: 'x'.repeat(201) })).status,
    ).toBe(400);
    const other = await s.ctx.newOrganization('他社');
    expect(
      (await other.owner.patch(`/api/orgs/${other.orgId}/publications/${publicationId}`, { title: '乗っ取り' })).status,
    ).toBe(404);
    const renamed = await c.owner.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, {
      title: '2026年3月期 知財・無形資産への投資',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ publicationId, title: '2026年3月期 知財・無形資産への投資' });
    expect((await page()).disclosures[0]?.title).toBe('2026年3月期 知財・無形資産への投資');
    const audit = (await c.owner.get(`/api/orgs/${c.orgId}/audit?limit=50`)).body.items as {
      action: string;
      data: Record<string, unknown>;
    }[];
    expect(audit.find((e) => e.action === 'publication.renamed')?.data).toMatchObject({
      from: 'コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）',
      to: '2026年3月期 知財・無形資産への投資',
    });

    const pdfUrl = `/api/public/companies/${c.slug}/publications/${publicationId}/export.pdf`;
    const pdf = await binary(s.ctx.client().agent.get(pdfUrl));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment;/);
    const bytes = pdf.body as Buffer;
    // KEEP_PDF=<file> keeps the PDF to look at (pdftoppm -r 50 -png).
    if (process.env['KEEP_PDF']) writeFileSync(process.env['KEEP_PDF'], bytes);
    expect(compact(searchableText(bytes))).toContain(compact('2026年3月期 知財・無形資産への投資'));
    // Byte for byte the same: also after the in-memory copy is gone (a rename and back renders it again).
    await c.owner.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, { title: '一時的な題名' });
    await c.owner.patch(`/api/orgs/${c.orgId}/publications/${publicationId}`, {
      title: '2026年3月期 知財・無形資産への投資',
    });
    expect(Buffer.compare((await binary(s.ctx.client().agent.get(pdfUrl))).body as Buffer, bytes)).toBe(0);
    expect(
      (
        await binary(
          s.ctx.client().agent.get(`/api/public/companies/${other.orgId}/publications/${publicationId}/export.pdf`),
        )
      ).status,
    ).toBe(404);
    expect(
      (await binary(s.ctx.client().agent.get(`/api/public/companies/${c.slug}/publications/not-an-id/export.pdf`)))
        .status,
    ).toBe(404);

    const next = await published(c, draftId);
    expect(next.publicationId).not.toBe(publicationId);
    expect((await page()).disclosures[0]).toMatchObject({
      publicationId: next.publicationId,
      title: '2026年3月期 知財・無形資産への投資',
    });
  }, 180_000);

  it('investors follow companies and see new publications and answers since their last visit', async () => {
    const c = await company(`注目${tag()}株式会社`);
    const first = await published(c);
    const investor = await s.ctx.newInvestor();
    expect((await investor.send('put', `/api/me/follows/${c.slug}`)).status).toBe(204);
    expect((await investor.send('put', `/api/me/follows/${c.slug}`)).status).toBe(204);
    expect((await investor.send('put', '/api/me/follows/no-such-company')).status).toBe(404);
    expect((await c.owner.send('put', `/api/me/follows/${c.slug}`)).status).toBe(403);
    expect((await s.ctx.client().send('put', `/api/me/follows/${c.slug}`)).status).toBe(401);

    let feed = (await investor.get('/api/me/follows')).body;
    expect(feed.following.map((f: { company: { slug: string } }) => f.company.slug)).toEqual([c.slug]);
    expect(feed.updates).toEqual([]);
    expect((await investor.post('/api/me/follows/seen')).status).toBe(204);

    const second = await published(c, first.draftId);
    const q = await investor.post(`/api/public/publications/${second.publicationId}/questions`, {
      body: '特許の件数を教えてください。',
    });
    expect(q.body).toMatchObject({ companySlug: c.slug, companyNameJa: expect.stringContaining('注目') });
    await c.owner.post(`/api/orgs/${c.orgId}/questions/${q.body.id}/answer`, {
      body: '約1,200件です。',
      makePublic: false,
    });
    feed = (await investor.get('/api/me/follows')).body;
    expect(feed.updates.map((u: { kind: string; isNew: boolean }) => [u.kind, u.isNew])).toEqual([
      ['answer', true],
      ['publication', true],
    ]);
    expect(feed.newCount).toBe(2);
    expect(feed.updates[1]).toMatchObject({ publicationId: second.publicationId, company: { slug: c.slug } });
    expect((await investor.post('/api/me/follows/seen')).status).toBe(204);
    feed = (await investor.get('/api/me/follows')).body;
    expect(feed.newCount).toBe(0);
    expect(feed.updates).toHaveLength(2);

    expect(
      ((await investor.get('/api/me/questions')).body.items[0] as { companyNameJa: string }).companyNameJa,
    ).toContain('注目');
    expect((await investor.delete(`/api/me/follows/${c.slug}`)).status).toBe(204);
    expect((await investor.get('/api/me/follows')).body.following).toEqual([]);
    expect((await c.owner.get('/api/me/follows')).status).toBe(403);
  }, 180_000);

  it('the company counts unanswered questions and can edit or withdraw an answer (audited)', async () => {
    const c = await company(`回答${tag()}株式会社`);
    const { publicationId } = await published(c);
    const investor = await s.ctx.newInvestor();
    const q1 = await investor.post(`/api/public/publications/${publicationId}/questions`, { body: '質問一' });
    await investor.post(`/api/public/publications/${publicationId}/questions`, { body: '質問二' });
    const summary = () => c.owner.get(`/api/orgs/${c.orgId}/questions/summary`);
    expect((await summary()).body).toEqual({ unanswered: 2, total: 2 });
    const viewer = await s.ctx.newMember(c.owner, c.orgId, 'viewer');
    expect((await viewer.get(`/api/orgs/${c.orgId}/questions/summary`)).status).toBe(403);

    const answer = (body: string, makePublic: boolean) =>
      c.owner.post(`/api/orgs/${c.orgId}/questions/${q1.body.id}/answer`, { body, makePublic });
    expect((await answer('最初の回答', true)).status).toBe(200);
    expect((await summary()).body).toEqual({ unanswered: 1, total: 2 });
    expect((await answer('直した回答', true)).body).toMatchObject({ answer: '直した回答', isPublic: true });
    const publicPage = async () =>
      (await s.ctx.client().get(`/api/public/companies/${c.slug}`)).body.questions as { answer: string }[];
    expect((await publicPage()).map((q) => q.answer)).toEqual(['直した回答']);

    const other = await s.ctx.newOrganization('他社');
    expect((await other.owner.delete(`/api/orgs/${other.orgId}/questions/${q1.body.id}/answer`)).status).toBe(404);
    const withdrawn = await c.owner.delete(`/api/orgs/${c.orgId}/questions/${q1.body.id}/answer`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ answer: null, answeredAt: null, isPublic: false });
    expect((await c.owner.delete(`/api/orgs/${c.orgId}/questions/${q1.body.id}/answer`)).status).toBe(200);
    expect(await publicPage()).toEqual([]);
    expect((await summary()).body).toEqual({ unanswered: 2, total: 2 });

    const audit = (await c.owner.get(`/api/orgs/${c.orgId}/audit?limit=50`)).body.items as {
      action: string;
      data: Record<string, unknown>;
    }[];
    expect(audit.filter((e) => e.action.startsWith('dialogue.')).map((e) => e.action)).toEqual([
      'dialogue.answer_withdrawn',
      'dialogue.answer_edited',
      'dialogue.question_answered',
      'dialogue.question_asked',
      'dialogue.question_asked',
    ]);
    expect(audit.find((e) => e.action === 'dialogue.answer_edited')?.data).toMatchObject({ previous: '最初の回答' });
    expect(audit.find((e) => e.action === 'dialogue.answer_withdrawn')?.data).toMatchObject({ previous: '直した回答' });
    // The log names the question by its publication instead of showing the question's id.
    expect(audit.find((e) => e.action === 'dialogue.answer_withdrawn')).toMatchObject({
      targetRef: { kind: 'question', publicationTitle: expect.stringContaining('コーポレート・ガバナンス報告書') },
    });
  }, 180_000);
});
