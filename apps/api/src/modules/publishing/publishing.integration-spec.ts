import { gradeBasisOf } from '../../common/scoring/grade-basis';
import { randomBytes } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { Client } from '../../../test/test-app';
import { CG_SECTIONS } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

describe('publishing: public company pages, comparison and investor dialogue (HTTP, real database)', () => {
  const s = useTestApp();

  interface Company {
    owner: Client;
    /** Approves the owner's drafts (four-eyes: the one who wrote a version does not approve it). */
    reviewer: Client;
    orgId: string;
    slug: string;
  }

  async function company(name: string, profile: Record<string, unknown>): Promise<Company> {
    const { owner, orgId } = await s.ctx.newOrganization(name);
    const res = await owner.patch(`/api/orgs/${orgId}`, profile);
    expect(res.status).toBe(200);
    return { owner, reviewer: await s.ctx.newMember(owner, orgId, 'reviewer'), orgId, slug: String(res.body.slug) };
  }

  /** A CG-report draft with both sections written (text containing `marker`), at the returned version. */
  async function writtenDraft(
    c: Company,
    marker: string,
    language: 'ja' | 'en' = 'ja',
    body = '当社の研究開発費は2026年3月期に120億円、取締役会は知財投資を年4回審議しています。',
  ): Promise<{ id: string; version: number }> {
    const created = await c.owner.post(`/api/orgs/${c.orgId}/drafts`, { type: 'cg-report', language });
    expect({ status: created.status, body: created.status === 201 ? null : created.body }).toEqual({
      status: 201,
      body: null,
    });
    const id = String(created.body.id);
    let version = 1;
    for (const sectionId of CG_SECTIONS) {
      const res = await c.owner.send('put', `/api/orgs/${c.orgId}/drafts/${id}/sections/${sectionId}`, {
        text: `${marker}：${body}`,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    return { id, version };
  }

  async function publish(c: Company, id: string): Promise<string> {
    for (const step of ['submit-for-review', 'approve', 'publish']) {
      const res = await (step === 'approve' ? c.reviewer : c.owner).post(`/api/orgs/${c.orgId}/drafts/${id}/${step}`);
      expect({ step, status: res.status, body: res.status === 200 ? null : res.body }).toEqual({
        step,
        status: 200,
        body: null,
      });
      if (step === 'publish')
        return String((res.body.publications as { publicationId: string }[]).at(-1)?.publicationId);
    }
    throw new Error('unreachable');
  }

  const anonymous = () => s.ctx.client();
  const mark = (label: string) => `${label}${randomBytes(4).toString('hex')}`;

  it('shows published disclosures only: scores per criterion, dates, older versions — and never an unpublished text', async () => {
    const a = await company('公開株式会社', { listingStatus: 'prime', industry: '3650', legalNameEn: 'Kokai Corp' });
    const hidden = await company('非公開株式会社', { listingStatus: 'prime', industry: '3650' });
    const v1Marker = mark('第一版');
    const v2Marker = mark('第二版');
    const draftMarker = mark('未公開');
    const hiddenMarker = mark('秘密');

    const first = await writtenDraft(a, v1Marker);
    const firstPublication = await publish(a, first.id);
    // Seen (and cached) now; a later publication must show at once all the same.
    expect((await anonymous().get(`/api/public/companies/${a.slug}`)).body.disclosures[0].publicationId).toBe(
      firstPublication,
    );
    // The same draft revised and published again, then revised once more without publishing.
    let version = first.version;
    for (const [marker, publishIt] of [
      [v2Marker, true],
      [draftMarker, false],
    ] as const) {
      const res = await a.owner.send('put', `/api/orgs/${a.orgId}/drafts/${first.id}/sections/sp-3-1-3`, {
        text: `${marker}：改訂しました。研究開発費は120億円です。`,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
      if (publishIt) await publish(a, first.id);
    }
    // An approved but unpublished draft and a whole company with nothing published.
    const approvedOnly = await writtenDraft(a, draftMarker, 'en');
    await a.owner.post(`/api/orgs/${a.orgId}/drafts/${approvedOnly.id}/submit-for-review`);
    expect((await a.reviewer.post(`/api/orgs/${a.orgId}/drafts/${approvedOnly.id}/approve`)).status).toBe(200);
    const hiddenDraft = await writtenDraft(hidden, hiddenMarker);
    await hidden.owner.post(`/api/orgs/${hidden.orgId}/drafts/${hiddenDraft.id}/submit-for-review`);
    expect((await hidden.reviewer.post(`/api/orgs/${hidden.orgId}/drafts/${hiddenDraft.id}/approve`)).status).toBe(200);

    const visitor = anonymous();
    const list = await visitor.get('/api/public/companies');
    expect(list.status).toBe(200);
    const slugs = (list.body.items as { slug: string }[]).map((c) => c.slug);
    expect(slugs).toContain(a.slug);
    expect(slugs).not.toContain(hidden.slug);
    const listed = (list.body.items as { slug: string; publications: number; nameEn: string }[]).find(
      (c) => c.slug === a.slug,
    );
    expect(listed).toMatchObject({
      nameJa: '公開株式会社',
      nameEn: 'Kokai Corp',
      industry: '3650',
      listingStatus: 'prime',
      publications: 2,
    });
    expect(
      (
        (await visitor.get('/api/public/companies?industry=3650&listingStatus=prime')).body.items as { slug: string }[]
      ).map((c) => c.slug),
    ).toContain(a.slug);
    expect(
      ((await visitor.get('/api/public/companies?listingStatus=growth')).body.items as { slug: string }[]).map(
        (c) => c.slug,
      ),
    ).not.toContain(a.slug);
    expect(
      ((await visitor.get('/api/public/companies?industry=0050')).body.items as { slug: string }[]).map((c) => c.slug),
    ).not.toContain(a.slug);
    expect((await visitor.get('/api/public/companies?industry=bogus')).status).toBe(400);

    const page = await visitor.get(`/api/public/companies/${a.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.disclosures).toHaveLength(1);
    const disclosure = page.body.disclosures[0];
    expect(disclosure).toMatchObject({
      type: 'cg-report',
      language: 'ja',
      version: version - 1,
      overall: expect.any(Number),
      publishedAt: expect.any(String),
    });
    expect(disclosure.criteria.length).toBeGreaterThan(5);
    expect(disclosure.criteria[0]).toEqual({
      id: expect.stringMatching(/^[LR]\d+$/),
      key: expect.any(String),
      name: { ja: expect.any(String), en: expect.any(String) },
      score: expect.any(Number),
    });
    expect(disclosure.olderVersions).toEqual([
      expect.objectContaining({ publicationId: firstPublication, version: first.version }),
    ]);

    const latest = await visitor.get(`/api/public/companies/${a.slug}/publications/${disclosure.publicationId}`);
    expect(latest.status).toBe(200);
    expect(latest.body.text).toContain(v2Marker);
    expect(latest.body.score.criteria.length).toBe(disclosure.criteria.length);
    const older = await visitor.get(`/api/public/companies/${a.slug}/publications/${firstPublication}`);
    expect(older.status).toBe(200);
    expect(older.body.text).toContain(v1Marker);

    // Nothing unpublished anywhere in the public view, for anyone.
    const investor = await s.ctx.newInvestor();
    const everything = [
      list.body,
      page.body,
      latest.body,
      older.body,
      (await investor.get(`/api/public/companies/${a.slug}`)).body,
      (await visitor.get(`/api/public/compare?slugs=${a.slug},${hidden.slug}`)).body,
    ];
    const json = JSON.stringify(everything);
    expect(json).not.toContain(draftMarker);
    expect(json).not.toContain(hiddenMarker);
    expect((await visitor.get(`/api/public/companies/${hidden.slug}`)).status).toBe(404);
    expect((await visitor.get(`/api/public/companies/${a.slug}/publications/${approvedOnly.id}`)).status).toBe(404);
    expect((await visitor.get(`/api/public/companies/${hidden.slug}/publications/${firstPublication}`)).status).toBe(
      404,
    );
    expect((await visitor.get('/api/public/companies/NOT a slug')).status).toBe(404);
  });

  it('compares two to four companies side by side on the rubric criteria (400 otherwise)', async () => {
    const companies: Company[] = [];
    for (const name of ['比較一株式会社', '比較二株式会社', '比較三株式会社']) {
      const c = await company(name, { listingStatus: 'standard', industry: '3650' });
      await publish(c, (await writtenDraft(c, mark('比較'))).id);
      companies.push(c);
    }
    const slugs = companies.map((c) => c.slug);
    const res = await anonymous().get(`/api/public/compare?slugs=${slugs.join(',')}&type=cg-report&language=ja`);
    expect(res.status).toBe(200);
    expect(res.body.criteria.length).toBeGreaterThan(5);
    expect((res.body.companies as { company: { slug: string } }[]).map((c) => c.company.slug)).toEqual(slugs);
    for (const row of res.body.companies as {
      company: { slug: string };
      publication: { publicationId: string; overall: number; gradeBasis: { min: number; max: number } | null };
      scores: Record<string, number>;
    }[]) {
      expect(row.publication.overall).toEqual(expect.any(Number));
      // What the grade stands for, the same on every public view: the comparison, the company page, the publication.
      expect(row.publication.gradeBasis?.min).toBeLessThanOrEqual(row.publication.overall);
      expect(row.publication.gradeBasis?.max).toBeGreaterThanOrEqual(row.publication.overall);
      const full = await anonymous().get(
        `/api/public/companies/${row.company.slug}/publications/${row.publication.publicationId}`,
      );
      expect(full.body.gradeBasis).toEqual(gradeBasisOf(full.body.score.calibration));
      expect(row.publication.gradeBasis).toEqual(full.body.gradeBasis);
      const companyPage = await anonymous().get(`/api/public/companies/${row.company.slug}`);
      expect(companyPage.body.disclosures[0].gradeBasis).toEqual(full.body.gradeBasis);
      expect(Object.keys(row.scores).sort()).toEqual((res.body.criteria as { id: string }[]).map((c) => c.id).sort());
    }
    const english = await anonymous().get(`/api/public/compare?slugs=${slugs[0]},${slugs[1]}&language=en`);
    expect((english.body.companies as { publication: unknown }[]).map((c) => c.publication)).toEqual([null, null]);

    for (const query of [
      `slugs=${slugs[0]}`,
      `slugs=${slugs[0]},${slugs[0]}`,
      `slugs=${[...slugs, 'a', 'b'].join(',')}`,
      '',
      `slugs=${slugs.join(',')}&type=novel`,
    ]) {
      const bad = await anonymous().get(`/api/public/compare?${query}`);
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
    }
    expect((await anonymous().get(`/api/public/compare?slugs=${slugs[0]},no-such-company`)).status).toBe(404);

    // The same number of SQL statements for two companies as for three: one batch, not a query per company.
    const statements = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const countFor = async (compared: string[]) => {
      statements.mockClear();
      expect((await anonymous().get(`/api/public/compare?slugs=${compared.join(',')}`)).status).toBe(200);
      return statements.mock.calls.length;
    };
    try {
      expect(await countFor(slugs)).toBe(await countFor(slugs.slice(0, 2)));
    } finally {
      statements.mockRestore();
    }
  });

  it('carries "nothing to judge" to investors: a published text with no claims has L7 notApplicable on every public view', async () => {
    const empty = await company('主張なし株式会社', { listingStatus: 'standard', industry: '3650' });
    const full = await company('主張あり株式会社', { listingStatus: 'standard', industry: '3650' });
    const publicationId = await publish(
      empty,
      (await writtenDraft(empty, mark('主張なし'), 'ja', '当社は知的財産を大切にしています。')).id,
    );
    await publish(full, (await writtenDraft(full, mark('主張あり'))).id);
    type Criterion = { id: string; score: number; notApplicable?: boolean };

    // The frozen score (the publication page) says so, as the scorer did.
    const publication = await anonymous().get(`/api/public/companies/${empty.slug}/publications/${publicationId}`);
    expect(publication.status).toBe(200);
    const frozen = publication.body.score.criteria as Criterion[];
    expect(frozen.find((c) => c.id === 'L7')).toMatchObject({ score: 0, notApplicable: true });

    // The company page's per-criterion scores carry it — only where the scorer set it.
    const page = await anonymous().get(`/api/public/companies/${empty.slug}`);
    expect(page.status).toBe(200);
    const criteria = page.body.disclosures[0].criteria as Criterion[];
    expect(criteria.find((c) => c.id === 'L7')).toEqual({
      id: 'L7',
      key: expect.any(String),
      name: { ja: expect.any(String), en: expect.any(String) },
      score: 0,
      notApplicable: true,
    });
    expect(criteria.filter((c) => 'notApplicable' in c).map((c) => c.id)).toEqual(
      frozen.filter((c) => c.notApplicable).map((c) => c.id),
    );

    // The comparison names it per company; a text with claims has none.
    const compared = await anonymous().get(`/api/public/compare?slugs=${empty.slug},${full.slug}&language=ja`);
    expect(compared.status).toBe(200);
    const [emptyRow, fullRow] = compared.body.companies as {
      scores: Record<string, number>;
      notApplicable: string[];
    }[];
    expect(emptyRow.notApplicable).toContain('L7');
    expect(emptyRow.scores['L7']).toBe(0);
    expect(fullRow.notApplicable).not.toContain('L7');
  });

  it('dialogue: an investor asks, members see and answer, a public answer appears on the company page, the investor sees their own', async () => {
    const c = await company('対話株式会社', { listingStatus: 'growth' });
    const publicationId = await publish(c, (await writtenDraft(c, mark('対話'))).id);
    const contributor = await s.ctx.newMember(c.owner, c.orgId, 'contributor');
    const viewer = await s.ctx.newMember(c.owner, c.orgId, 'viewer');
    const investor = await s.ctx.newInvestor();
    const otherInvestor = await s.ctx.newInvestor();
    const ask = (client: Client, body: unknown, id = publicationId) =>
      client.post(`/api/public/publications/${id}/questions`, body);

    expect((await ask(anonymous(), { body: '質問' })).status).toBe(401);
    const companyAccount = await ask(c.owner, { body: '社員の質問' });
    expect(companyAccount.status).toBe(403);
    expect(companyAccount.body.code).toBe('INVESTOR_ONLY');
    expect((await ask(investor, { body: '   ' })).status).toBe(400);
    expect((await ask(investor, { body: 'x'.repeat(2001) })).status).toBe(400);
    expect((await ask(investor, { body: '質問' }, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(
      (
        (await s.t.db.query('SELECT count(*)::int AS n FROM dialogue_questions WHERE organization_id = $1', [
          c.orgId,
        ])) as { n: number }[]
      )[0].n,
    ).toBe(0);

    const publicQ = await ask(investor, { body: 'セグメント別の特許カバー率を教えてください。' });
    expect(publicQ.status).toBe(201);
    expect(publicQ.body).toMatchObject({ publicationId, companySlug: c.slug, answer: null, isPublic: false });
    const privateQ = await ask(investor, { body: '個別面談は可能ですか。' });
    const othersQ = await ask(otherInvestor, { body: '別の投資家の質問です。' });
    expect(othersQ.status).toBe(201);

    const inbox = await contributor.get(`/api/orgs/${c.orgId}/questions`);
    expect(inbox.status).toBe(200);
    expect((inbox.body.items as { id: string }[]).map((q) => q.id).sort()).toEqual(
      [publicQ.body.id, privateQ.body.id, othersQ.body.id].sort(),
    );
    expect((await viewer.get(`/api/orgs/${c.orgId}/questions`)).status).toBe(403);
    expect((await investor.get(`/api/orgs/${c.orgId}/questions`)).status).toBe(404);

    expect((await anonymous().get(`/api/public/companies/${c.slug}`)).body.questions).toEqual([]);
    const answered = await contributor.post(`/api/orgs/${c.orgId}/questions/${publicQ.body.id}/answer`, {
      body: '統合報告書で開示しています。',
      makePublic: true,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      answer: '統合報告書で開示しています。',
      isPublic: true,
      answeredBy: { userId: contributor.user!.id },
    });
    expect(
      (
        await c.owner.post(`/api/orgs/${c.orgId}/questions/${privateQ.body.id}/answer`, {
          body: '個別にご連絡します。',
          makePublic: false,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await viewer.post(`/api/orgs/${c.orgId}/questions/${privateQ.body.id}/answer`, {
          body: '閲覧者',
          makePublic: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (await contributor.post(`/api/orgs/${c.orgId}/questions/${privateQ.body.id}/answer`, { body: 'x' })).status,
    ).toBe(400);

    const page = await anonymous().get(`/api/public/companies/${c.slug}`);
    expect(page.body.questions).toEqual([
      {
        id: publicQ.body.id,
        publicationId,
        question: 'セグメント別の特許カバー率を教えてください。',
        answer: '統合報告書で開示しています。',
        askedAt: expect.any(String),
        answeredAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(page.body)).not.toContain('個別');
    expect(
      (await anonymous().get(`/api/public/companies/${c.slug}/publications/${publicationId}`)).body.questions,
    ).toHaveLength(1);

    const mine = await investor.get('/api/me/questions');
    expect(mine.status).toBe(200);
    expect((mine.body.items as { id: string; answer: string | null }[]).map((q) => [q.id, q.answer]).sort()).toEqual(
      [
        [publicQ.body.id, '統合報告書で開示しています。'],
        [privateQ.body.id, '個別にご連絡します。'],
      ].sort(),
    );
    expect(((await otherInvestor.get('/api/me/questions')).body.items as { id: string }[]).map((q) => q.id)).toEqual([
      othersQ.body.id,
    ]);
    expect((await anonymous().get('/api/me/questions')).status).toBe(401);

    const other = await s.ctx.newOrganization('他社');
    expect(
      (
        await other.owner.post(`/api/orgs/${other.orgId}/questions/${publicQ.body.id}/answer`, {
          body: '乗っ取り',
          makePublic: true,
        })
      ).status,
    ).toBe(404);

    const audit = (await c.owner.get(`/api/orgs/${c.orgId}/audit?limit=200`)).body.items as { action: string }[];
    expect(audit.filter((e) => e.action === 'dialogue.question_asked')).toHaveLength(3);
    expect(audit.filter((e) => e.action === 'dialogue.question_answered')).toHaveLength(2);
  });
});
